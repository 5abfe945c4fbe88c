"""Span-level name recognition on PolEval 2018 Task 2 (../shared/corpora/poleval2018_ner).

Prints overlap and exact precision/recall/F1 for persName, orgName, placeName and geogName,
to set beside the published PolEval 2018 figures (read from ../shared/corpora/README.md and
printed with ours). A predicted span counts
in the overlap measure when it overlaps a gold span of the matching category, in the exact
measure when its boundaries are the same. Our kinds map to categories: person -> persName,
organization -> orgName, place -> placeName or geogName.

Run: .venv/bin/python benchmarks/poleval.py [--limit N]"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import CORPORA, poleval_docs  # noqa: E402

from dossier.extract.mentions import extract_mentions  # noqa: E402
from dossier.ingest import article_from_text  # noqa: E402
from dossier.link import link_actors  # noqa: E402

CATEGORY = {"person": {"persName"}, "organization": {"orgName"},
            "place": {"placeName", "geogName"}}


def top_category(kind: str) -> str | None:
    """persName, orgName, geogName, placeName_* (places of every subtype); nested parts such
    as persName_surname are not names of their own."""
    if kind in ("persName", "orgName", "geogName"):
        return kind
    if kind.startswith("placeName"):
        return "placeName"
    return None


def nonspace_index(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if not ch.isspace()]


def to_raw(body: str, raw: str, start: int, end: int, raw_ns: list[int],
           ns_before: list[int]) -> tuple[int, int] | None:
    """Map a body span to the raw text by counting non-space characters (ingest only
    collapses whitespace in plain text)."""
    k0 = ns_before[start]
    k1 = ns_before[end - 1] if end - 1 < len(ns_before) else None
    if k1 is None or k1 >= len(raw_ns) or k0 >= len(raw_ns):
        return None
    s, e = raw_ns[k0], raw_ns[k1] + 1
    if "".join(raw[s:e].split()) != "".join(body[start:end].split()):
        return None
    return s, e


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    started = time.perf_counter()
    docs = list(poleval_docs(args.limit))
    articles, gold, raws = [], {}, {}
    skipped = 0
    for i, (doc_id, text, spans) in enumerate(docs):
        try:
            article, _ = article_from_text(text, f"p{i:04d}", doc_id)
        except Exception:
            skipped += 1
            continue
        articles.append(article)
        gold[article.id] = [(s, e, top_category(k)) for s, e, k in spans if top_category(k)]
        raws[article.id] = text
    actors, _ = link_actors(articles, [extract_mentions(a) for a in articles])
    predicted: dict[str, list] = {a.id: [] for a in articles}
    unmapped = 0
    for actor in actors:
        for m in actor.mentions:
            predicted[m.article].append((m.start, m.end, actor.kind))
    tp_o = tp_e = n_pred = n_gold = 0
    gold_hit_o = gold_hit_e = 0
    for article in articles:
        body, raw = article.body, raws[article.id]
        raw_ns = nonspace_index(raw)
        ns_before, k = [], 0
        for ch in body:
            ns_before.append(k)
            if not ch.isspace():
                k += 1
        spans = []
        for s, e, kind in predicted[article.id]:
            mapped = to_raw(body, raw, s, e, raw_ns, ns_before)
            if mapped is None:
                unmapped += 1
                continue
            spans.append((*mapped, kind))
        g = gold[article.id]
        n_pred += len(spans)
        n_gold += len(g)
        for s, e, kind in spans:
            ok = CATEGORY[kind]
            if any(gc in ok and s < ge and gs < e for gs, ge, gc in g):
                tp_o += 1
            if any(gc in ok and s == gs and e == ge for gs, ge, gc in g):
                tp_e += 1
        for gs, ge, gc in g:
            if any(gc in CATEGORY[kind] and s < ge and gs < e for s, e, kind in spans):
                gold_hit_o += 1
            if any(gc in CATEGORY[kind] and s == gs and e == ge for s, e, kind in spans):
                gold_hit_e += 1

    def f1(p, r):
        return 2 * p * r / (p + r) if p + r else 0.0

    p_o, r_o = tp_o / max(n_pred, 1), gold_hit_o / max(n_gold, 1)
    p_e, r_e = tp_e / max(n_pred, 1), gold_hit_e / max(n_gold, 1)
    print(f"poleval2018_ner: {len(articles)} documents ({skipped} unreadable), "
          f"{n_gold} gold names, {n_pred} predicted spans ({unmapped} not mappable)")
    print(f"overlap  precision {p_o:.3f}  recall {r_o:.3f}  F1 {f1(p_o, r_o):.3f}")
    print(f"exact    precision {p_e:.3f}  recall {r_e:.3f}  F1 {f1(p_e, r_e):.3f}")
    print(published_figures())
    print(f"time {time.perf_counter() - started:.1f} s")


def published_figures() -> str:
    """The corpora README's line of published PolEval 2018 results (kept there, not here)."""
    try:
        text = (CORPORA / "README.md").read_text("utf-8")
    except OSError:
        return "published figures: ../shared/corpora/README.md not found"
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if "PolEval 2018 published" in line:
            rest = [line.lstrip("- ").strip()]
            for more in lines[i + 1:]:
                if not more.startswith("  "):
                    break
                rest.append(more.strip())
            return " ".join(rest)
    return "published figures: not found in ../shared/corpora/README.md"


if __name__ == "__main__":
    main()
