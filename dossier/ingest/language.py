"""Language identification by frequent short words: enough to tell the languages a dossier
meets apart on a whole article, deterministic and offline."""

from __future__ import annotations

import functools
import re
from collections import Counter

from .. import lexicon

_WORD = re.compile(r"\w+")
_POLISH_LETTERS = set("ąćęłńśźż")


@functools.cache
def _stopwords() -> dict[str, frozenset]:
    return {lang: frozenset(words) for lang, words in lexicon.load("ingest")["stopwords"].items()}


def detect_language(text: str, default: str = "en") -> str:
    words = list(map(str.lower, _WORD.findall(text[:20000])))
    if not words:
        return default
    counts = Counter(words)
    seen = counts.keys()
    scores = {lang: sum(counts[w] for w in vocab & seen)
              for lang, vocab in _stopwords().items()}
    # Polish diacritics are decisive evidence where stop words are few (short texts).
    head = text[:20000]
    scores["pl"] = scores.get("pl", 0) + sum(head.count(ch) for ch in _POLISH_LETTERS) / 4
    best = max(sorted(scores), key=lambda lang: scores[lang])
    return best if scores[best] > 0 else default
