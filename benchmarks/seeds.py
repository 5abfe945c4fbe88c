"""Actor extraction on the seed articles against shared/gold/seeds.yml.

Run: .venv/bin/python benchmarks/seeds.py [--content content] [--gold ../shared/gold/seeds.yml]"""

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier.config import load_project  # noqa: E402
from dossier.evaluate import score_actors  # noqa: E402
from dossier.build.pipeline import build_dossier  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--content", default=str(ROOT / "content"))
    parser.add_argument("--gold", default=str(ROOT.parent / "shared" / "gold" / "seeds.yml"))
    args = parser.parse_args()
    gold = yaml.safe_load(Path(args.gold).read_text("utf-8"))
    dossier = build_dossier(load_project(ROOT, content_dir=args.content))
    s = score_actors(dossier.articles, dossier.actors, gold)
    print(f"actors per article: recall {s.recall:.3f} ({s.found}/{s.gold})  "
          f"precision {s.precision:.3f} ({s.correct}/{s.predicted})  "
          f"canonical {s.canonical_accuracy:.3f} ({s.canonical}/{s.found})")
    for label, items in (("missed", s.missed), ("wrong name", s.wrong_names),
                         ("spurious", s.spurious)):
        for item in items:
            print(f"  {label}: {item}")


if __name__ == "__main__":
    main()
