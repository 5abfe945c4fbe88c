"""Names in English text nobody tuned the rules to: a fixed sample of BBC News articles
(../shared/corpora/bbc_news_en, Greene & Cunningham 2006; no text of it is in the
repository) linked as one dossier, each actor judged by a reader (benchmarks/bbc_judged.yml:
the article ids, and the actors' names under the kinds the reader accepts, or under junk).

Precision is the share of the judged actors that are actors; kinds, the share of those of a
kind the reader accepts. An actor's name the file does not judge is listed ("unjudged"): a
change to the rules that makes new names asks the reader to judge them before the figure
counts them.

--quotes: the sample built as a dossier, and how many of its quotes are credited to an
actor the reader judged junk, to a person, a body, a place, or to no actor.

Run: .venv/bin/python benchmarks/bbc_sample.py [-v] [--dump] [--quotes] [--judged FILE]"""

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier.extract.mentions import extract_mentions  # noqa: E402
from dossier.ingest import article_from_text  # noqa: E402
from dossier.link import link_actors  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "bbc_news_en"
JUDGED = Path(__file__).with_name("bbc_judged.yml")


def sample_actors(ids: list[str]):
    """The actors of a dossier of the articles ``ids`` ("politics/250")."""
    articles = []
    for key in ids:
        text = (CORPUS / f"{key}.txt").read_text("utf-8", errors="replace")
        articles.append(article_from_text(text, key.replace("/", "-"), f"{key}.txt")[0])
    actors, _ = link_actors(articles, [extract_mentions(a) for a in articles])
    return actors


def judge(actors, judged: dict):
    """(good, junk, wrong kinds, unjudged) names, each sorted. ``judged``: the articles, and
    for each kind (or "kind|kind") and for "junk" the names the reader put there."""
    verdicts = {name: label for label, names in judged.items() if label != "articles"
                for name in names}
    good, junk, wrong, unjudged = [], [], [], []
    for a in sorted(actors, key=lambda a: a.name):
        label = verdicts.get(a.name)
        if label == "junk":
            junk.append(a.name)
        elif label is not None:
            good.append(a.name)
            if a.kind not in label.split("|"):
                wrong.append(f"{a.name}: {a.kind} (reader: {label})")
        else:
            unjudged.append(f"{a.name}: {a.kind} ({len(a.mentions)} mentions, "
                            f"{', '.join(a.articles[:3])})")
    return good, junk, wrong, unjudged


def quote_credits(ids: list[str], judged: dict):
    """The sample built as a dossier (without its site): how its quotes are credited, by the
    reader's verdict on the speaker (an actor judged junk speaks for no one)."""
    import tempfile

    sys.path.insert(0, str(ROOT / "tests"))
    from sitetools import copy_project

    from dossier.build.pipeline import build_dossier
    from dossier.config import load_project

    work = Path(tempfile.mkdtemp(prefix="bbc-sample-")) / "project"
    copy_project(ROOT, work, content=False)
    (work / "content").mkdir()
    for key in ids:
        text = (CORPUS / f"{key}.txt").read_text("utf-8", errors="replace")
        (work / "content" / f"{key.replace('/', '-')}.txt").write_text(text, "utf-8")
    dossier = build_dossier(load_project(work), use_cache=False)
    verdicts = {name: label for label, names in judged.items() if label != "articles"
                for name in names}
    actors = {a.id: a for a in dossier.actors}
    counts: dict[str, int] = {}
    for q in dossier.quotes:
        actor = actors.get(q.speaker)
        label = "unnamed" if actor is None else (
            "junk" if verdicts.get(actor.name) == "junk" else
            "unjudged" if actor.name not in verdicts else actor.kind)
        counts[label] = counts.get(label, 0) + 1
    return len(dossier.quotes), counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-v", "--verbose", action="store_true", help="list the errors")
    parser.add_argument("--dump", action="store_true", help="every actor, kind and articles")
    parser.add_argument("--quotes", action="store_true",
                        help="how the sample's quotes are credited, by speaker's verdict")
    parser.add_argument("--judged", type=Path, default=JUDGED,
                        help="the sample and its judgments (bbc_judged_heldout.yml: the "
                             "second sample, read only after the rules were written)")
    args = parser.parse_args()
    judged = yaml.safe_load(args.judged.read_text("utf-8"))
    if args.quotes:
        total, counts = quote_credits(judged["articles"], judged)
        print(f"{total} quotes: " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())))
        return
    actors = sample_actors(judged["articles"])
    if args.dump:
        for a in sorted(actors, key=lambda a: a.name):
            print(f"{a.name}\t{a.kind}\t{len(a.mentions)}\t{' '.join(a.articles[:4])}")
        return
    good, junk, wrong, unjudged = judge(actors, judged)
    n = len(good) + len(junk)
    print(f"{len(judged['articles'])} articles, {len(actors)} actors, {n} judged: precision "
          f"{len(good) / max(n, 1):.3f} ({len(good)}/{n})  kinds "
          f"{(len(good) - len(wrong)) / max(len(good), 1):.3f} "
          f"({len(good) - len(wrong)}/{len(good)})  unjudged {len(unjudged)}")
    if args.verbose:
        for label, items in (("junk", junk), ("wrong kind", wrong), ("unjudged", unjudged)):
            for item in items:
                print(f"  {label}: {item}")


if __name__ == "__main__":
    main()
