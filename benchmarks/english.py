"""Names in English articles (and one actor across English and Polish) against a reader's
list of our own: tests/fixtures/english_names.yml (invented news, no corpus text).

Run: .venv/bin/python benchmarks/english.py [-v]"""

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier.evaluate import score_dossier_actors  # noqa: E402
from dossier.extract.mentions import extract_mentions  # noqa: E402
from dossier.ingest import article_from_text  # noqa: E402
from dossier.link import link_actors  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "english_names.yml"


def score(path: Path = FIXTURE):
    data = yaml.safe_load(path.read_text("utf-8"))
    articles = [article_from_text(text, key, f"{key}.txt")[0]
                for key, text in data["articles"].items()]
    actors, _ = link_actors(articles, [extract_mentions(a) for a in articles])
    return score_dossier_actors(actors, data["actors"]), actors


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-v", "--verbose", action="store_true", help="list the errors")
    args = parser.parse_args()
    s, actors = score()
    f1 = 2 * s.precision * s.recall / (s.precision + s.recall) if s.correct else 0.0
    print(f"actors: precision {s.precision:.3f} ({s.correct}/{s.predicted})  recall "
          f"{s.recall:.3f} ({s.found}/{s.gold})  F1 {f1:.3f}  kinds {s.kind_accuracy:.3f} "
          f"({s.kinds_right}/{s.found})")
    if args.verbose:
        for label, items in (("spurious", s.spurious), ("missed", s.missed),
                             ("wrong kind", s.wrong_kinds)):
            for item in items:
                print(f"  {label}: {item}")


if __name__ == "__main__":
    main()
