"""Readers for the shared corpora (../shared/corpora): used by the benchmark scripts only."""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"


def slavicner_docs(limit: int | None = None):
    """(doc id, raw text, gold rows) for each SlavicNER Polish document, in a fixed order.
    Gold rows: (start, end, surface, lemma, type, entity_id)."""
    base = CORPORA / "slavicner_pl"
    raws = sorted((base / "raw").glob("*/*.txt"))
    for path in raws[:limit]:
        topic = path.parent.name
        ner = base / "ner" / topic / (path.stem + ".tsv")
        rows = []
        if ner.exists():
            with ner.open(encoding="utf-8") as fh:
                for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                    if len(row) >= 6:
                        rows.append((int(row[0]), int(row[1]), row[2], row[3], row[4], row[5]))
        yield f"{topic}/{path.stem}", path.read_text("utf-8"), rows


def poleval_docs(limit: int | None = None):
    """(doc id, text, gold spans) for PolEval 2018; spans: (start, end, category)."""
    base = CORPORA / "poleval2018_ner" / "docs"
    for path in sorted(base.glob("*.txt"))[:limit]:
        spans = []
        ann = path.with_suffix(".ann")
        if ann.exists():
            for line in ann.read_text("utf-8").splitlines():
                if not line.startswith("T"):
                    continue
                _, info, *_ = line.split("\t") + [""]
                kind, _, ranges = info.partition(" ")
                for part in ranges.split(";"):
                    try:
                        a, b = part.split()
                        spans.append((int(a), int(b), kind))
                    except ValueError:
                        continue
        yield path.stem, path.read_text("utf-8"), spans


def tempeval_docs(limit: int | None = None):
    """(doc id, DCT value, plain text, gold timexes) for TempEval-3 training documents.
    Gold timexes: (start, end, type, value, text) with offsets into the plain text."""
    import re

    base = CORPORA / "tempeval3" / "tempeval3_TBAQ-cleaned"
    files = sorted(base.glob("*/*.tml"))[:limit]
    tag = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>|<[^>]+>", re.DOTALL)
    attr = re.compile(r'(\w+)="([^"]*)"')
    for path in files:
        raw = path.read_text("utf-8")
        dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.DOTALL)
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.DOTALL)
        if not dct or not body:
            continue
        out, gold, pos = [], [], 0
        text = body.group(1)
        for m in tag.finditer(text):
            out.append(text[pos:m.start()])
            if m.group(1) is not None:
                start = sum(len(x) for x in out)
                inner = re.sub(r"<[^>]+>", "", m.group(2))
                out.append(inner)
                attrs = dict(attr.findall(m.group(1)))
                gold.append((start, start + len(inner), attrs.get("type"), attrs.get("value"),
                             inner))
            pos = m.end()
        out.append(text[pos:])
        plain = "".join(out)
        yield path.stem, dct.group(1), plain, gold
