"""The kind of a name in an English article, where no dictionary reads its words: a place or
a body the world's names know (extract/world.py: Paris, Wales, the United Nations), else
whether it is shaped like a person's name. Two capitalised words are a person's only when
the first is a first name the dictionary knows or neither is a common English word
(data/english_common.yml): "Gordon Brown" and "Sarah Lindqvist" are; "Black Sea", "Federal
Reserve", "Barclays Capital", "Labour Britain" are not; "Black Sea" and "Downing Street" are a place's names
(by their last word: data/english.yml)."""

from __future__ import annotations

import functools

import unicodedata

from .. import lexicon
from ..extract.english_words import first_name
from ..extract.world import country_words, lookup
from .kinds import looks_like_person


def _country(word: str) -> bool:
    """A country's name or a word of one ("Labour Britain" is no person, "Michael Jordan"
    is: his first name says so)."""
    place = lookup(word)
    return any(i.startswith("iso:") for i in place.ids) if place else word in country_words()


def _initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[:1].isupper()


def _world(name: str):
    """The world's names know the name as written, or without its accents (pycountry writes
    "Rājasthān", English "Rajasthan")."""
    place = lookup(name)
    if place is None:
        folded = "".join(c for c in unicodedata.normalize("NFKD", name)
                         if not unicodedata.combining(c))
        place = _folded().get(folded) if folded == name else None
    return place


@functools.cache
def _folded() -> dict:
    from ..extract.world import world

    out = {}
    for name, place in sorted(world().names.items()):
        folded = "".join(c for c in unicodedata.normalize("NFKD", name)
                         if not unicodedata.combining(c))
        if folded != name:
            out.setdefault(folded, place)
    return out


@functools.lru_cache(maxsize=50_000)
def english_kind(words: tuple[str, ...]) -> tuple[str | None, bool]:
    """(the kind the world's names give, whether the words are shaped like a person's
    name). A name of several words ending in a body's noun is a body's ("Police
    Federation", "Frankfurt Stock Exchange", "New York Philharmonic": data/english.yml);
    initials before a surname are a person's ("B Cohen", "Samuel L Jackson")."""
    place = _world(" ".join(words))
    if place is not None:
        return place.kind, False
    if len(words) >= 2 and words[-1].lower() in lexicon.words("english", "place_heads"):
        return "place", False
    if len(words) >= 2 and (words[-1].lower() in lexicon.words("english", "body_heads") or
                            words[0].lower() in lexicon.words("english", "body_heads") and
                            words[1] in ("of", "for")):
        return "organization", False
    if len(words) >= 2 and _initial(words[0]) and not _initial(words[-1]) and \
            all(w[:1].isupper() for w in words):
        return "person", True
    person = looks_like_person(words) or (len(words) in (2, 3) and first_name(words[0]))
    if person:
        # (A first name may be a word English also writes in lower case: Mark, Bill, Grant;
        # only a word never capitalised but at a sentence start rules it out.)
        person = first_name(words[0]) or not (
            words[0].lower() in lexicon.words("english_common", "words") or
            words[-1].lower() in lexicon.words("english_common", "often_lower") or
            words[-1].lower() in lexicon.words("english_common", "words") or
            _country(words[-1]))
    # (Another name of several words is no person's, but what it is the votes say: a
    # guess here would outweigh them, and "Theresa May" ends in a common word.)
    return None, person
