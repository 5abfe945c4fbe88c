"""What the name rules need to know of English (an English article has no tagger and no
dictionary): a possessive ends a name ("Britain's Europe Director Dominick Chilcott" names
Britain and Dominick Chilcott), an office or a title before a name is its bearer's role and
no part of the name ("Chancellor Gordon Brown", "Mr Grant"), a nationality's adjective
("British", "Russian") names no actor.

The offices and titles are common nouns (data/english.yml); the nationalities are made of
the languages' names ISO 639 gives (pycountry: French, Dutch, Welsh) and of the countries'
names (Britain: British, Kenya: Kenyan), less the words English writes in lower case too
(data/english_common.yml: "church", "modern")."""

from __future__ import annotations

import functools

import pycountry
from babel import Locale

from .. import lexicon
from .tokens import Token
from .world import country_words, lookup

_POSSESSIVE = ("'s", "’s", "'", "’")
_ADJECTIVE_ENDINGS = ("sh", "ese", "ian", "an", "i", "ch", "ss", "ek", "ic")
# How English makes a nationality of a country's name: Kenya-n, Iraq-i, Brit-ish, Brit-on.
_STEM_ENDINGS = ("ish", "ese", "ian", "an", "i", "ic", "on")


def possessive(word: str) -> bool:
    return any(word.endswith(e) and len(word) > len(e) + 1 for e in _POSSESSIVE)


def without_possessive(word: str) -> str:
    """"Minister's" -> Minister; a word without one as it is."""
    for ending in _POSSESSIVE:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word


def _office(word: str, after_office: bool) -> bool:
    w = without_possessive(word).lower()  # "Prime Minister's Questions"
    if w in lexicon.words("english", "only_after_office"):
        return after_office
    return w in lexicon.words("english", "offices") or w in lexicon.words("english", "titles")


def split_possessives(part: list[int], tokens: list[Token]) -> list[list[int]]:
    """The names a run holds between its possessives: a name ends at its possessive."""
    out, current = [], []
    for i in part:
        current.append(i)
        if possessive(tokens[i].text):
            out.append(current)
            current = []
    return out + ([current] if current else [])


def strip_office(part: list[int], tokens: list[Token]) -> list[int]:
    """The name after the office or title that opens ``part`` ("Shadow Education Secretary
    Tim Collins" -> Tim Collins); [] when the part is an office alone ("Prime Minister"). A
    part whose words after the office start with "of" or "for" is a body's name or the
    office's own ("Secretary of State"), kept whole. A peer's title goes when a full name
    follows ("Lord Conrad Black"), not before a name of one word ("Lord Butler")."""
    last, after_office = None, False
    for pos, i in enumerate(part):
        if _office(tokens[i].text, after_office):
            last, after_office = pos, True
        else:
            after_office = False
    if last is None:
        peer = tokens[part[0]].text.lower() in lexicon.words("english", "peers")
        return part[1:] if peer and len(part) >= 3 else part
    rest = part[last + 1:]
    if rest and tokens[rest[0]].text.lower() in ("of", "for", "and", "the"):
        return part
    return rest


@functools.cache
def _languages() -> frozenset[str]:
    """The first words of the ISO 639-1 languages' English names that read as adjectives
    (French, Dutch, Welsh, Scottish of Scottish Gaelic), less common words (Church, Modern)."""
    common = lexicon.words("english_common", "words")
    words = {language.name.split(";")[0].split()[0].split(",")[0]
             for language in pycountry.languages if hasattr(language, "alpha_2")}
    return frozenset(w for w in words if w.lower() not in common and
                     w.endswith(_ADJECTIVE_ENDINGS))


@functools.cache
def _countries() -> dict[str, tuple[str, ...]]:
    """The countries' and continents' name words (not the common ones: "East" of East
    Timor), by their first four letters."""
    lower = lexicon.words("english_common", "words") | \
        lexicon.words("english_common", "often_lower")
    out: dict[str, list[str]] = {}
    for w in sorted(country_words()):
        if w.lower() not in lower:
            out.setdefault(w[:4], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _made_of_country(word: str) -> bool:
    """Kenya-n, Iraq-i, Brit(ain)-ish, Ukrain(e)-ian: a nationality's ending after most of
    a country's name, at most three letters past what the two share ("Greenspan" is no
    Greek's, "Christian" no Christmas Islander's)."""
    if len(word) < 5 or not word.endswith(_STEM_ENDINGS):
        return False
    for country in _countries().get(word[:4], ()):
        shared = next((k for k in range(min(len(word), len(country)), 0, -1)
                       if word[:k] == country[:k]), 0)
        if len(word) - shared <= 3:
            return True
    return False


def nationality(word: str) -> bool:
    """British, Russian, Kenyan, Britons, Iraqis: a nationality's adjective or its people,
    no actor (a country's name itself is one)."""
    if lookup(word) is not None or len(word) < 4:
        return False
    for w in (word, word[:-1] if word.endswith("s") else None):
        if w and (w in _languages() or _made_of_country(w)):
            return True
    return False


_CONTRACTIONS = ("'m", "'re", "'ve", "'ll", "'d", "’m", "’re", "’ve", "’ll", "’d", "n't", "n’t")


@functools.cache
def _calendar() -> frozenset[str]:
    """The days' and months' English names (CLDR): "Wednesday", "July"."""
    en = Locale("en")
    return frozenset(list(en.days["format"]["wide"].values()) +
                     list(en.months["format"]["wide"].values()))


def plural_office(word: str) -> bool:
    """"MPs", "Ministers": an office's plural, a common noun that names no one ("Tory MPs"
    is the party's, "MPs" alone nobody's)."""
    return len(word) > 2 and word.endswith("s") and (
        word[:-1].lower() in lexicon.words("english", "offices"))


def no_name_alone(word: str) -> bool:
    """A word that names no actor standing alone: "I'm", "We're"; an adjective made with a
    hyphen ("Russian-led", "UK-based", "Oscar-nominated"); a day or a month; a word
    English capitalises only at a sentence's start (data/english_common.yml), which capital
    mid-sentence is a piece of a longer name or a title cut off ("Research" of the Economic
    and Social Research Council, "Trade" of the Trade Secretary); a nationality; a title
    ("Lord", "Sir")."""
    word = without_possessive(word)  # "Wednesday's cuts"
    lower = word.lower()
    return word.endswith(_CONTRACTIONS) or word.rsplit("-", 1)[-1].islower() or word in _calendar() or \
        lower in lexicon.words("english_common", "words") or nationality(word) or \
        lower in lexicon.words("english", "peers") or lower in lexicon.words("english", "titles") \
        or plural_office(word)


def _no_name(token: Token) -> bool:
    """A word alone that is no name (no_name_alone), or that opens a sentence and that
    English writes in lower case in 40% of its uses ("Research conducted by", "Please")."""
    return no_name_alone(token.text) or (
        token.sentence_initial and token.text.lower() in lexicon.words("english_common",
                                                                         "often_lower"))


def _two_names(piece: list[int], tokens: list[Token], alone: frozenset) -> list[list[int]]:
    """"With Labour Britain is working": two names side by side, a country last, when the
    article names each by itself elsewhere ("Air France" stays: "Air" is no name alone)."""
    if len(piece) != 2:
        return [piece]
    first, last = (tokens[i].text for i in piece)
    place = lookup(last)
    country = (place is not None and place.kind == "place") or last in country_words()
    if country and first in alone and last in alone and lookup(f"{first} {last}") is None:
        return [piece[:1], piece[1:]]
    return [piece]


# The cue of a name after "the" (english_cue): no person's, whatever else it is.
NO_PERSON = "no person"


def english_cue(tokens: list[Token], first: int, last: int) -> str | None:
    """"organization" for a name before an office or a body's noun in lower case ("Tory
    leader", "Labour candidate", "Tory MPs": the office is held in a body); NO_PERSON after
    "the" ("the Tories", "the Dome", "the Brixton riots": a person's name takes no
    article)."""
    prev = tokens[first - 1] if first >= 1 else None
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if nxt is not None and nxt.is_word and (plural_office(nxt.text) or nxt.text.islower() and (
            nxt.text in lexicon.words("english", "offices") or
            nxt.text in lexicon.words("english", "bodies"))):
        return "organization"
    if prev is not None and prev.is_word and prev.text.lower() == "the":
        return NO_PERSON
    return None


def english_parts(parts: list[list[int]], tokens: list[Token], alone: frozenset = frozenset()
                  ) -> list[list[int]]:
    """The names an English run's parts hold: split at possessives, offices taken off,
    two names side by side cut (_two_names), a word that is no name alone dropped."""
    out = []
    for part in parts:
        for piece in split_possessives(part, tokens):
            piece = strip_office(piece, tokens)
            if len(piece) > 1 and plural_office(tokens[piece[-1]].text):
                piece = piece[:-1]  # "Tory MPs": the party's name before its members
            for name in _two_names(piece, tokens, alone):
                if name and not (len(name) == 1 and _no_name(tokens[name[0]])):
                    out.append(name)
    return out
