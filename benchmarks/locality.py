"""Locality: is link.link_new_names right on real text? (the proof in link/locality.py, tried)

From N real articles (as benchmarks/scale.py takes them), each trial takes one article and
the names it alone mentions (token sequences no other article has, so an editor's edit could
have added them), links the dossier without them, and asks link_new_names for the actors those
mentions add. Whenever it claims that nothing else moves, the claim is checked: the old actors
with the new ones must be exactly the actors of the whole dossier linked from scratch.

First, every merge the link stage makes of the whole dossier is checked against the keys
(locality.unseen_merges: the groups an actor was made of must be chained by their keys).
Prints how many trials were claimed isolated, how many claims held, and the time each way.
A claim that does not hold, or a merge the keys do not see, is a bug in locality.py (a
rule's key not written out).

Run: .venv/bin/python benchmarks/locality.py [--n 600] [--trials 150]"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scale import articles_naming, extracted  # noqa: E402

from dossier.extract.mentions import Extraction  # noqa: E402
from dossier.link import link_actors, link_new_names  # noqa: E402
from dossier.link.actors import build_groups, merge_identities, name_context  # noqa: E402
from dossier.link.locality import unseen_merges  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--trials", type=int, default=150)
    args = parser.parse_args()
    articles, extractions, language = extracted(args.n, "dossier-locality-")
    t = time.perf_counter()
    whole, _ = link_actors(articles, extractions)
    full_time = time.perf_counter() - t

    # Every merge of the whole dossier must be one the keys can see.
    ordered = sorted(extractions, key=lambda e: e.article)
    context = name_context(m for ex in ordered for m in ex.mentions)
    before, after = build_groups(ordered, context), build_groups(ordered, context)
    merge_identities(after, language)
    unseen = unseen_merges(before, after)
    for name, names in unseen[:20]:
        print(f"a merge the keys do not see: {name} <- {sorted(names)}")
    print(f"{len(before)} groups became {len(after)} actors; merges the keys do not see: "
          f"{len(unseen)}", flush=True)

    in_articles = articles_naming(extractions)
    rng = random.Random(7)
    order = list(range(len(extractions)))
    rng.shuffle(order)
    tried = claimed = held = 0
    new_time = []
    for i in order:
        if tried == args.trials:
            break
        ex = extractions[i]
        own = sorted({m.tokens for m in ex.mentions if in_articles[m.tokens] == {ex.article}})
        if not own:
            continue
        tried += 1
        # One of its own names, or all of them (an edit adding a paragraph).
        taken = set(own) if tried % 3 == 0 else {rng.choice(own)}
        added = [m for m in ex.mentions if m.tokens in taken]
        rest = Extraction(ex.article, tuple(m for m in ex.mentions if m.tokens not in taken))
        index: list = []
        before, _ = link_actors(articles, extractions[:i] + [rest] + extractions[i + 1:],
                                index=index)
        t = time.perf_counter()
        found = link_new_names(index[0], added, language)
        new_time.append(time.perf_counter() - t)
        if found is None:
            continue
        claimed += 1
        if sorted(before + found[0], key=lambda a: a.id) == whole:
            held += 1
        else:
            print(f"claim failed: {ex.article}: {sorted(taken)}", flush=True)
    print(f"{args.n} articles, {len(whole)} actors; {tried} trials (an article's own names "
          f"taken out and added back): {claimed} claimed isolated, {held} of them held, "
          f"{tried - claimed} declined (linked in full instead)")
    print(f"link of the whole dossier {full_time:.2f} s; link_new_names "
          f"{1000 * sum(new_time) / max(1, len(new_time)):.1f} ms on average")
    if held != claimed or unseen:
        sys.exit(1)


if __name__ == "__main__":
    main()
