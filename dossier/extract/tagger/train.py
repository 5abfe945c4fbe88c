"""Training the name tagger: documents with gold spans in, a CRFsuite model out.

Deterministic: the documents are taken in the order given, the features in the order
features.py makes them, and L-BFGS has no randomness, so the same data gives the same model
bytes (a test trains twice and compares). The corpora are read by benchmarks/train_tagger.py;
this module knows only (text, spans) pairs."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from .features import FEATURES_VERSION, Gazetteer, document_features, tagger_tokens
from .model import CLASSES, GAZETTEER_NAME, META_NAME, MODEL_NAME, fingerprint

# The gazetteer a training document sees is made of the names in the other parts (of this
# many), so the model learns how far a name seen elsewhere can be trusted, not that every
# name is in the gazetteer.
JACKKNIFE = 5

# L1 keeps the model small (most of the features' weights go to zero), L2 smooths the rest.
PARAMS = {"c1": 0.4, "c2": 0.02, "max_iterations": 250, "feature.minfreq": 2,
          "feature.possible_transitions": True}


def outermost(spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans no other span contains or overlaps before them (PolEval nests a surname in a
    person's name, a place in an organisation's: a flat tagger learns the outer ones)."""
    kept: list[tuple[int, int, str]] = []
    for s, e, c in sorted(set(spans), key=lambda x: (x[0], -x[1], x[2])):
        if c not in CLASSES or e <= s:
            continue
        if kept and s < kept[-1][1]:
            continue
        kept.append((s, e, c))
    return kept


def _labels(tokens, spans) -> list[str]:
    labels = ["O"] * len(tokens)
    spans = outermost(spans)
    k = 0
    for i, tok in enumerate(tokens):
        while k < len(spans) and spans[k][1] <= tok.start:
            k += 1
        if k < len(spans) and spans[k][0] < tok.end and tok.start < spans[k][1]:
            s, _, c = spans[k]
            inside = i > 0 and labels[i - 1] != "O" and labels[i - 1][2:] == c and \
                tokens[i - 1].end > s
            labels[i] = ("I-" if inside else "B-") + c
    return labels


def _names(tokens, labels) -> list[tuple[list[str], str]]:
    """The (words, class) of each labelled name."""
    out: list[tuple[list[str], str]] = []
    for tok, label in zip(tokens, labels):
        if label.startswith("B-"):
            out.append(([tok.text], label[2:]))
        elif label.startswith("I-") and out:
            out[-1][0].append(tok.text)
    return out


def names_of(docs: Iterable[tuple[str, list[tuple[int, int, str]]]]
             ) -> list[tuple[list[str], str]]:
    """The (words, class) of every name the (text, spans) documents label."""
    out = []
    for text, spans in docs:
        tokens = tagger_tokens(text)
        out.extend(_names(tokens, _labels(tokens, spans)))
    return out


def labelled(text: str, spans: Iterable[tuple[int, int, str]],
             gazetteer: Gazetteer | None = None):
    """The document's sentences as (features, BIO labels) pairs."""
    tokens = tagger_tokens(text)
    labels = _labels(tokens, spans)
    for (s, e), feats in document_features(tokens, gazetteer=gazetteer):
        yield feats, labels[s:e]


def train(docs: Iterable[tuple[str, list[tuple[int, int, str]]]], out_dir: Path,
          params: dict | None = None, log=None) -> dict:
    """Train on ``docs`` ((text, spans) pairs, span classes in CLASSES) and write the model
    and its metadata into ``out_dir``. Returns the metadata."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    settings = dict(PARAMS, **(params or {}))
    trainer.set_params(settings)
    docs = [(tagger_tokens(text), spans) for text, spans in docs]
    docs = [(tokens, _labels(tokens, spans)) for tokens, spans in docs]
    names = [_names(tokens, labels) for tokens, labels in docs]
    n_docs, n_tokens = len(docs), sum(len(labels) for _, labels in docs)
    parts = [Gazetteer.build(name for n, doc_names in enumerate(names) if n % JACKKNIFE != j
                             for name in doc_names) for j in range(JACKKNIFE)]
    for n, (tokens, labels) in enumerate(docs):
        for (s, e), feats in document_features(tokens, gazetteer=parts[n % JACKKNIFE]):
            trainer.append(feats, labels[s:e])
    gazetteer = Gazetteer.build(name for doc_names in names for name in doc_names)
    out_dir.mkdir(parents=True, exist_ok=True)
    model = out_dir / MODEL_NAME
    trainer.train(str(model))
    data = model.read_bytes()
    gazetteer_text = json.dumps(gazetteer.to_json(), ensure_ascii=False) + "\n"
    (out_dir / GAZETTEER_NAME).write_text(gazetteer_text, "utf-8")
    meta = {"features_version": FEATURES_VERSION, "fingerprint": fingerprint(),
            "sha256": hashlib.sha256(data).hexdigest(), "params": settings,
            "gazetteer_sha256": hashlib.sha256(gazetteer_text.encode()).hexdigest(),
            "gazetteer_names": len(gazetteer.entries),
            "documents": n_docs, "tokens": n_tokens, "bytes": len(data)}
    (out_dir / META_NAME).write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n",
                                     "utf-8")
    if log:
        log(f"trained on {n_docs} documents, {n_tokens} tokens: {len(data) / 1e6:.1f} MB")
    return meta
