"""A learned name tagger for Polish: a CRF over morphological, orthographic, context and
document features, proposing name spans with a kind and a confidence. Trained by
benchmarks/train_tagger.py; the model ships in dossier/data/tagger/."""

from .features import FEATURES_VERSION, TaggerToken, tagger_tokens
from .model import CLASSES, NameTagger, Span, TaggerModelError, fingerprint, shipped

__all__ = ["CLASSES", "FEATURES_VERSION", "NameTagger", "Span", "TaggerModelError",
           "TaggerToken", "fingerprint", "shipped", "tagger_tokens"]
