"""Tokens with offsets, and where sentences start: what the name finder stands on."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon

_TOKEN = re.compile(r"\w+(?:[-‑'’.]\w+)*|[^\w\s]", re.UNICODE)
_SENTENCE_END = {".", "!", "?", "…", ":"}
# Quotes, brackets and dashes neither end nor continue a sentence: a capital after
# `naprawdę?” Kobieta` or `. „Wypuszczą` still opens one.
_NEUTRAL = set("\"„«“”»'‘’()[]–—-")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    sentence_initial: bool

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum() or self.text[:1] == "_"

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def acronym(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


def _initial(word: str) -> bool:
    """A capital letter alone, an initial ("Jan W. Kowalski", "K. Ulatowskiego", "W.
    Brytanii"): its full stop ends no sentence (a sentence ending in a letter, "plan B.",
    is rarer than a name with an initial)."""
    return len(word) == 1 and word.isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word and punctuation tokens of ``text``; offsets are shifted by ``offset`` (the block's
    start in the article body). A word is sentence-initial at the start of the text or after a
    sentence end (skipping opening quotes and brackets), except after an abbreviation."""
    abbreviations = lexicon.words("entities", "abbreviations")
    tokens: list[Token] = []
    initial = True
    prev_word = ""
    for m in _TOKEN.finditer(text):
        word = m.group()
        if word[:1].isalnum():
            tokens.append(Token(word, m.start() + offset, m.end() + offset, initial))
            initial = False
            prev_word = word
        else:
            tokens.append(Token(word, m.start() + offset, m.end() + offset, False))
            if word in _SENTENCE_END:
                if word == "." and (prev_word.lower() in abbreviations or _initial(prev_word)):
                    continue
                initial = True
            elif word not in _NEUTRAL:
                initial = False
    return tokens


def initial_dot(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is the full stop of an initial ("W." of "Jan W. Kowalski")
    with a word one space after it."""
    return (tokens[j].text == "." and j >= 1 and j + 1 < len(tokens) and
            _initial(tokens[j - 1].text) and tokens[j - 1].end == tokens[j].start and
            tokens[j + 1].is_word and tokens[j + 1].start - tokens[j].end == 1)


_NAME_NUMBER = re.compile(r"^(?:[1-9]|[IVX]{1,4})$")


def number_after(tokens: list[Token], last: int) -> bool:
    """Whether the token after ``tokens[last]`` is a number that ends the name before it
    ("Nord Stream 2", "Maastricht II"): one digit or a Roman numeral, one space after the
    name, and no month after it ("Londyn 2 maja" is a date)."""
    k = last + 1
    if k >= len(tokens) or not _NAME_NUMBER.match(tokens[k].text) or \
            tokens[k].start - tokens[last].end != 1:
        return False
    after = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
    return after not in lexicon.load("dates")["months"] and not after.isdigit()


_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"”»]?\s+(?=[\"„«(]?[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁ0-9])")


def sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    """The (start, end) of the sentence of ``text`` that contains ``offset``."""
    abbreviations = lexicon.words("entities", "abbreviations")
    start, end = 0, len(text)
    for m in _SENTENCE_BREAK.finditer(text):
        before = text[:m.start()].rstrip("\"”».!?…").rsplit(None, 1)
        if before and before[-1].lower().lstrip("(") in abbreviations:
            continue  # "(ros. ODKB)": an abbreviation, not a sentence end
        if m.end() <= offset:
            start = m.end()
        elif m.start() >= offset:
            end = m.start()
            break
    return start, end
