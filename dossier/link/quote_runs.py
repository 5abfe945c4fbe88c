"""Where an English text goes on quoting one speaker without naming them again: a quote
straight after the last, or after the sentence that credited it, and a quotation reopened
(English opens each paragraph, or sentence, of one speaker's words with a mark and closes
only the last). link/quotes.py credits such a quote to the speaker of the one it goes on
from."""

from __future__ import annotations

import re


def continued(body: str, start: int, previous):
    """The last quote's speaker, when this quote goes straight on from it (nothing but white
    space between: 'Mr Cohen said: "…" "It's a social phenomenon."') or follows the
    sentence that credited it ('"…," said Eric Kraus, a strategist. "The Russian
    government …"': English goes on quoting the one it has just named)."""
    if previous is None or previous[1] is None or previous[0] > start:
        return None
    gap = body[previous[0]:start]
    if not gap.strip():
        return previous[1]
    credit = previous[2] and len(gap) <= 200 and not set(gap) & set('"“”„«»') and \
        gap.rstrip().endswith(".") and gap.count(".") == 1  # (one sentence, the credit)
    return previous[1] if credit else None


def unclosed(text: str, end: int, quote: re.Pattern) -> int | None:
    """The last quotation mark before ``end`` that opens a quotation no mark closes (English
    opens each paragraph, or sentence, of one speaker's words anew and closes once)."""
    covered = [(m.start(), m.end()) for m in quote.finditer(text)]
    marks = [i for i, c in enumerate(text[:end]) if c in '"“„'
             and not any(s <= i < e for s, e in covered)]
    return marks[-1] if marks else None


def reopened(block, start: int, before_block, quote: re.Pattern, speaker_at):
    """The speaker of the quotation this one reopens, ``speaker_at(text, at, base)`` telling
    who is credited with a quotation opening there: an unclosed one earlier in its
    paragraph ('Paul Burstow said: "Promoting … we share. "But the risk …"'), or at the end
    of the paragraph before, when this one opens its own. Only a quote opening a sentence
    reopens one ('Mr Babinet said: "…"' is credited by its own sentence)."""
    lead = block.text[:start].rstrip()
    if lead and lead[-1] not in '.!?"”':
        return None
    opened = unclosed(block.text, start, quote)
    if opened is not None:
        return speaker_at(block.text, opened, block.start)
    if start == 0 and before_block is not None:
        opened = unclosed(before_block.text, len(before_block.text), quote)
        if opened is not None:
            return speaker_at(before_block.text, opened, before_block.start)
    return None
