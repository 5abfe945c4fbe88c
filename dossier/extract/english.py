"""What the name rules need to know of English (an English article has no tagger and no
dictionary): a possessive ends a name ("Britain's Europe Director Dominick Chilcott" names
Britain and Dominick Chilcott), an office or a title before a name is its bearer's role and
no part of the name ("Chancellor Gordon Brown", "Mr Grant"), a nationality's adjective
("British", "Russian") names no actor.

The offices and titles are common nouns (data/english.yml); what single words are (a
nationality, a first name, a word English writes in lower case) english_words.py says.
Where a run of capitalised words holds more than one name, or none, is here."""

from __future__ import annotations

from .. import lexicon
from .english_words import (
    HEADS,
    TITLES,
    common_acronym,
    derived_common,
    first_name,
    hyphen_adjective,
    nationality,
    no_first_name,
    no_name_alone,
    often_lower,
    plural_office,
    possessive,
    without_possessive,
    word_lists,
    written_lower,
)
from .tokens import Token
from .world import country_words, lookup


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


def _no_name(tokens: list[Token], i: int, titled: bool) -> bool:
    """A word alone that is no name (no_name_alone), or that English writes in lower case in
    40% of its uses ("Research conducted by", "the Cell processor", "Sound of 2005"): such a
    word alone is a name only after a capitalised "The" inside a sentence ("The Times", "The
    Cure"). After a title every word is one ("Mr Guest")."""
    token = tokens[i]
    if titled:
        return False  # "Mr Guest", "Mr Black": a title names a person whatever the word
    if no_name_alone(token.text):
        return True
    if not often_lower(token.text):
        return False
    prev = tokens[i - 1] if i else None
    return token.sentence_initial or not (prev is not None and prev.text == "The" and
                                          not prev.sentence_initial)


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


def _qualifiers(words: list[str]) -> int:
    """How many words open a name without being part of it: a hyphenated adjective
    ("Paris-based Euronext"), a common noun's acronym ("DJ"), a nationality before a
    person's name: a first name, or two words English never writes in lower case
    ("American Robby Ginepri", "Australian Lynton Crosby", "Frenchman Gilles"; not
    "Scottish National Party")."""
    k = 0
    while k < len(words) - 1 and (hyphen_adjective(words[k]) or common_acronym(words[k])):
        k += 1  # (and "DJ Trevor Nelson": a common noun's acronym, a title)
    rest = words[k + 1:]
    if rest and len(rest) <= 3 and nationality(words[k]) and (
            first_name(rest[0]) or len(rest) == 2 and not any(map(written_lower, rest))):
        k += 1
    return k


# Words that, capitalised inside a run of capitalised words, make it a work's title ("My
# Left Foot", "Room With A View", "Meet The Fockers", "Heaven Help Us All"): a name of a
# person, a body or a place has no pronoun, and English writes its "of" and "the" in lower
# case ("Bank of England").
_PRONOUNS = frozenset("My Your Our His Her Their We You Me Us It They Them".split())
_INNER = frozenset("Of The A An To In On With For At From By Is Are Was".split())


def _after_work_noun(piece: list[int], tokens: list[Token]) -> bool:
    """"the sitcom Extras", "biopic The Aviator", "hit movie Ray": a name right after a noun
    for a work (data/english.yml: work_nouns) is the work's title."""
    k = piece[0] - 1 if piece else -1
    if k >= 0 and tokens[k].text == "The":
        k -= 1
    return k >= 0 and tokens[k].is_word and tokens[k].text.islower() and \
        tokens[k + 1].start - tokens[k].end == 1 and \
        tokens[k].text in lexicon.words("english", "work_nouns")


def _event(words: list[str]) -> bool:
    """"FA Cup", "Grammy Awards", "Heineken Open": an event's or a prize's name, no actor
    (data/english.yml: event_heads)."""
    return len(words) > 1 and without_possessive(words[-1]).lower() in \
        lexicon.words("english", "event_heads")


def _nationality_phrase(words: list[str]) -> bool:
    """"South African", "East Asian", "Latin American": a nationality's adjective after
    words of a place's name or words English writes in lower case, no actor."""
    return len(words) > 1 and nationality(words[-1]) and all(
        w in country_words() or written_lower(w) or lookup(w) is not None for w in words[:-1])


def work_title(words: list[str]) -> bool:
    return len(words) > 1 and (any(w in _PRONOUNS for w in words) or
                               any(w in _INNER for w in words[1:]))


def names_met(piece: list[int], tokens: list[Token]) -> list[list[int]]:
    """The names in a run of capitalised words: the words opening it that are none of the
    name's dropped (_qualifiers), and cut where a person's name follows another name
    ("EADS | Philippe Camus", "Deutsche Bank | Josef Ackermann"): a first name and one or
    two words more after a word that is no first name (no_first_name), or two words
    English never writes in lower case after an acronym of three letters or more ("JP
    Morgan Chase", "BBC World Service" stay whole)."""
    words = [tokens[i].text for i in piece]
    k = _qualifiers(words)
    piece, words = piece[k:], words[k:]
    inner = next((j for j in range(1, len(piece) - 1) if common_acronym(words[j])), None)
    if inner is not None:  # "Radio DJ Trevor Nelson": a common noun ends a name, opens none
        return [p for p in (piece[:inner], piece[inner + 1:]) if p]
    for j in range(1, len(piece) - 1):
        before, rest = words[j - 1], words[j:]
        if len(rest) > 3 or not all(w[:1].isupper() for w in words[j - 1:]) or \
                before.lower() in word_lists(*TITLES) or first_name(before):
            continue
        person = first_name(rest[0]) and no_first_name(before)
        after_acronym = before.isupper() and len(before) >= 3 and len(rest) == 2 and \
            not any(map(written_lower, rest))
        if person or after_acronym:
            return [piece[:j], piece[j:]]
    return [piece]


# (Not a plural's "s": "Lions", "Spurs", "Rangers" are teams' names.)
def english_opens_no_name(token: Token, lower_in_article: bool, nxt: str | None) -> bool:
    """Whether a sentence's first word opens no name: a word English writes in lower case
    (this article does, or the BBC corpus but at a sentence's start: data/english_common.yml;
    not one it capitalises often too, "Air France", "Rich Templeton"), or one made of such
    a word by a suffix (derived_common), no first name, and not before a body's or a
    place's noun ("Police Federation chairman", "Western Isles") or opening a place's name
    ("New York"). (Read by English statistics, not by the Polish dictionary: "Tony" is no
    Polish tons here.)"""
    word = token.text
    heads = word_lists(*HEADS)
    if nxt is not None and (without_possessive(nxt).lower() in heads or
                            lookup(f"{word} {without_possessive(nxt)}") is not None):
        return False  # (and "New York electro-rock group": a place's name)
    return token.sentence_initial and not first_name(word) and (
        lower_in_article or word.lower() in lexicon.words("english_common", "words") or
        derived_common(word))


# The cue of a name after "the" (english_cue): no person's, whatever else it is.
NO_PERSON = "no person"


def english_cue(tokens: list[Token], first: int, last: int) -> str | None:
    """"organization" for a name before an office or a body's noun in lower case ("Tory
    leader", "Labour candidate", "Tory MPs": the office is held in a body); NO_PERSON after
    "the" ("the Tories", "the Dome", "the Brixton riots": a person's name takes no
    article); "person" after a title ("Mr Templeton")."""
    prev = tokens[first - 1] if first >= 1 else None
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if nxt is not None and nxt.is_word and (plural_office(nxt.text) or nxt.text.islower() and (
            nxt.text in lexicon.words("english", "offices") or
            nxt.text in lexicon.words("english", "bodies"))):
        return "organization"
    if prev is not None and prev.is_word and prev.text.lower() == "the":
        return NO_PERSON
    if prev is not None and prev.is_word and prev.text.lower() in lexicon.words("english",
                                                                                 "titles"):
        return "person"  # "Mr Templeton", "Dr Fox"
    return None


def english_parts(parts: list[list[int]], tokens: list[Token], alone: frozenset = frozenset()
                  ) -> list[list[int]]:
    """The names an English run's parts hold: split at possessives, offices taken off,
    words before a name that are none of it dropped and names that meet cut (names_met),
    two names side by side cut (_two_names), a word that is no name alone dropped."""
    out = []
    for part in parts:
        for piece in split_possessives(part, tokens):
            stripped = strip_office(piece, tokens)
            before = tokens[piece[0] - 1].text.lower() if piece[0] else ""
            titled = stripped != piece or before in lexicon.words("english", "titles")
            piece = stripped
            if len(piece) > 1 and plural_office(tokens[piece[-1]].text):
                piece = piece[:-1]  # "Tory MPs": the party's name before its members
            if work_title([tokens[i].text for i in piece]) and \
                    not tokens[piece[0]].sentence_initial:
                continue
            words = [tokens[i].text for i in piece]
            if _nationality_phrase(words) or _event(words) or _after_work_noun(piece, tokens):
                continue
            if len(piece) > 1 and common_acronym(words[-1]):
                piece = piece[:-1]  # "Sony DVD", "Cayenne SUV": a name before a common noun
            for met in names_met(piece, tokens):
                for name in _two_names(met, tokens, alone):
                    if name and not (len(name) == 1 and _no_name(tokens, name[0], titled)):
                        out.append(name)
    return out
