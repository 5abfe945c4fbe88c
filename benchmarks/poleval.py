"""Span-level name recognition on PolEval 2018 Task 2 (../shared/corpora/poleval2018_ner).

Prints overlap and exact precision/recall/F1 for persName, orgName, placeName and geogName,
to set beside the published PolEval 2018 figures (read from ../shared/corpora/README.md and
printed with ours). A predicted span counts
in the overlap measure when it overlaps a gold span of the matching category, in the exact
measure when its boundaries are the same. Our kinds map to categories: person -> persName,
organization -> orgName, place -> placeName or geogName.

Each document is extracted with the name tagger trained without its fold (--folds K, 5 by
default; benchmarks/train_tagger.py: document n is in fold n mod K, and every fold's model
learns from what the shipped one learns from besides, SlavicNER when WITH_SLAVICNER is on;
the models are kept in --models, build/tagger-folds/ by default, and trained when missing or
made for other features: about 8 minutes the first time, 25 with SlavicNER), so no score
comes from a document the model saw. --folds 0 uses
the shipped model, trained on all of PolEval (not a fair figure); --rules scores the rules
alone (no tagger).

Run: .venv/bin/python benchmarks/poleval.py [--limit N] [--folds K] [--models DIR] [--rules]"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import CORPORA, poleval_docs  # noqa: E402

from dossier.extract.mentions import extract_mentions  # noqa: E402
from dossier.ingest import article_from_text  # noqa: E402
from dossier.link import link_actors  # noqa: E402

CATEGORY = {"person": {"persName"}, "organization": {"orgName"},
            "place": {"placeName", "geogName"}, "none": set()}


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


KINDS = ("person", "organization", "place")


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int)
    parser.add_argument("--folds", type=int, default=5,
                        help="cross-validate the tagger over K folds (0: the shipped model)")
    parser.add_argument("--models", type=Path, default=ROOT / "build" / "tagger-folds",
                        help="where the fold models are kept")
    parser.add_argument("--fold", type=int, help="with --folds: score this fold only")
    parser.add_argument("--rules", action="store_true", help="the rules alone, no tagger")
    parser.add_argument("--stages", action="store_true",
                        help="with --folds: also score the tagger's spans and extraction's")
    args = parser.parse_args()
    started = time.perf_counter()
    docs = list(poleval_docs(args.limit))
    articles, gold, raws, fold_of = [], {}, {}, {}
    skipped = 0
    for i, (doc_id, text, spans) in enumerate(docs):
        if args.folds and args.fold is not None and i % args.folds != args.fold:
            continue
        try:
            article, _ = article_from_text(text, f"p{i:04d}", doc_id)
        except Exception:
            skipped += 1
            continue
        articles.append(article)
        gold[article.id] = [(s, e, top_category(k)) for s, e, k in spans if top_category(k)]
        raws[article.id] = text
        fold_of[article.id] = i % args.folds if args.folds else None
    if args.rules:
        extractions = [extract_mentions(a, rules_only=True) for a in articles]
    elif args.folds:
        from train_tagger import fold_model

        taggers = {f: fold_model(args.folds, f, args.models, args.limit)
                   for f in sorted(set(fold_of.values()))}
        t0 = time.perf_counter()
        extractions = [extract_mentions(a, taggers[fold_of[a.id]]) for a in articles]
        print(f"extraction {len(articles) / (time.perf_counter() - t0):.0f} documents/s")
    else:
        extractions = [extract_mentions(a) for a in articles]
    actors, _ = link_actors(articles, extractions)
    predicted: dict[str, list] = {a.id: [] for a in articles}
    for actor in actors:
        for m in actor.mentions:
            predicted[m.article].append((m.start, m.end, actor.kind))
    counts, n_pred, n_gold, unmapped = score(articles, raws, gold, predicted)
    if args.stages and args.folds:
        # Where the names are lost: the tagger's spans as it read them, the mentions
        # extraction kept (with the tagger's kind where it had one), and the dossier's
        # actors (above: the kinds decided across the dossier).
        for label, stage in (("tagger alone", tagger_spans(articles, taggers, fold_of)),
                             ("extracted", extracted_spans(extractions))):
            print(f"{label}:")
            report(score(articles, raws, gold, stage)[0])
        print("final (the dossier's actors):")

    how = ("rules alone" if args.rules else f"tagger, {args.folds}-fold (no document scored "
           "by a model that saw it)" if args.folds else "shipped tagger (trained on these "
           "documents: not a fair figure)")
    print(f"poleval2018_ner: {len(articles)} documents ({skipped} unreadable), "
          f"{n_gold} gold names, {n_pred} predicted spans ({unmapped} not mappable); {how}")
    report(counts)
    print(published_figures())
    print(f"time {time.perf_counter() - started:.1f} s")


def score(articles, raws: dict, gold: dict, predicted: dict) -> tuple:
    """Counts per kind and over all (true positives overlapping and exact, predicted, gold,
    gold hit overlapping and exact) of ``predicted`` (article id -> (start, end, kind) in
    the article's body) against ``gold`` (in the raw text)."""
    counts = {kind: [0] * 6 for kind in (*KINDS, "none", "all")}
    n_pred = n_gold = unmapped = 0
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
            for key in (kind, "all"):
                c = counts[key]
                c[2] += 1
                c[0] += any(gc in ok and s < ge and gs < e for gs, ge, gc in g)
                c[1] += any(gc in ok and s == gs and e == ge for gs, ge, gc in g)
        for gs, ge, gc in g:
            gold_kind = next(kind for kind in KINDS if gc in CATEGORY[kind])
            for key in (gold_kind, "all"):
                c = counts[key]
                c[3] += 1
                c[4] += any(gc in CATEGORY[kind] and s < ge and gs < e for s, e, kind in spans)
                c[5] += any(gc in CATEGORY[kind] and s == gs and e == ge
                            for s, e, kind in spans)
    return counts, n_pred, n_gold, unmapped


def report(counts: dict) -> None:
    for key in ("all",) + KINDS:
        tp_o, tp_e, n_p, n_g, hit_o, hit_e = counts[key]
        p_o, r_o = tp_o / max(n_p, 1), hit_o / max(n_g, 1)
        p_e, r_e = tp_e / max(n_p, 1), hit_e / max(n_g, 1)
        label = "all" if key == "all" else f"{key} ({'/'.join(sorted(CATEGORY[key]))})"
        if key == "all":
            print(f"overlap  precision {p_o:.3f}  recall {r_o:.3f}  F1 {_f1(p_o, r_o):.3f}")
            print(f"exact    precision {p_e:.3f}  recall {r_e:.3f}  F1 {_f1(p_e, r_e):.3f}")
        else:
            print(f"  {label:38s} overlap P {p_o:.3f} R {r_o:.3f} F1 {_f1(p_o, r_o):.3f} | "
                  f"exact P {p_e:.3f} R {r_e:.3f} F1 {_f1(p_e, r_e):.3f}  "
                  f"(gold {n_g}, predicted {n_p})")


def tagger_spans(articles, taggers: dict, fold_of: dict) -> dict:
    """The spans the fold's tagger reads in each prose block, as it reads them."""
    from dossier.extract.mentions import PROSE_KINDS
    from dossier.extract.tagger.features import document_evidence, tagger_tokens
    from dossier.extract.tokens import tokenize

    out = {}
    for article in articles:
        tagger = taggers[fold_of[article.id]]
        blocks = [b for b in article.blocks if b.kind in PROSE_KINDS]
        pieces = [tagger_tokens(b.text, b.start, tokenize(b.text, b.start)) for b in blocks]
        evidence = document_evidence([t for block in pieces for t in block])
        out[article.id] = [(s.start, s.end, s.kind)
                           for block in pieces for s in tagger.read(block, evidence)[0]
                           if s.kind in CATEGORY]
    return out


def extracted_spans(extractions) -> dict:
    """The mentions extraction kept, each with the tagger's kind (none: not scored as any
    kind, so it counts against precision)."""
    return {x.article: [(m.start, m.end, m.tagger_kind or "none") for m in x.mentions]
            for x in extractions}


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
