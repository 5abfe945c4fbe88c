"""Names glued together in one capitalised run, and where to cut them: "Rady Europejskiej |
Donald Tusk", "Kazachstanu | Kasym-Żomart Tokajew", "Według Johnsona | Hammond". The
grammar of Polish names decides: a first name and the words before it must share number and
case to be one person's name, a surname in an oblique case is not followed by one in
another."""

from __future__ import annotations

import re

from .. import lexicon
from .morph import analyse
from .tokens import Token
from .words import (NOUN_POS, agree, geo_genitive, head_kind, is_common_word, is_first_name,
                    is_surname, lemmas, noun_cases)


def _name_readings(word: str, surnames: bool) -> list[tuple[set, set, set]]:
    """The (numbers, cases, genders) of the word's readings as a first name (or surname)."""
    out = []
    for a in analyse(word):
        if "imię" in a.qualifiers or (surnames and "nazwisko" in a.qualifiers):
            parts = a.tag.split(":")
            if len(parts) > 2:
                out.append((set(parts[1].split(".")), set(parts[2].split(".")),
                            set(parts[3].split(".")) if len(parts) > 3 else set()))
    return out


def _agrees_as_name(before: str, first_name: str, surnames: bool) -> bool:
    return any(n1 & n2 and c1 & c2 for n1, c1, _ in _name_readings(before, surnames)
               for n2, c2, _ in _name_readings(first_name, True))


def _may_share_case_and_gender(before: str, word: str) -> bool:
    """Whether two words can be one person's name in one case and gender (Putina, a man's
    genitive, and Krym, a woman's surname in any case, cannot)."""
    return any(c1 & c2 and g1 & g2 for _, c1, g1 in _name_readings(before, True)
               for _, c2, g2 in _name_readings(word, True))


# Endings a man's name takes only in oblique cases (adjectival -ego, -emu; -owi; -em).
_OBLIQUE_ENDINGS = (("ego", {"gen", "acc"}), ("emu", {"dat"}), ("owi", {"dat"}),
                    ("em", {"inst"}))
# Consonant-final endings of oblique cases: a word ending in one may be declined.
_CASE_ENDINGS = ("em", "om", "ów", "ach", "ami")


def _oblique_cases(word: str) -> set[str]:
    """The cases an unknown word's ending allows, if it allows no nominative (Wyliego)."""
    lower = word.lower()
    return next((set(cases) for ending, cases in _OBLIQUE_ENDINGS
                 if lower.endswith(ending) and len(lower) > len(ending) + 2), set())


def _mans_oblique_cases(word: str) -> set[str]:
    """The cases a word stands in if it can only be a man's name in an oblique case: by the
    dictionary (Johnsona: genitive or accusative), or for an unknown word by its ending."""
    readings = analyse(word)
    if not readings:
        return _oblique_cases(word)
    names = _name_readings(word, True)
    if len(names) != len(readings) or any(g != {"m1"} or "nom" in c for _, c, g in names):
        return set()
    return set().union(*(c for _, c, _ in names))


def _starts_new_name(word: str, current: list[str], rest: list[str], institution: bool) -> bool:
    """Whether ``word`` begins a second name glued to the one in ``current``.

    "Rady Europejskiej | Donald Tusk", "Federacji Rosyjskiej | Władimirem Putinem": a first name
    after an institution starts a person's name, unless it stands in the genitive inside the
    institution's name ("Uniwersytet Jana Pawła"); the surname readings of an institution's
    words (Rada, Izba are surnames too) do not count. "Putinowi | Donald Tusk": a first name
    whose case the person before it cannot share. "Szymańskiego | Polska": after a surname in
    an oblique case, a known word that cannot be a name in that case and gender.
    "Johnsona | Hammond", "Wyliego | Kosiński", "Reutera | Solberg": after a man's name that
    can only be oblique, a man's surname that cannot share its case, or an unknown word that
    would decline if it were his. "Airbusa | Tom Williams": after a word that can only be
    oblique, an unknown two-word name that does not end like an oblique case."""
    if is_first_name(word):
        # Only a word that can be part of the same person's name counts: one whose name
        # reading agrees in number and case ("W Krakowie | Marta Kowalczyk": Krakowie is a
        # plural first name at best), and no surname reading inside an institution's name.
        person_before = [w for w in current if _agrees_as_name(w, word, not institution)]
        if not person_before:
            return not (institution and any(a.has_case("gen") for a in analyse(word)))
        last = current[-1]
        if is_surname(last) and not is_first_name(last) and \
                not (noun_cases(last) & noun_cases(word)) and noun_cases(last) and rest:
            return True
        return False
    readings = analyse(word)
    prev = analyse(current[-1])
    if prev and readings and all("nazwisko" in a.qualifiers and "imię" not in a.qualifiers
                                 and not a.has_case("nom") for a in prev) and \
            not _may_share_case_and_gender(current[-1], word) and \
            any(a.kind != "person" for a in readings):
        # "Według Szymańskiego | Polska", "Zdaniem Tchórzewskiego | Unia Europejska", "dla
        # Putina | Krym": a surname in an oblique case, then a word that cannot be a person's
        # name in that case and gender, and is known as something else (a place, a common
        # word): a new name begins. Not another surname: the dictionary does not know every
        # foreign name's cases (Jamesa Bonda, read as the surname Bonda).
        return True
    oblique = _mans_oblique_cases(current[-1])
    if oblique and readings and all("nazwisko" in a.qualifiers for a in readings) and \
            word[-1:].lower() not in "aeouąęó":
        as_his = [cases for _, cases, genders in _name_readings(word, True) if "m1" in genders]
        if as_his and not any(cases & oblique for cases in as_his):
            # "według Wyliego | Kosiński zaproponował", "Według Johnsona | Hammond usiłuje": a
            # man's name in an oblique case, then a man's surname that cannot stand in it (not
            # one ending in -a or -o: "Jamesa Bonda", "Janusza Kobeszko" may be one name the
            # dictionary does not decline).
            return True
    if oblique and prev and not readings and word.isalpha() and \
            word[-1:].lower() not in "aeiouyąęó" and not word.lower().endswith(_CASE_ENDINGS):
        # "agencji Reutera | Solberg": a man's name ending in a consonant would decline too
        # (Davidem Davisem, not Davidem Davis).
        return True
    if (rest and not readings and word[-1:].lower() not in "aeiouyąęó"
            and prev and all(a.pos in NOUN_POS and not a.has_case("nom") for a in prev)
            and not analyse(rest[0]) and len(rest) == 1):
        return True
    return False


def _name_abbreviations() -> dict:
    return lexicon.load("entities")["name_abbreviations"]


def _indeclinable_place(word: str) -> bool:
    """A place's name the same in every case (Cambridge, Oxford's Polish readings aside):
    its "genitive" may as well open a name of its own ("Cambridge Analytica")."""
    readings = [a for a in analyse(word) if a.kind == "place"]
    return bool(readings) and all(a.has_case("nom") and a.has_case("gen") for a in readings)


# A web address's name ("Onet.pl"): a name of its own, never part of a person's.
_DOMAIN = re.compile(r"^[\w-]{2,}\.[a-z]{2,6}$")
# Endings of the genitive an unknown word may show (Naftohazu, Tatarów, Krymskich).
_GENITIVE_ENDINGS = ("u", "ów", "ego", "ej", "ich", "ych")


def _after_role(run: list[int], tokens: list[Token]) -> bool:
    """Whether a role noun in the singular stands right before the run ("szef | MSW..."), or
    with an adjective between ("posłanka opozycyjnej | Partii Pracy...")."""
    k = run[0] - 1
    if k < 0 or not tokens[k].is_word or tokens[run[0]].start - tokens[k].end != 1:
        return False
    if k > 0 and tokens[k].text.islower() and tokens[k - 1].is_word and \
            tokens[k].start - tokens[k - 1].end == 1 and analyse(tokens[k].text) and \
            all(a.pos == "adj" for a in analyse(tokens[k].text)):
        k -= 1
    return bool(lemmas(tokens[k].text) & lexicon.words("entities", "role_nouns")) and any(
        "sg" in a.number.split(".") for a in analyse(tokens[k].text) if a.pos in NOUN_POS)


def _closes_body(token: Token, after_role: bool, alone: bool = True,
                 surname_after: bool = False) -> bool:
    """Whether a word can end the name of a body a person's name follows: an acronym, a web
    address, or (after a role noun, whose scope it names) a genitive that is no first name:
    a proper noun's or an adjective's, or a common noun's ending a name of several words
    ("Partii Pracy"; not "kima", a common noun's genitive, in "premier Kim Sung Hwan")."""
    word = token.text
    if token.acronym or _DOMAIN.match(word):
        return True
    if not after_role or is_first_name(word):
        return False
    readings = analyse(word)
    if not readings:
        return word.lower().endswith(_GENITIVE_ENDINGS)
    # A surname's genitive alone ends a body when no surname follows ("doradca premier May |
    # Stephen Parkinson", not "dyrektor Goldman | Sachs Lloyd Blankfein").
    return any(a.has_case("gen") and (a.pos == "adj" or (
        (a.proper or not alone) and a.pos in NOUN_POS and
        (a.kind != "person" or not alone or not surname_after))) for a in readings)


def _person_word(word: str, first: bool) -> bool:
    """A capitalised word that may be a first name (``first``) or a surname: the dictionary
    reads it so (a first name: as nothing else), or does not know it (Andrij, Refat) and it
    is no common word."""
    if not word[:1].isupper() or word.isupper() or is_common_word(word):
        return False
    readings = analyse(word)
    names = ["imię" in a.qualifiers or "nazwisko" in a.qualifiers for a in readings]
    return all(names) if first else not readings or any(names)


def _person_after_body(run: list[int], tokens: list[Token]) -> int | None:
    """Where a person's first name and surname begin after the name of a body glued before
    them ("szef MSW | Matteo Salvini", "prezes Naftohazu | Andrij Kobolew", "PolskieRadio.pl
    | Joerg Forbrig"): the body's last word is an acronym, a web address or, after a role
    noun, a genitive; the first name a word the dictionary knows only as a person's name (in
    the nominative, after a role noun) or does not know at all."""
    after_role = _after_role(run, tokens)
    # The longest name first: "prezydent Meksyku | Andres Manuel Lopez Obrador" (Andres is
    # a woman's surname in the genitive too).
    for size in range(min(4, len(run) - 1), 1, -1):
        cut = len(run) - size
        words = [tokens[i].text for i in run[cut:]]
        surname_after = bool(analyse(words[0])) and not is_first_name(words[0])
        if not _closes_body(tokens[run[cut - 1]], after_role, cut == 1,
                                       surname_after):
            continue
        if any(tokens[i].acronym for i in run[cut:]) or not _person_word(words[0], True) or \
                not all(_person_word(w, False) for w in words[1:]):
            continue
        first_readings = [a for a in analyse(words[0]) if "imię" in a.qualifiers]
        if first_readings and after_role and not any(a.has_case("nom") for a in first_readings):
            continue  # "prezes Fundacji Stefana Batorego": a genitive goes on with the body
        return cut
    return None


def split_glued(run: list[int], tokens: list[Token]) -> list[list[int]]:
    """Cut a run where one name ends and another begins: after a place in the genitive
    ("Kazachstanu | Kasym-Żomart Tokajew", "MSZ Kazachstanu | Ajbek Smadijarow"), before a
    person's name after a body's ("szef MSW | Matteo Salvini")."""
    cut = _person_after_body(run, tokens) if len(run) > 2 else None
    if cut is not None:
        return [*_split_run(run[:cut], tokens), run[cut:]]
    return _split_run(run, tokens)


def _split_run(run: list[int], tokens: list[Token]) -> list[list[int]]:
    parts: list[list[int]] = []
    current: list[int] = []
    institution = head_kind(tokens[run[0]].text) is not None
    for pos, idx in enumerate(run):
        word = tokens[idx].text
        if current and word[:1].isupper() and word.lower() in _name_abbreviations():
            current.append(idx)  # "Irlandii Płn.": an abbreviated adjective starts no name
            continue
        if current and _starts_new_name(word, [tokens[i].text for i in current],
                                        [tokens[i].text for i in run[pos + 1:]], institution):
            parts.append(current)
            current = []
        current.append(idx)
        rest = run[pos + 1:]
        # Not after a first name or a common noun that is also some place's genitive (Jan: of
        # Jany; Partii: of Parthia, in "Partii Pracy").
        if rest and geo_genitive(word) and tokens[rest[0]].text[:1].isupper() and \
                tokens[rest[0]].text.lower() not in _name_abbreviations() and \
                not _indeclinable_place(word) and \
                not is_first_name(word) and not any(
                    not a.proper and a.pos in NOUN_POS for a in analyse(word)):
            nxt = tokens[rest[0]].text
            # Not when the name goes on with an adjective or an acronym ("Unii Europejskiej",
            # "Stanów Zjednoczonych").
            # Nor when the word is an adjective agreeing with the noun after it
            # ("Warszawskiego Uniwersytetu Medycznego", not Warszawskie's genitive).
            if not tokens[rest[0]].acronym and not any(a.pos == "adj" for a in analyse(nxt)) \
                    and not any(agree(n, a) for a in analyse(word) if a.pos == "adj"
                                for n in analyse(nxt) if n.pos == "subst"):
                parts.append(current)
                current = []
    if current:
        parts.append(current)
    return parts
