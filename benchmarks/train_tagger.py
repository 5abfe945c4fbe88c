"""Train the name tagger (dossier/extract/tagger) on the shared corpora.

The shipped model is trained on all of PolEval 2018 in ../shared/corpora (the outermost
persName, orgName, placeName_*, geogName spans) and written to dossier/data/tagger/. With
--folds K --fold I it is trained on the documents outside fold I (document n is in fold
n mod K, in the corpus' sorted order) and written to --out: benchmarks/poleval.py --folds
scores each fold with the model that never saw it.

Run: .venv/bin/python benchmarks/train_tagger.py [--folds K --fold I --out DIR] [--limit N]"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import poleval_docs  # noqa: E402

from dossier.extract.tagger import CLASSES, TaggerModelError, fingerprint  # noqa: E402
from dossier.extract.tagger.features import FEATURES_VERSION  # noqa: E402
from dossier.extract.tagger.model import NameTagger  # noqa: E402
from dossier.extract.tagger.train import train  # noqa: E402

SHIPPED = ROOT / "dossier" / "data" / "tagger"


def top_class(kind: str) -> str | None:
    if kind in CLASSES:
        return kind
    if kind.startswith("placeName"):
        return "placeName"
    return None


def poleval_training(limit: int | None = None):
    """(doc id, text, spans) of PolEval with the tagger's classes."""
    for doc_id, text, spans in poleval_docs(limit):
        yield doc_id, text, [(s, e, top_class(k)) for s, e, k in spans if top_class(k)]


def in_fold(n: int, folds: int, fold: int) -> bool:
    return n % folds == fold


def train_excluding(folds: int | None, fold: int | None, out: Path, limit: int | None = None,
                    log=print) -> dict:
    docs = [(text, spans) for n, (_d, text, spans) in enumerate(poleval_training(limit))
            if folds is None or not in_fold(n, folds, fold)]
    return train(docs, out, log=log)


def fold_model(folds: int, fold: int, models: Path, limit: int | None = None,
               log=print) -> NameTagger:
    """The model trained without fold ``fold``, from ``models`` when one was made there for
    these features and this slice of the corpus, else trained now."""
    out = models / (f"fold{fold}of{folds}" + ("" if limit is None else f"-limit{limit}"))
    try:
        tagger = NameTagger.from_dir(out)
        if tagger.meta.get("fingerprint") == fingerprint():
            return tagger
    except TaggerModelError:
        pass
    started = time.perf_counter()
    train_excluding(folds, fold, out, limit, log)
    log(f"fold {fold}/{folds}: trained in {time.perf_counter() - started:.0f} s")
    return NameTagger.from_dir(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int)
    parser.add_argument("--fold", type=int)
    parser.add_argument("--out", type=Path, default=SHIPPED)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    if (args.folds is None) != (args.fold is None):
        parser.error("--folds and --fold go together")
    started = time.perf_counter()
    meta = train_excluding(args.folds, args.fold, args.out, args.limit)
    print(f"{args.out}: features {FEATURES_VERSION}, {meta['documents']} documents, "
          f"{meta['tokens']} tokens, {meta['bytes'] / 1e6:.1f} MB, "
          f"{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
