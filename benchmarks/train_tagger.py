"""Train the name tagger (dossier/extract/tagger) on the shared corpora.

The shipped model is trained on all of PolEval 2018 in ../shared/corpora (the outermost
persName, orgName, placeName_*, geogName spans) and written to dossier/data/tagger/. With
--folds K --fold I it is trained on the documents outside fold I (document n is in fold
n mod K, in the corpus' sorted order) and written to --out: benchmarks/poleval.py --folds
scores each fold with the model that never saw it.

--with-slavicner adds SlavicNER's Polish articles, relabelled to PolEval's conventions
(slavicner_training; --without-topic T leaves a topic out, and benchmarks/slavicner.py then
scores each topic with the model trained without it). Off by default: see WITH_SLAVICNER.

Run: .venv/bin/python benchmarks/train_tagger.py [--folds K --fold I --out DIR] [--limit N]
     [--with-slavicner [--without-topic T]]"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import poleval_docs, slavicner_docs  # noqa: E402

from dossier.extract.tagger import CLASSES, TaggerModelError, fingerprint  # noqa: E402
from dossier.extract.tagger.features import (FEATURES_VERSION, Gazetteer,  # noqa: E402
                                             gazetteer_key, tagger_tokens)
from dossier.extract.words import demonym_country, nationality_word  # noqa: E402
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


SLAVICNER_CLASSES = {"PER": "persName", "ORG": "orgName", "LOC": "placeName"}


def topic_of(doc_id: str) -> str:
    return doc_id.split("/", 1)[0]


def slavicner_training(exclude_topic: str | None = None, conventions: Gazetteer | None = None):
    """(doc id, text, spans) of SlavicNER, relabelled to PolEval's conventions: events and
    products unlabelled (PolEval has no such class); a name PolEval labels (``conventions``,
    the gazetteer of the PolEval documents trained on) takes PolEval's class (the EU is a
    place there); a nationality's noun is a place ("Polaków"), and so is a nationality's or
    a place's adjective in lower case ("polskiej", unlabelled in SlavicNER)."""
    for doc_id, text, rows in slavicner_docs():
        if topic_of(doc_id) == exclude_topic:
            continue
        spans = []
        for start, end, surface, _lemma, typ, _eid in rows:
            category = SLAVICNER_CLASSES.get(typ)
            if category is None:
                continue
            words = surface.split()
            key = tuple(gazetteer_key(w) for w in words if w[:1].isalnum())
            if conventions is not None and key in conventions.entries:
                category = conventions.entries[key]
            elif len(words) == 1 and demonym_country(words[0]):
                category = "placeName"
            spans.append((start, end, category))
        taken = sorted((s, e) for s, e, _ in spans)
        for tok in tagger_tokens(text):
            if tok.text.islower() and nationality_word(tok.text) and not any(
                    s < tok.end and tok.start < e for s, e in taken):
                spans.append((tok.start, tok.end, "placeName"))
        yield doc_id, text, sorted(spans)


def in_fold(n: int, folds: int, fold: int) -> bool:
    return n % folds == fold


# Whether the shipped model learns from SlavicNER too (relabelled, see slavicner_training).
# Off: pooled, SlavicNER's held-out topic brexit rose 0.876 -> 0.891 (document F1), but
# PolEval fell a little (fold 0 overlap 0.788 -> 0.784) and the seed articles got an
# organisation "Armenia" and "Niemiecki rząd" (seeds precision 0.975 -> 0.951).
WITH_SLAVICNER = False


def training_docs(folds: int | None = None, fold: int | None = None,
                  exclude_topic: str | None = None, limit: int | None = None,
                  slavicner: bool | None = None) -> list[tuple[str, list]]:
    """The (text, spans) a model learns from: PolEval outside fold ``fold``, then SlavicNER
    outside topic ``exclude_topic``, relabelled by the names of those PolEval documents."""
    docs = [(text, spans) for n, (_d, text, spans) in enumerate(poleval_training(limit))
            if folds is None or not in_fold(n, folds, fold)]
    if WITH_SLAVICNER if slavicner is None else slavicner:
        from dossier.extract.tagger.train import names_of

        conventions = Gazetteer.build(names_of(docs))
        docs += [(text, spans) for _d, text, spans
                 in slavicner_training(exclude_topic, conventions)][:limit]
    return docs


def train_excluding(folds: int | None, fold: int | None, out: Path, limit: int | None = None,
                    log=print, exclude_topic: str | None = None) -> dict:
    return train(training_docs(folds, fold, exclude_topic, limit), out, log=log)


def fold_model(folds: int, fold: int, models: Path, limit: int | None = None,
               log=print) -> NameTagger:
    """The model trained without PolEval's fold ``fold`` (with all of SlavicNER when the
    shipped one learns from it), from ``models`` when one was made there for these features
    and this slice of the corpus, else trained now."""
    name = f"fold{fold}of{folds}" + ("" if limit is None else f"-limit{limit}")
    return _cached(models, name, lambda out: train_excluding(folds, fold, out, limit, log), log)


def topic_model(topic: str, models: Path, log=print) -> NameTagger:
    """The model trained on all of PolEval and the SlavicNER topics but ``topic``."""
    return _cached(models, f"without-{topic}",
                   lambda out: train_excluding(None, None, out, None, log, topic), log)


def _cached(models: Path, name: str, make, log) -> NameTagger:
    out = models / (name + ("-slavicner" if WITH_SLAVICNER else ""))
    try:
        tagger = NameTagger.from_dir(out)
        if tagger.meta.get("fingerprint") == fingerprint():
            return tagger
    except TaggerModelError:
        pass
    started = time.perf_counter()
    make(out)
    log(f"{out.name}: trained in {time.perf_counter() - started:.0f} s")
    return NameTagger.from_dir(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int)
    parser.add_argument("--fold", type=int)
    parser.add_argument("--out", type=Path, default=SHIPPED)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--without-topic", help="leave this SlavicNER topic out")
    parser.add_argument("--with-slavicner", action="store_true",
                        help="learn from SlavicNER too (relabelled to PolEval's conventions)")
    args = parser.parse_args()
    if (args.folds is None) != (args.fold is None):
        parser.error("--folds and --fold go together")
    started = time.perf_counter()
    global WITH_SLAVICNER
    WITH_SLAVICNER = args.with_slavicner
    meta = train_excluding(args.folds, args.fold, args.out, args.limit,
                           exclude_topic=args.without_topic)
    print(f"{args.out}: features {FEATURES_VERSION}, {meta['documents']} documents, "
          f"{meta['tokens']} tokens, {meta['bytes'] / 1e6:.1f} MB, "
          f"{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
