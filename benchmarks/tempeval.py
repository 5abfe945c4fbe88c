"""Date normalisation on TempEval-3 (English newswire, ../shared/corpora/tempeval3).

For every gold DATE expression, the value dossier gives the date expression it finds at that
place, resolved against the document creation time, is compared with the gold value. Prints
the accuracy over all gold DATE expressions, and over those whose gold value is a calendar
date dossier can represent (YYYY, YYYY-MM, YYYY-MM-DD: not weeks, seasons, PRESENT_REF).

Run: .venv/bin/python benchmarks/tempeval.py"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import tempeval_docs  # noqa: E402

from dossier.extract.dates import direction_at, find_expressions, resolve  # noqa: E402
from dossier.model import PartialDate  # noqa: E402

CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    total = right = cal_total = cal_right = found = 0
    errors = Counter()
    for doc_id, dct, text, gold in tempeval_docs():
        anchor = PartialDate.parse(dct[:10])
        exprs = find_expressions(text)
        previous = None
        values = {}
        for e in exprs:
            r = resolve(e, anchor, direction_at(text, e.start, e.end, "en"), previous)
            if r is not None:
                values[(e.start, e.end)] = r.date.value
                if r.date.precision == "day":
                    previous = r.date
        for start, end, typ, value, surface in gold:
            if typ != "DATE":
                continue
            total += 1
            calendar = bool(CALENDAR.match(value or ""))
            cal_total += calendar
            ours = next((v for (s, e), v in values.items() if s < end and start < e), None)
            found += ours is not None
            if ours == value:
                right += 1
                cal_right += calendar
            else:
                errors[(surface.lower(), value, ours)] += 1
    print(f"tempeval3: {total} gold DATE expressions; found {found} ({found / total:.3f})")
    print(f"normalised value accuracy {right / total:.3f} ({right}/{total}); on calendar values "
          f"(YYYY[-MM[-DD]]) {cal_right / cal_total:.3f} ({cal_right}/{cal_total})")
    for (surface, gold_value, ours), n in errors.most_common(args.show):
        print(f"  {n:3d}  {surface!r}: gold {gold_value}, ours {ours}")


if __name__ == "__main__":
    main()
