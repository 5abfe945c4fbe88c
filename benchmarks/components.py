"""Components: how a dossier of N real articles splits into the components the link stage
links independently (link/components.py), what glues the largest one, and what a link from
the last one costs after an edit, against a link from scratch (both checked equal).

From N articles (as benchmarks/scale.py takes them): the full link; the sizes of the
components of both stages (link/stages.py); the key families that join the largest early one
(each family left out in turn: how large the largest would be); then, for a few edits of one article (its mentions
moved by a reworded sentence; a known person's name added; a new name added), the link from
the last one in this process and in a fresh one (the way `dossier build` runs, with the
last link loaded from a pickle), each compared with the link from scratch.

Run: .venv/bin/python benchmarks/components.py [--n 2000] [--no-glue]"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scale import extracted  # noqa: E402

from dossier import ids  # noqa: E402
from dossier.link import link_dossier  # noqa: E402
from dossier.link.components import goes_by  # noqa: E402
from dossier.link.rules import EARLY  # noqa: E402
from dossier.link.stages import table as _table  # noqa: E402


def _largest_without(table, families: set[str]) -> int:
    """The groups in the largest component when keys of these families are left out."""
    holders: dict[str, list[int]] = {}
    probed, indexed = set(), set()
    for i, (name, row) in enumerate(table.items()):
        for n in goes_by(name, row.expansions):
            keys = [rule.keys(n) for rule in EARLY]
            keys.append(([f"n:{n}", f"slug:{ids.slugify(n, 'actor')}"],) * 2)
            for probe, index in keys:
                for k in probe:
                    probed.add(k)
                    holders.setdefault(k, []).append(i)
                for k in index:
                    indexed.add(k)
                    holders.setdefault(k, []).append(i)
    parent = list(range(len(table)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for k in probed & indexed:
        if k.split(":")[0] in families:
            continue
        root = find(holders[k][0])
        for x in holders[k][1:]:
            parent[find(x)] = root
            root = find(root)
    return max(Counter(find(i) for i in range(len(table))).values())


def _edits(extractions, linked):
    """(what, extractions after the edit) for edits of one article."""
    people = sorted((a for a in linked.actors if a.kind == "person" and " " in a.name),
                    key=lambda a: -len(a.articles))
    # An article of the middle with names (the tenth most named of those in its middle).
    middle = extractions[len(extractions) // 3: 2 * len(extractions) // 3]
    ex = sorted(middle, key=lambda e: -len(e.mentions))[10]
    at = extractions.index(ex)
    moved = dataclasses.replace(ex, mentions=tuple(
        dataclasses.replace(m, start=m.start + 9, end=m.end + 9) for m in ex.mentions))
    known = next(m for a in people[:1] for m in a.mentions)
    known_raw = next(m for e in extractions if e.article == known.article
                     for m in e.mentions if m.start == known.start)
    end = max((m.end for m in ex.mentions), default=0) + 10
    again = dataclasses.replace(known_raw, article=ex.article, start=end,
                                end=end + len(known_raw.text))
    new = dataclasses.replace(known_raw, article=ex.article, start=end, end=end + 18,
                              text="Bożydara Wąchockiego", tokens=("Bożydara", "Wąchockiego"),
                              role=None, expansion_of=None)
    out = [("a reworded sentence (mentions moved)", moved),
           (f"a known name added ({people[0].name})",
            dataclasses.replace(ex, mentions=ex.mentions + (again,))),
           ("a new name added (Bożydar Wąchocki)",
            dataclasses.replace(ex, mentions=ex.mentions + (new,)))]
    return [(what, extractions[:at] + [e] + extractions[at + 1:]) for what, e in out]


FRESH = """
import pickle, sys, time
sys.path.insert(0, {root!r})
articles, extractions = pickle.load(open({path!r}, "rb"))
t = time.perf_counter()
linked = pickle.load(open({path!r} + ".linked", "rb"))
loaded = time.perf_counter() - t
from dossier.link import link_dossier
t = time.perf_counter()
again = link_dossier(articles, extractions, previous=linked)
print(loaded, time.perf_counter() - t)
pickle.dump(again, open({path!r} + ".out", "wb"))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--no-glue", action="store_true")
    args = parser.parse_args()
    articles, extractions, _ = extracted(args.n, "dossier-components-")
    t = time.perf_counter()
    linked = link_dossier(articles, extractions)
    full = time.perf_counter() - t
    table = _table(linked.names)
    early = sorted((len(e.groups) for e in linked.early.values()), reverse=True)
    sizes = sorted((len(c.actors) for c in linked.components.values()), reverse=True)
    print(f"{len(articles)} articles, {len(table)} groups, {len(linked.actors)} actors; "
          f"full link {full:.2f} s")
    print(f"{len(early)} early components; largest (groups after the early rules): "
          f"{early[:8]}")
    print(f"{len(sizes)} late components; largest (actors): {sizes[:8]}; "
          f"of one actor: {sizes.count(1)}", flush=True)
    if not args.no_glue:
        everything = _largest_without(table, set())
        print(f"largest early component: {everything} groups before the rules; without the "
              "keys of", flush=True)
        for family in ("glue", "ini", "varr", "var", "state", "qual", "hy", "vard"):
            print(f"  {family}: {_largest_without(table, {family})}", flush=True)
        print(f"  glue, ini, varr: {_largest_without(table, {'glue', 'ini', 'varr'})}")
    work = Path(tempfile.mkdtemp(prefix="dossier-components-"))
    for what, edited in _edits(extractions, linked):
        t = time.perf_counter()
        again = link_dossier(articles, edited, previous=linked)
        here = time.perf_counter() - t
        t = time.perf_counter()
        cold = link_dossier(articles, edited)
        scratch = time.perf_counter() - t
        path = work / "state.pickle"
        with open(path, "wb") as fh:
            pickle.dump((articles, edited), fh, protocol=pickle.HIGHEST_PROTOCOL)
        with open(str(path) + ".linked", "wb") as fh:
            pickle.dump(linked, fh, protocol=pickle.HIGHEST_PROTOCOL)
        out = subprocess.run([sys.executable, "-c", FRESH.format(root=str(ROOT),
                                                                 path=str(path))],
                             capture_output=True, text=True, check=True).stdout.split()
        with open(str(path) + ".out", "rb") as fh:
            fresh = pickle.load(fh)
        relinked = len(set(again.components) - set(linked.components))
        print(f"{what}: from the last link {here:.2f} s here, {float(out[1]):.2f} s in a "
              f"fresh process (+{float(out[0]):.2f} s to unpickle the last link, "
              f"{(path.parent / (path.name + '.linked')).stat().st_size / 1e6:.0f} MB); "
              f"from scratch "
              f"{scratch:.2f} s; {relinked} components linked again; equal to the link "
              f"from scratch: here {again == cold}, in the fresh process "
              f"{fresh == cold}", flush=True)


if __name__ == "__main__":
    main()
