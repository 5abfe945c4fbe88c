"""From mentions to the groups they make before any rule merges them: each mention under
its canonical name (lemmas.py), with the votes it casts for its kind (kinds.py).

A canonical name depends on the mention's own words and on the dossier-wide name context:
the nominatives of the words the dictionary does not know (unknown.py) and the words the
dossier's names attest. ``canonical`` records what a name read of that context, so that the
next link reuses the name while those reads come out the same (``Canon.holds``); each
article's placed mentions are reused while its mentions and their names are the same."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from collections import Counter
from dataclasses import dataclass

from .. import lexicon
from ..extract.mentions import (RawMention, demonym_country, nationality_country,
                               nationality_word)
from ..extract.morph import analyse, inflect
from ..extract.words import place_only
from .kinds import kind_votes, looks_like_person
from ..extract.english import NO_PERSON
from .english import english_kind
from .lemmas import genitive, phrase_lemma, word_lemma
from .names import is_acronym


class _Unknown:
    """The unknown words' nominatives, as a lemma reads them: every read is logged."""

    def __init__(self, table: dict[str, str], log: list):
        self.table, self.log = table, log

    def get(self, word: str, default=None):
        value = self.table.get(word)
        self.log.append(("u", word, value))
        return default if value is None else value

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __getitem__(self, word: str) -> str:
        value = self.get(word)
        if value is None:
            raise KeyError(word)
        return value


class _Attested:
    """The words the dossier's names attest, as a lemma reads them: every read is logged."""

    def __init__(self, words: frozenset, log: list):
        self.words, self.log = words, log

    def __contains__(self, word: str) -> bool:
        found = word in self.words
        self.log.append(("a", word, found))
        return found


@dataclass(frozen=True)
class Canon:
    """A name's canonical form, and what it read of the name context to get it."""

    name: str
    person_shaped: bool
    country: bool  # a nationality's word: its country (a place)
    reads: tuple  # ("u", word, nominative or None) and ("a", word, attested or not)
    kind: str | None = None  # the kind the world's names give it (extract/world.py)
    written: bool = False  # a name as written (AS_WRITTEN): no Polish endings read into it

    def holds(self, unknown: dict[str, str], attested: frozenset) -> bool:
        """Whether this name comes out the same in another name context."""
        return all((unknown.get(w) == v) if kind == "u" else ((w in attested) == v)
                   for kind, w, v in self.reads)


@functools.cache
def _media_names() -> dict[str, str]:
    return {n.lower(): n for n in lexicon.load("entities")["media"]}


def _spelled_out(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A two-word name's abbreviated adjective written out in its noun's case ("Wlk.
    Brytanii" -> Wielkiej Brytanii, "Irlandii Płn." -> Irlandii Północnej), so that it is
    lemmatised, and named, as the name written in full."""
    if len(tokens) != 2:
        return tokens
    table = lexicon.load("entities")["name_abbreviations"]
    for i in (0, 1):
        adjective = table.get(tokens[i].rstrip(".").lower())
        if adjective is None or not tokens[i][:1].isupper():
            continue
        if len(tokens[i]) == 1 and (i != 0 or not place_only(tokens[1])):
            continue  # "W. Brytanii" is Wielka Brytania, "W. Kowalski" a man's initial
        for noun in analyse(tokens[1 - i]):
            parts = noun.tag.split(":")
            if noun.pos != "subst" or len(parts) < 4:
                continue
            form = inflect(adjective, "adj", parts[1].split(".")[0], parts[2].split(".")[0],
                           parts[3].split(".")[0])
            if form:
                out = list(tokens)
                out[i] = form.capitalize()
                return tuple(out)
    return tokens


def _initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _with_initials(tokens: tuple[str, ...], unknown: dict[str, str], attested: frozenset
                   ) -> Canon | None:
    """A person's name with initials ("K. Ulatowskiego", "Jana W. Kowalskiego"): the
    other words lemmatised as the name they make, each initial kept with its full stop
    (the mention's words leave the stop out), so "Jan W. Kowalski" is one name whatever
    case the text put it in."""
    if len(tokens) < 2 or not any(map(_initial, tokens[:-1])) or _initial(tokens[-1]):
        return None
    rest = tuple(w for w in tokens if not _initial(w))
    canon = canonical(rest, unknown, attested)
    if len(rest) == 1 and not canon.country:
        # An initial before one word makes it a surname (J. Kowalskiego: Kowalski).
        log: list = []
        name = word_lemma(rest[0], _Unknown(unknown, log), _Attested(attested, log),
                          prefer="nazwisko")
        canon = dataclasses.replace(canon, name=name, reads=canon.reads + tuple(log))
    words = canon.name.split()
    if len(words) != len(rest):
        return None
    it = iter(words)
    name = " ".join(w + "." if _initial(w) else next(it) for w in tokens)
    return dataclasses.replace(canon, name=name, person_shaped=True, country=False)


_GLUED_INITIAL = re.compile(r"^([A-ZĄĆĘŁŃÓŚŹŻ])\.([A-ZĄĆĘŁŃÓŚŹŻ]\w+)$")


def _initial_apart(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """An initial written without a space ("W.Brytania", "J.Kowalski") as two words, as
    "W. Brytania" is read: when the word after it is a name to the dictionary (not "E.On",
    a company's name of its own)."""
    out: list[str] = []
    for w in tokens:
        m = _GLUED_INITIAL.match(w)
        apart = m is not None and not m.group(2).isupper() and any(
            a.proper for a in analyse(m.group(2)))
        out.extend(m.groups() if apart else (w,))
    return tuple(out)


def canonical(tokens: tuple[str, ...], unknown: dict[str, str], attested: frozenset) -> Canon:
    """The canonical name of a mention's words in this name context."""
    tokens = _spelled_out(_initial_apart(tokens))
    initialled = _with_initials(tokens, unknown, attested)
    if initialled is not None:
        return initialled
    log: list = []
    u, a = _Unknown(unknown, log), _Attested(attested, log)
    person_shaped = looks_like_person(tokens)
    # "polskiego rządu": the tagger's place, a nationality's adjective, is its country.
    country = (demonym_country(tokens[0]) or nationality_word(tokens[0])) \
        if len(tokens) == 1 else None
    if country:
        name = country  # "Amerykanie" speaks of the United States
    elif len(tokens) == 2 and is_acronym(tokens[1]) and \
            nationality_country(tokens[0]) and genitive(nationality_country(tokens[0])):
        # "Rosyjskie MSZ" is MSZ Rosji, the name under which the rest of the news knows it.
        name = f"{tokens[1]} {genitive(nationality_country(tokens[0]))}"
    elif len(tokens) == 1:
        name = word_lemma(tokens[0], u, a)
    else:
        name = phrase_lemma(tokens, u, person_shaped, a)
    name = _media_names().get(name.lower(), name)
    return Canon(name, person_shaped, bool(country), tuple(dict.fromkeys(log)))


# Languages whose names stand as written: no case endings to take off (Polish
# declension read into English made "Wales" Walesy and "Prince" Princ).
AS_WRITTEN = ("en",)
_POSSESSIVE = ("'s", "’s", "'", "’")


# The weight of a kind the world's names give (extract/world.py): more than an English
# name's other votes can add up to (London is also a surname to the Polish dictionary).
WORLD_VOTE = 10
# The weight of an English name's cue around it (extract/english.py: english_cue): more
# than its shape and a Polish reading of its word give together (3 each).
ENGLISH_CUE_VOTE = 6


def canonical_as_written(tokens: tuple[str, ...]) -> Canon:
    """The canonical name of a mention of an English article: its words, less a possessive
    ("Blair's" is Blair), of the kind the world's names give it (english_kind)."""
    words = list(tokens)
    for ending in _POSSESSIVE:
        if words[-1].endswith(ending) and len(words[-1]) > len(ending) + 1:
            words[-1] = words[-1][: -len(ending)]
            break
    name = " ".join(words)
    name = _media_names().get(name.lower(), name)
    kind, person_shaped = english_kind(tuple(words))
    return Canon(name, person_shaped, False, (), kind, written=True)


@functools.lru_cache(maxsize=10_000)
def _nominative_role(word: str) -> bool:
    """A role noun that can only be in the nominative: "prezes", "szef" (not "prezesa")."""
    entities = lexicon.load("entities")
    roles = lexicon.words("entities", "role_nouns") | set(entities["kind_cues"]["person"])
    readings = [a for a in analyse(word) if a.pos == "subst" and a.lemma.lower() in roles]
    # The masculine reading decides: the feminine "(pani) prezes" does not inflect at all.
    readings = [a for a in readings if a.tag.endswith(":m1")] or readings
    return bool(readings) and all(a.tag.split(":")[2] == "nom" for a in readings)


def _complement_of_role(m: RawMention, name: str) -> bool:
    """"prezes Ryanaira", "szef Kancelarii": a role noun in the nominative before a name in
    another case. A role and the person holding it agree in case (prezes Jan Kowalski,
    prezesa Jana Kowalskiego); here the name says what the role is of, and is no person."""
    return bool(m.prev_word) and _nominative_role(m.prev_word) and " ".join(m.tokens) != name


@dataclass(frozen=True)
class Placed:
    """One mention as it joins its group: under its name, with its votes."""

    name: str
    mention: RawMention
    votes: tuple  # (kind, votes) pairs
    media: bool


def place(m: RawMention, canon: Canon) -> Placed:
    if (m.role or m.kind_cue == "person") and _complement_of_role(m, canon.name):
        m = dataclasses.replace(m, role=None, kind_cue=None)
    no_person = m.kind_cue == NO_PERSON
    if no_person:
        m = dataclasses.replace(m, kind_cue=None)
    votes = Counter(kind_votes(m, canon.name, canon.person_shaped, not canon.written))
    if no_person:
        # "the Tories", "the Brixton riots": a person's name takes no article; what the name
        # is instead, its other votes say.
        votes.pop("person", None)
    if canon.country:
        votes["place"] += 3
    if canon.kind:
        votes[canon.kind] += WORLD_VOTE
    if canon.written and m.kind_cue and not m.role:
        # An English name has no dictionary's reading of its own (a Polish reading of an
        # English word, "Tory", is a guess): the words around it say more.
        votes[m.kind_cue] += ENGLISH_CUE_VOTE
    media = bool(m.media_cue) or canon.name.lower() in _media_names()
    return Placed(canon.name, m, tuple(sorted(votes.items())), media)


def digest(placed: list[Placed]) -> str:
    """A digest of what some placed mentions bring their group."""
    return hashlib.blake2b(repr(placed).encode(), digest_size=12).hexdigest()
