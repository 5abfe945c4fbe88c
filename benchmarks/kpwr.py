"""Canonical names against KPWr 1.2's gold name lemmas (../shared/corpora/kpwr_ne_lemma).

Each row of the split is a name phrase as a text wrote it and its gold lemma (PolEval 2019
Task 2 material). The phrase is lemmatised as the dossier lemmatises an actor's name
(link/actors.py: one word by names.word_lemma, several by names.phrase_lemma, read as a
person's name when the dossier's own test says the words look like one), with the unknown
words of the whole split grouped as a dossier groups its own. Adjectives of names
(nam_adj*: "polskich" -> polski) are left out: the dossier reads them as their country.

Prints the accuracy of multi-word names (the figure the issue asks for), of single words, and
per class (person, place, organisation, other), exact and ignoring case.

Run: .venv/bin/python benchmarks/kpwr.py [--split tune|train] [--show N]"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier.link.kinds import looks_like_person as _looks_like_person  # noqa: E402
from dossier.link.lemmas import phrase_lemma, word_lemma  # noqa: E402
from dossier.link.unknown import collect_unknown, resolve_unknown  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "kpwr_ne_lemma"
FILES = {"tune": "kpwr-1.2-ne-tune-fix.tsv", "train": "kpwr-1.2-ne-train-fix.tsv"}


def kind_of(category: str) -> str:
    if category.startswith("nam_liv_person"):
        return "person"
    if category.startswith("nam_loc"):
        return "place"
    if category.startswith("nam_org"):
        return "organization"
    return "other"


def rows(split: str):
    for line in (CORPUS / FILES[split]).read_text("utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 6 or cols[5].startswith("nam_adj"):
            continue
        gold, orth, category = " ".join(cols[0].split()), cols[1].strip(), cols[5].strip()
        words = tuple(orth.split())
        if not words or not gold:
            continue
        yield gold, words, category


def lemma(words: tuple[str, ...], unknown, attested) -> str:
    if len(words) == 1:
        return word_lemma(words[0], unknown, attested)
    return phrase_lemma(words, unknown, _looks_like_person(words), attested)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="tune", choices=sorted(FILES))
    parser.add_argument("--show", type=int, default=0, help="print N wrong multi-word lemmas")
    args = parser.parse_args()
    data = list(rows(args.split))
    unknown = resolve_unknown(collect_unknown(words for _g, words, _c in data))
    attested = frozenset(w for _g, words, _c in data for w in words)
    total: Counter = Counter()
    right: Counter = Counter()
    folded: Counter = Counter()
    wrong = defaultdict(Counter)
    for gold, words, category in data:
        got = lemma(words, unknown, attested)
        size = "multi" if len(words) > 1 else "single"
        keys = (size, f"{size}:{kind_of(category)}", "all")
        for key in keys:
            total[key] += 1
            right[key] += got == gold
            folded[key] += got.lower() == gold.lower()
        if size == "multi" and got.lower() != gold.lower():
            wrong[(" ".join(words), gold)][got] += 1
    print(f"kpwr_ne_lemma {args.split}: {len(data)} name phrases (nam_adj* left out)")
    print(f"{'':24} {'n':>6} {'exact':>7} {'nocase':>7}")
    for key in sorted(total, key=lambda k: (k == "all", k.split(":")[0] != "multi", k)):
        print(f"{key:24} {total[key]:6d} {right[key] / total[key]:7.3f} "
              f"{folded[key] / total[key]:7.3f}")
    if args.show:
        items = sorted(wrong.items(), key=lambda kv: -sum(kv[1].values()))[: args.show]
        for (orth, gold), got in items:
            print(f"  {orth!r}: gold {gold!r}, got {dict(got)}")


if __name__ == "__main__":
    main()
