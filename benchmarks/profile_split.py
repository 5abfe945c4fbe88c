"""Where a build's CPU time goes, stage by stage, over all its processes (the workers that
extract, render, convert and build pages too): py-spy's raw samples split by the first stage
found on each stack, then the functions with the most samples of their own.

    .venv/bin/pip install py-spy    # a profiler, not a dependency of dossier
    .venv/bin/py-spy record --subprocesses -r 50 -f raw -o build.txt -- \\
        .venv/bin/python -m dossier build --project PROJECT
    .venv/bin/python benchmarks/profile_split.py build.txt [--rate 50] [--match REGEX]

--rate is py-spy's sampling rate (-r); with --match, the functions matching REGEX are listed
with all the samples under them (inclusive)."""

from __future__ import annotations

import argparse
import collections
import re

# A stack's stage: the first of these whose frame is on it (the workers' before MkDocs').
STAGES = [
    ("extract", "extract_all (dossier/build/pipeline.py"),
    ("link", "link_dossier"),
    ("emit", "render_pages (dossier/emit"),
    ("write", "write_generated"),
    ("search index", "build_search_index"),
    ("md convert (workers)", "_convert (dossier/site/parallel.py"),
    ("templates (workers)", "_build (dossier/site/parallel.py"),
    ("md convert (main)", "Page.render (mkdocs/structure/pages.py"),
    ("md convert (main)", "render_page (dossier/site/direct.py"),
    ("templates (main)", "_build_page (mkdocs/commands/build.py"),
    ("site keys", "_mark_modified"),
    ("ingest", "ingest"),
    ("mkdocs other", "mkdocs"),
]
_LINE = re.compile(r":\d+\)")


def stage(stack: str) -> str:
    return next((name for name, frame in STAGES if frame in stack), "other")


def split(path: str) -> tuple[collections.Counter, collections.Counter, collections.Counter]:
    """Samples by stage, by the function running (self) and by every function on the stack."""
    stages, own, under = collections.Counter(), collections.Counter(), collections.Counter()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            stack, _, count = line.rstrip().rpartition(" ")
            frames = [f for f in stack.split(";") if not f.startswith("process ")]
            n = int(count)
            stages[stage(";".join(frames))] += n
            functions = [_LINE.sub(")", f) for f in frames]
            own[functions[-1] if functions else "?"] += n
            for function in set(functions):
                under[function] += n
    return stages, own, under


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("samples", help="py-spy record -f raw output")
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--match", help="list the matching functions, inclusive")
    args = parser.parse_args()
    stages, own, under = split(args.samples)
    total = sum(stages.values()) or 1
    print(f"total {total / args.rate:.1f} CPU-s (all processes)")
    for name, n in stages.most_common():
        print(f"  {name:24s} {n / args.rate:7.1f} s {100 * n / total:5.1f}%")
    print("functions, own samples:")
    for name, n in own.most_common(25):
        print(f"  {n / args.rate:7.1f} s  {name}")
    if args.match:
        print(f"functions matching {args.match!r}, inclusive:")
        for name, n in under.most_common():
            if re.search(args.match, name):
                print(f"  {n / args.rate:7.1f} s  {name}")


if __name__ == "__main__":
    main()
