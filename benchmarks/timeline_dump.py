"""The timeline events of 200 SlavicNER articles (spread over every topic, dated by meta.tsv):
dump them from one checkout, then compare two dumps to count and read the events that moved.

Run: .venv/bin/python benchmarks/timeline_dump.py > before.json   (then again after a change)
     .venv/bin/python benchmarks/timeline_dump.py --compare before.json after.json"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from dossier.extract.dates import article_expressions, infer_article_date  # noqa: E402
from dossier.ingest import article_from_text  # noqa: E402
from dossier.ingest.metadata import parse_date  # noqa: E402
from dossier.link.events import build_events  # noqa: E402

BASE = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "slavicner_pl"


def dump(count: int) -> dict:
    with (BASE / "meta.tsv").open(encoding="utf-8") as fh:
        meta = {(r["topic"], r["file"]): r["date"]
                for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)}
    paths = sorted((BASE / "raw").glob("*/*.txt"))
    out = {}
    for path in paths[::max(1, len(paths) // count)][:count]:
        article, _ = article_from_text(path.read_text("utf-8"), path.stem, str(path))
        article = replace(article, date=parse_date(meta[(path.parent.name, path.name)])[0])
        expressions = article_expressions(article)
        article = infer_article_date(article, expressions)
        for ev in build_events(article, expressions, []):
            out[f"{path.parent.name}/{ev.id}"] = [ev.date.value, ev.cue, ev.text[:160]]
    return out


def compare(before: dict, after: dict) -> None:
    moved = [k for k in before if k in after and before[k][0] != after[k][0]]
    gone = [k for k in before if k not in after]
    new = [k for k in after if k not in before]
    print(f"events {len(before)} -> {len(after)}: {len(moved)} moved, {len(gone)} replaced or "
          f"gone, {len(new)} new")
    for k in moved:
        print("MOVED", k, before[k][0], "->", after[k][0], "|", after[k][1], "|", after[k][2])
    for k in gone:
        print("GONE ", k, before[k][0], "|", before[k][1], "|", before[k][2])
    for k in new:
        print("NEW  ", k, after[k][0], "|", after[k][1], "|", after[k][2])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args()
    if args.compare:
        compare(*(json.loads(Path(p).read_text("utf-8")) for p in args.compare))
    else:
        json.dump(dump(args.count), sys.stdout, ensure_ascii=False, indent=0, sort_keys=True)


if __name__ == "__main__":
    main()
