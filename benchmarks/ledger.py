"""Ledger: is link.link_added right on real text? (the proof in link/ledger.py, tried)

From N real articles (as benchmarks/scale.py takes them), each trial takes one article and
some of its mentions of names other articles name too (so the dossier knows them), links
the dossier without them, and asks link_added for what they make. Whenever it claims the
link need not be made again, the claim is checked: the old actors with the added mentions
where it put them must be exactly the actors of the whole dossier linked from scratch.

Four kinds of trial, in turn: all the mentions of one known name in the article (it may
bring the actor a new article), one mention of a name the article names more than once
(the articles stay), every mention of the article but its first (a paragraph of known and
new names), and the names as the article alone writes them (new forms: a known surname in
a case no other article uses, or new names). Prints how many were claimed, how many claims held, and the time each way.
A claim that does not hold is a bug in ledger.py (a decision it does not record).

Run: .venv/bin/python benchmarks/ledger.py [--n 600] [--trials 150]"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scale import articles_naming, extracted  # noqa: E402

from dossier.extract.mentions import Extraction  # noqa: E402
from dossier.build.incremental import with_mentions  # noqa: E402
from dossier.link import link_actors, link_added  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--trials", type=int, default=150)
    args = parser.parse_args()
    articles, extractions, language = extracted(args.n, "dossier-ledger-")
    t = time.perf_counter()
    whole, _ = link_actors(articles, extractions)
    plain = time.perf_counter() - t
    t = time.perf_counter()
    index: list = []
    link_actors(articles, extractions, index=index)
    recorded = time.perf_counter() - t
    ledger = index[0].ledger
    print(f"link of {args.n} articles: {plain:.2f} s; with the index and the ledger "
          f"{recorded:.2f} s ({len(ledger.states)} vote states, {len(ledger.choices)} choices, "
          f"{len(ledger.overlaps)} overlaps, {len(ledger.attachments)} attachments)",
          flush=True)

    in_articles = articles_naming(extractions)
    rng = random.Random(11)
    order = list(range(len(extractions)))
    rng.shuffle(order)
    tried, claimed, held = Counter(), Counter(), Counter()
    times = []
    kinds = ("a known name", "one more mention", "a paragraph", "forms of its own")
    for i in order:
        if sum(tried.values()) == args.trials:
            break
        ex = extractions[i]
        kind = kinds[sum(tried.values()) % len(kinds)]
        known = sorted({m.tokens for m in ex.mentions if len(in_articles[m.tokens]) > 1})
        if kind == "a known name":
            if not known:
                continue
            tokens = rng.choice(known)
            taken = {j for j, m in enumerate(ex.mentions) if m.tokens == tokens}
        elif kind == "one more mention":
            twice = sorted(t for t, c in Counter(m.tokens for m in ex.mentions).items()
                           if c > 1)
            if not twice:
                continue
            tokens = rng.choice(twice)
            taken = {max(j for j, m in enumerate(ex.mentions) if m.tokens == tokens)}
        elif kind == "a paragraph":
            if len(ex.mentions) < 2:
                continue
            taken = set(range(1, len(ex.mentions)))
        else:
            taken = {j for j, m in enumerate(ex.mentions) if in_articles[m.tokens] ==
                     {ex.article}}
            if not taken:
                continue
        tried[kind] += 1
        added = [m for j, m in enumerate(ex.mentions) if j in taken]
        rest = Extraction(ex.article, tuple(m for j, m in enumerate(ex.mentions)
                                            if j not in taken))
        index = []
        before, _ = link_actors(articles, extractions[:i] + [rest] + extractions[i + 1:],
                                index=index)
        t = time.perf_counter()
        found = link_added(index[0], added, language, before)
        times.append(time.perf_counter() - t)
        if found is None:
            continue
        claimed[kind] += 1
        after = sorted([with_mentions(a, list(a.mentions), found.grown.get(a.id, []))
                        for a in before] + found.actors, key=lambda a: a.id)
        if after == whole:
            held[kind] += 1
        else:
            print(f"claim failed ({kind}): {ex.article}: "
                  f"{sorted({m.text for m in added})[:8]}", flush=True)
    for kind in kinds:
        print(f"{kind}: {tried[kind]} trials, {claimed[kind]} claimed, {held[kind]} held")
    print(f"link_added {1000 * sum(times) / max(1, len(times)):.1f} ms on average")
    if held != claimed:
        sys.exit(1)


if __name__ == "__main__":
    main()
