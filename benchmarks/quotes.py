"""Quotes and their speakers on real text (../shared/corpora): how many quotes each corpus
gives, how many are credited to a person, an organisation or a place, how many keep an unnamed
speaker as written, and (--show N) a sample of each to read by hand. The corpora have no gold
speakers: the count of quotes credited to places is the figure to watch (a place does not
speak; a country may, as the subject of a statement, as in "oświadczenie wydała Rosja").

Run: .venv/bin/python benchmarks/quotes.py [--corpus slavicner poleval bbc] [--show N]"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import ROOT, corpus_texts  # noqa: E402

from dossier.config import load_project  # noqa: E402
from dossier.build.pipeline import build_dossier  # noqa: E402

PREFIX = {"slavicner": "s-", "poleval": "p-", "bbc": "b-"}


def dossier_of(corpus: str):
    sys.path.insert(0, str(ROOT / "tests"))
    from sitetools import copy_project

    work = Path(tempfile.mkdtemp(prefix=f"quotes-{corpus}-")) / "project"
    copy_project(ROOT, work, content=False)
    content = work / "content"
    content.mkdir()
    for name, text in corpus_texts():
        if name.startswith(PREFIX[corpus]):
            (content / f"{name}.txt").write_text(text, "utf-8")
    return build_dossier(load_project(work), use_cache=False)


def report(corpus: str, show: int) -> None:
    dossier = dossier_of(corpus)
    actors = {a.id: a for a in dossier.actors}
    kinds = Counter()
    samples: dict[str, list[str]] = {}
    for q in dossier.quotes:
        actor = actors.get(q.speaker)
        kind = actor.kind if actor else ("unnamed" if q.speaker_text else "none")
        if getattr(q, "kind", "statement") == "term":
            kind += " (term)"
        kinds[kind] += 1
        who = actor.name if actor else q.speaker_text
        samples.setdefault(kind, []).append(f"{who} <- „{q.text[:70]}”  [{q.article}]")
    total = len(dossier.quotes)
    places = sum(n for k, n in kinds.items() if k.startswith("place"))
    print(f"{corpus}: {len(dossier.articles)} articles, {total} quotes; credited to a place "
          f"{places}; " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    for kind in sorted(samples):
        for line in samples[kind][:show]:
            print(f"  [{kind}] {line}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", nargs="+", default=["slavicner", "poleval", "bbc"],
                        choices=sorted(PREFIX))
    parser.add_argument("--show", type=int, default=0, help="print N quotes of each kind")
    args = parser.parse_args()
    for corpus in args.corpus:
        report(corpus, args.show)


if __name__ == "__main__":
    main()
