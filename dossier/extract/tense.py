"""Which way a date expression points, read from the verb nearest it in its clause.

"W piątek premier poleci do Brukseli" is the coming Friday, "w piątek poleciał" the one
before: a weekday (or "next week") is resolved forwards or backwards by the tense of its
clause. In Polish the tense comes from Morfeusz's tags: ``praet`` and the impersonal ``imps``
("podjęto") are past, ``bedzie`` ("będzie") and the non-past ``fin`` of a perfective verb
("poleci", "zostanie") are future, ``fin`` of an imperfective verb ("leci", "trwają") is the
present, which news uses for what is scheduled ("w piątek premier leci"). English has no
dictionary here: its auxiliaries (will, shall, is going to) and past forms tell. A word
right before the expression that names the direction ("w przyszły piątek", "last Tuesday")
wins over any verb."""

from __future__ import annotations

import functools
import re

from .morph import analyse

PAST, PRESENT, FUTURE = "past", "present", "future"
# A direction named before the weekday ("w przyszły poniedziałek", "last Monday"): unlike a
# tense, it excludes the article's own day.
NEXT, LAST = "next", "last"

_WORD = re.compile(r"\w+(?:['’]\w+)?", re.UNICODE)
# A clause ends at these: in "poinformował w środę, że wysłane zostaną" the Wednesday
# belongs to "poinformował", not to "zostaną".
_CLAUSE_BREAK = re.compile(r"[,;:.!?()„”\"«»–—]|\s-\s")
_WINDOW = 80

_DIRECTION_BEFORE = {
    **dict.fromkeys(("next", "coming", "przyszły", "przyszłą", "przyszłe", "najbliższy",
                     "najbliższą", "najbliższe", "następny", "następną", "nadchodzący",
                     "nadchodzącą"), NEXT),
    **dict.fromkeys(("last", "past", "previous", "zeszły", "zeszłą", "zeszłe", "ubiegły",
                     "ubiegłą", "ubiegłe", "poprzedni", "poprzednią", "miniony", "minioną"),
                    LAST),
}
# "said he would go", "planned to leave on Thursday", "has scheduled a news conference
# Thursday": what was ahead when it was said is ahead of the article too.
_EN_FUTURE = {"will", "shall", "'ll", "’ll", "wo", "would", "scheduled"}
# These point ahead only before "to": "planned to leave", not "as planned".
_EN_FUTURE_BEFORE_TO = {"plan", "plans", "planned", "planning", "expected", "expects", "due",
                        "intends", "intended", "aims", "hopes", "hoped", "set", "going"}
# Words right before a weekday that put it ahead: "as early as Tuesday".
_EN_AHEAD = ("as soon as", "as early as")
_EN_PRESENT = {"is", "are", "am"}
_EN_PAST = {"was", "were", "had", "did", "said", "told", "met", "held", "went", "came", "took",
            "gave", "made", "began", "spoke", "wrote", "left", "flew", "saw", "won", "lost",
            "fell", "rose", "sent", "struck", "found", "became", "brought", "kept", "led",
            "ran", "set", "put", "cut", "hit", "paid", "sold", "bought", "thought", "felt",
            "fought", "chose", "drew", "broke", "spent", "built", "meant", "stood", "heard"}
_EN_NOT_PAST = {"need", "seed", "speed", "breed", "feed", "bed", "red", "shed", "hundred"}


@functools.lru_cache(maxsize=100_000)
def polish_tense(word: str) -> str | None:
    """The tense one Polish word form carries, or None (not a finite verb, or a modal such
    as "może" that also reads as a particle)."""
    analyses = analyse(word.lower())
    if any(a.pos in ("part", "interj", "conj", "comp") for a in analyses):
        return None
    for a in analyses:
        if a.pos in ("praet", "imps"):
            return PAST
        if a.pos == "bedzie":
            return FUTURE
        if a.pos == "fin":
            return FUTURE if ":perf" in a.tag else PRESENT
    return None


def english_tense(words: list[str], i: int) -> str | None:
    """The tense word ``i`` of an English clause marks (with the word after it, for "is
    going to" and "is meeting")."""
    word = words[i].lower()
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    if word in _EN_FUTURE or (word in _EN_FUTURE_BEFORE_TO and after == "to"):
        return FUTURE
    if word in _EN_PRESENT:
        if after in ("going", "due", "expected", "scheduled", "set", "to"):
            return FUTURE
        return PRESENT if after.endswith("ing") else None
    if word in _EN_PAST or (word.endswith("ed") and len(word) > 4
                            and word not in _EN_NOT_PAST):
        return PAST
    return None


def tense_at(text: str, start: int, end: int, language: str = "pl") -> str | None:
    """The tense of the clause around ``text[start:end]`` (a date expression): the direction
    word right before it, else the tense of the nearest verb in the clause, else None."""
    left = _CLAUSE_BREAK.split(text[max(0, start - _WINDOW):start])[-1]
    right = _CLAUSE_BREAK.split(text[end:end + _WINDOW])[0]
    before = _WORD.findall(left)
    cue_words = _WORD.findall(text[start:end])
    for word in (before[-1:] + cue_words[:1]):
        if word.lower() in _DIRECTION_BEFORE:
            return _DIRECTION_BEFORE[word.lower()]
    if language == "en":
        if re.match(r"['’]s\b", text[end:end + 3]):
            return PAST  # "Wednesday's ruling": a day spoken of as done
        near = " " + " ".join(w.lower() for w in before[-3:])
        if any(near.endswith(" " + phrase) for phrase in _EN_AHEAD):
            return FUTURE
    after = _WORD.findall(right)
    # Nearest first: the words after and before the expression, interleaved by distance.
    order = []
    for k in range(max(len(before), len(after))):
        if k < len(after):
            order.append((after, k))
        if k < len(before):
            order.append((before, len(before) - 1 - k))
    return next((t for t in (english_tense(words, i) if language == "en"
                             else polish_tense(words[i]) for words, i in order)
                 if t is not None), None)
