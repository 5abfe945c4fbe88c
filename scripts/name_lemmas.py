"""Derive, from KPWr's gold name lemmas (../shared/corpora/kpwr_ne_lemma, the train split),
which of two names a word form may be the dictionary's reading of is the one texts mean,
into dossier/data/name_lemmas.yml.

Morfeusz reads "Łodzi" as a form of the city Łódź and of the village Łodzia, "Wilanowie" of
Wilanów and Wilanowo, with nothing in the readings to tell them apart. Where a single-word
name of the split is such a form, the lemma its annotators gave it is listed: of a word's
readings, link/lemmas.py prefers a listed one. Only the train split is read; the tune split
(benchmarks/kpwr.py) and the other corpora stay unseen.

The list is derived data (lemmas of names, no sentence of the corpus); the same corpus gives
the same bytes. Run: .venv/bin/python scripts/name_lemmas.py"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier.link.names import _usable  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "kpwr_ne_lemma" / "kpwr-1.2-ne-train-fix.tsv"
OUT = ROOT / "dossier" / "data" / "name_lemmas.yml"


def preferred(lines) -> list[str]:
    """The gold lemmas of single-word names whose form the dictionary reads as two names or
    more, each listed once it wins more often than it loses."""
    won, lost = Counter(), Counter()
    for line in lines:
        cols = line.split("\t")
        if len(cols) < 6 or cols[5].strip().startswith("nam_adj"):
            continue
        gold, orth = cols[0].strip(), cols[1].strip()
        if " " in orth or " " in gold or not orth[:1].isupper():
            continue
        names = {a.lemma for a in _usable(orth) if a.proper}
        if len(names) < 2 or gold not in names:
            continue
        won[gold] += 1
        for other in names - {gold}:
            lost[other] += 1
    return sorted(lemma for lemma in won if won[lemma] > lost[lemma])


def main() -> None:
    lemmas = preferred(CORPUS.read_text("utf-8").splitlines())
    lines = ["# Derived by scripts/name_lemmas.py from KPWr 1.2 (train split; CC BY 3.0): of the",
             "# names a word form may be read as, the ones its annotators chose. Do not edit.",
             "preferred:"]
    lines += [f"  - {lemma}" for lemma in lemmas]
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{OUT}: {len(lemmas)} lemmas")


if __name__ == "__main__":
    main()
