"""The name tagger's model: CRFsuite's linear-chain CRF over the features of features.py.

The shipped model (``dossier/data/tagger/``, trained by benchmarks/train_tagger.py) sits
beside a metadata file that names the feature version it was trained for, the fingerprint of
the features (features of a fixed sentence, hashed) and the model's hash; loading a model made
for other features raises TaggerModelError rather than tag with features it never saw."""

from __future__ import annotations

import functools
import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from .features import FEATURES_VERSION, Gazetteer, TaggerToken, document_features, tagger_tokens

MODEL_NAME = "model.crfsuite"
META_NAME = "model.json"
GAZETTEER_NAME = "gazetteer.json"  # the training corpus' names (features.Gazetteer)
# The corpora's classes the tagger learns, and the dossier's kind of each.
CLASSES = {"persName": "person", "orgName": "organization", "placeName": "place",
           "geogName": "place"}

# A sentence of our own whose features fingerprint the feature code (see fingerprint()).
_FINGERPRINT_TEXT = ("Prezes Zarządu Fabryki Mebli w Nowym Targu, Janina Kowalska-Nowak, "
                     "spotkała się z ambasadorem Francji. Kowalska powiedziała PAP, że "
                     "polsko-francuska umowa z firmą Meblex S.A. obowiązuje od 3 maja.")


class TaggerModelError(RuntimeError):
    """The model is missing, corrupt, or was trained for other features."""


class Span(NamedTuple):
    start: int  # character offsets, as the tokens' offsets
    end: int
    kind: str  # person | organization | place
    confidence: float  # the least marginal probability of the span's labels
    category: str  # the corpus class: persName, orgName, placeName, geogName
    first: int  # token indexes, the last one included
    last: int


def fingerprint() -> str:
    """A hash of the features of a fixed sentence: changes whenever the feature code (or the
    dictionary under it) makes other features."""
    gazetteer = Gazetteer.build([(["Fabryka", "Mebli"], "orgName"), (["Targ"], "placeName")])
    # A token's features are a set to CRFsuite: their order does not count.
    feats = [sorted(f) for _, sent in document_features(tagger_tokens(_FINGERPRINT_TEXT),
                                                        gazetteer=gazetteer) for f in sent]
    return hashlib.sha256(json.dumps([FEATURES_VERSION, feats]).encode()).hexdigest()[:16]


class NameTagger:
    """A loaded model: ``spans(tokens)`` for a document's tokens (features.tagger_tokens)."""

    def __init__(self, data: bytes, meta: dict, gazetteer: bytes, source: str = "model"):
        import pycrfsuite

        if meta.get("features_version") != FEATURES_VERSION:
            raise TaggerModelError(
                f"{source}: trained for features {meta.get('features_version')!r}, the code "
                f"makes {FEATURES_VERSION!r}: retrain it (benchmarks/train_tagger.py)")
        if meta.get("sha256") != hashlib.sha256(data).hexdigest():
            raise TaggerModelError(f"{source}: the model's bytes do not match its metadata")
        if meta.get("gazetteer_sha256") != hashlib.sha256(gazetteer).hexdigest():
            raise TaggerModelError(f"{source}: the gazetteer does not match the metadata")
        self.gazetteer = Gazetteer.from_json(json.loads(gazetteer.decode("utf-8")))
        self.meta = meta
        self._data = data  # CRFsuite reads the model where it lies: keep it alive
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(data)

    @classmethod
    def from_dir(cls, path: Path) -> NameTagger:
        try:
            data = (path / MODEL_NAME).read_bytes()
            meta = json.loads((path / META_NAME).read_text("utf-8"))
            gazetteer = (path / GAZETTEER_NAME).read_bytes()
        except (OSError, ValueError) as exc:
            raise TaggerModelError(f"{path}: no usable tagger model ({exc})") from exc
        return cls(data, meta, gazetteer, str(path))

    def spans(self, tokens: list[TaggerToken], evidence=None) -> list[Span]:
        """The names in ``tokens``; ``evidence``: see features.document_features."""
        return self.read(tokens, evidence)[0]

    def read(self, tokens: list[TaggerToken], evidence=None) -> tuple[list[Span], list[float]]:
        """The names in ``tokens``, and for each capitalised token the probability that it is
        in a name (one minus the marginal of the outside label; 0 for the other tokens)."""
        out: list[Span] = []
        p_name: list[float] = []
        tagger = self._tagger
        for (s, _e), feats in document_features(tokens, evidence, self.gazetteer):
            labels = tagger.tag(feats)
            n = len(labels)
            # Only capitalised words: the rules' names (mentions.py) are made of them.
            p_name.extend(1.0 - tagger.marginal("O", k) if tokens[s + k].text[:1].isupper()
                          else 0.0 for k in range(n))
            i = 0
            while i < n:
                label = labels[i]
                if label == "O":
                    i += 1
                    continue
                category = label[2:]
                j = i + 1
                while j < n and labels[j] == "I-" + category:
                    j += 1
                conf = min(tagger.marginal(labels[k], k) for k in range(i, j))
                out.append(Span(tokens[s + i].start, tokens[s + j - 1].end, CLASSES[category],
                                conf, category, s + i, s + j - 1))
                i = j
        return out, p_name

    def tag_text(self, text: str) -> list[Span]:
        return self.spans(tagger_tokens(text))


@functools.cache
def shipped() -> NameTagger:
    """The model in dossier/data/tagger/, loaded once per process, on first use."""
    base = resources.files("dossier").joinpath("data").joinpath("tagger")
    try:
        data = base.joinpath(MODEL_NAME).read_bytes()
        meta = json.loads(base.joinpath(META_NAME).read_text("utf-8"))
        gazetteer = base.joinpath(GAZETTEER_NAME).read_bytes()
    except (OSError, ValueError) as exc:
        raise TaggerModelError(f"dossier/data/tagger: no usable tagger model ({exc})") from exc
    return NameTagger(data, meta, gazetteer, "dossier/data/tagger")
