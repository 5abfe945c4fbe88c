"""Polish direct speech opened with a dash, as the Polish press writes it: a paragraph (or a
sentence in it) that opens with a dash ("-", "–", "—") and whose words are closed by
"– <speech verb> <speaker>" ("– To ważny krok – powiedział minister.", "– Nie wiem – dodała.").
Only a dash followed by a speech verb closes it: a dash inside the words ("(… - red.)", an
aside) does not, and a paragraph with no such closing dash is no quotation (a list, a
dialogue line with no credit)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# A dash opens speech at the paragraph's start or after a sentence's end.
_OPEN = re.compile(r"(?:^|(?<=[.!?…]\s))\s*[-–—]\s+(?=\S)")
# The dash that may close it: spaced, after the last word of the speech.
_CLOSE = re.compile(r"(?<=\S)\s+[-–—]\s+(?P<word>\w+)")


def dash_quotes(text: str, speech_verb: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The (start, end) in ``text`` of each dash-opened quotation's words, dashes excluded."""
    at = 0
    while True:
        opened = _OPEN.search(text, at)
        if opened is None:
            return
        start = opened.end()
        if not (text[start].isupper() or text[start].isdigit() or text[start] in "„\"“«(") \
                or speech_verb(re.match(r"\w*", text[start:])[0]):
            at = start  # "… uchybień. – podkreślił X": the dash closes, it does not open
            continue
        closing = next((c for c in _CLOSE.finditer(text, start) if speech_verb(c["word"])),
                       None)
        if closing is None:
            return
        words = text[start:closing.start()]
        # A speech of one word ("- Tak - odpowiedział") is no statement; the end stays.
        if len(words.split()) >= 2:
            yield start, closing.start()
        at = closing.end()
