"""Actor extraction on SlavicNER (Polish news, ../shared/corpora/slavicner_pl).

Prints document-level precision/recall/F1 (each article's gold PER/ORG/LOC entities against
its actors; gold EVT/PRO are neither right nor wrong), canonical-name accuracy (actor name =
gold lemma in that article; and, apart, = a lemma the gold gives the entity in any article,
since the gold names "UE" or "Tusk" as each article writes it while an actor has one name)
and cross-document merging (an entity seen in several articles is one actor).

The name tagger's shipped model is trained on PolEval 2018 and SlavicNER
(benchmarks/train_tagger.py), so each topic here is read by a model trained on PolEval and
the other three topics (kept in --models, build/tagger-topics/ by default, and trained when
missing or made for other features: a few minutes each), and no figure comes from a model
that saw the article. --shipped uses the shipped model (not a fair figure); --rules scores
the rules alone (no tagger).

Run: .venv/bin/python benchmarks/slavicner.py [--limit N] [--topic T] [--rules | --shipped]"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import slavicner_docs  # noqa: E402

from dossier.extract.mentions import extract_mentions  # noqa: E402
from dossier.ingest import article_from_text  # noqa: E402
from dossier.link import link_actors  # noqa: E402

SCORED = {"PER", "ORG", "LOC"}


def norm(s: str) -> str:
    return " ".join(s.split()).lower()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int)
    parser.add_argument("--show", type=int, default=0, help="print N errors of each kind")
    parser.add_argument("--rules", action="store_true", help="the rules alone, no tagger")
    parser.add_argument("--shipped", action="store_true",
                        help="the shipped model for every topic (it saw them: not a fair figure)")
    parser.add_argument("--models", type=Path, default=ROOT / "build" / "tagger-topics",
                        help="where the topic-held-out models are kept")
    parser.add_argument("--topic", help="score this topic only")
    args = parser.parse_args()
    started = time.perf_counter()
    docs = [d for d in slavicner_docs(args.limit)
            if args.topic is None or d[0].split("/", 1)[0] == args.topic]
    articles, gold = [], {}
    for i, (doc_id, text, rows) in enumerate(docs):
        article, _ = article_from_text(text, f"d{i:04d}", doc_id)
        articles.append(article)
        gold[article.id] = rows
    t_ingest = time.perf_counter()
    taggers = {}
    models_time = 0.0
    if not (args.rules or args.shipped):
        from train_tagger import WITH_SLAVICNER, topic_model, topic_of

        if WITH_SLAVICNER:
            # Each topic is read by a model trained on the other three (and PolEval).
            taggers = {t: topic_model(t, args.models)
                       for t in sorted({topic_of(a.source) for a in articles})}
        models_time = time.perf_counter() - t_ingest
    t_ingest = time.perf_counter()
    extractions = [extract_mentions(a, taggers.get(topic_of(a.source)), rules_only=args.rules)
                   if taggers else extract_mentions(a, rules_only=args.rules)
                   for a in articles]
    t_extract = time.perf_counter()
    actors, _ = link_actors(articles, extractions)
    t_link = time.perf_counter()

    tp = fp = fn = neutral = 0
    found = canonical = canonical_any = 0
    # The dossier gives an actor one name in every article; the gold lemmatises each
    # article's mentions as that article writes them (UE in one, Unia Europejska in another,
    # Tusk beside Donald Tusk). A name the gold gives the same entity in some article is
    # counted apart (a second figure, beside the strict one).
    entity_lemmas: dict[str, set[str]] = defaultdict(set)
    for rows in gold.values():
        for row in rows:
            entity_lemmas[row[5]].add(row[3])
    wrong_names, misses, spurious = [], [], []
    entity_actor: dict[str, set[str]] = defaultdict(set)
    entity_docs: dict[str, set[str]] = defaultdict(set)
    by_article = defaultdict(list)
    for actor in actors:
        for art in actor.articles:
            by_article[art].append(actor)
    for article in articles:
        rows = gold[article.id]
        entities: dict[str, dict] = {}
        for _s, _e, surface, lemma, typ, eid in rows:
            # One entity may carry several lemmas (Unia, Unia Europejska, UE): each is right.
            ent = entities.setdefault(eid, {"lemma": lemma, "type": typ, "surfaces": set(),
                                            "lemmas": set()})
            ent["surfaces"].add(norm(surface))
            ent["surfaces"].add(norm(lemma))
            ent["lemmas"].add(lemma)
        here = by_article[article.id]
        forms_of = {a.id: {norm(m.text) for m in a.mentions if m.article == article.id} | {norm(a.name)}
                    for a in here}
        matched = set()
        for eid, ent in sorted(entities.items()):
            hits = [a for a in here if forms_of[a.id] & ent["surfaces"]]
            matched.update(a.id for a in hits)
            hit = next((a for a in hits if a.name in ent["lemmas"]), hits[0] if hits else None)
            if ent["type"] not in SCORED:
                continue
            entity_docs[eid].add(article.id)
            if hit is None:
                fn += 1
                misses.append(f"{article.source}: {ent['lemma']} ({ent['type']})")
                continue
            tp += 1
            found += 1
            entity_actor[eid].add(hit.id)
            canonical_any += hit.name in entity_lemmas[eid]
            if hit.name in ent["lemmas"]:
                canonical += 1
            else:
                wrong_names.append(f"{hit.name!r} for {ent['lemma']!r}")
        for a in here:
            if a.id in matched:
                continue
            fp += 1
            spurious.append(f"{article.source}: {a.name} {sorted(forms_of[a.id])[:3]}")
        # Actors matching only EVT/PRO entities were counted in matched: neither right nor wrong.
        scored_hits = {a.id for a in here for eid, ent in entities.items()
                       if ent["type"] in SCORED and forms_of[a.id] & ent["surfaces"]}
        neutral += len(matched - scored_hits)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    multi = [eid for eid, docs_ in entity_docs.items() if len(docs_) >= 2 and entity_actor[eid]]
    merged = sum(1 for eid in multi if len(entity_actor[eid]) == 1)
    total = t_link - started - models_time
    print(f"slavicner_pl: {len(articles)} articles, {len(actors)} actors")
    print(f"document-level  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  "
          f"(tp {tp}, fp {fp}, fn {fn}, EVT/PRO-only matches {neutral} not scored)")
    print(f"canonical-name accuracy {canonical / found if found else 0:.3f} ({canonical}/{found}); "
          f"a name the gold gives the entity in some article: "
          f"{canonical_any / found if found else 0:.3f} ({canonical_any}/{found})")
    print(f"cross-document merging {merged / len(multi) if multi else 0:.3f} "
          f"({merged}/{len(multi)} entities seen in 2+ articles map to one actor)")
    print(f"time: ingest {t_ingest - started:.1f} s, extract {t_extract - t_ingest:.1f} s, "
          f"link {t_link - t_extract:.1f} s; {len(articles) / total:.0f} articles/s")
    if args.show:
        names = {a.id: a.name for a in actors}
        unmerged = [f"{eid}: {sorted(names[x] for x in entity_actor[eid])}"
                    for eid in multi if len(entity_actor[eid]) > 1]
        for label, items in (("wrong name", wrong_names), ("missed", misses),
                             ("spurious", spurious), ("not merged", unmerged)):
            print(f"--- {label} ({len(items)})")
            for item in items[: args.show]:
                print("  ", item)


if __name__ == "__main__":
    main()
