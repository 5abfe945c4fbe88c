"""A short, readable title derived from an article's lead when the source gives none."""

from __future__ import annotations

import re

MAX_TITLE = 80
MIN_CLAUSE = 25
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»]?\s+(?=[\"„«A-ZĄĆĘŁŃÓŚŹŻА-Я0-9])")
# Clause boundaries, best first: a dash, a reporting "that", a comma.
_CLAUSE_BREAKS = (" - ", " – ", " — ", ", że ", ", iż ", ", that ", ": ", ", ")
_QUOTES = "\"'„”«»“"


def derive_title(lead: str) -> str:
    """The first sentence of the lead, cut at a clause boundary when it is long."""
    sentence = _SENTENCE_END.split(lead.strip(), maxsplit=1)[0].strip()
    sentence = sentence.strip(_QUOTES + " ")
    if len(sentence) <= MAX_TITLE:
        return sentence.rstrip(".").strip(_QUOTES + " ") or lead[:MAX_TITLE]
    for brk in _CLAUSE_BREAKS:
        idx = sentence.find(brk, MIN_CLAUSE)
        if 0 < idx <= MAX_TITLE:
            return sentence[:idx].strip(_QUOTES + " ,")
    cut = sentence[:MAX_TITLE].rsplit(" ", 1)[0]
    return cut.rstrip(",;:-– ") + "…"
