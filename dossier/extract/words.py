"""What the dictionary (Morfeusz 2, extract/morph) and the lexicons (data/entities.yml,
data/demonyms.yml) say of one word, as the name rules ask it: common word or name, first
name or surname, a nationality's adjective, an institution's head noun. Pure functions of
the word, cached by morph."""

from __future__ import annotations

import functools
import re

from .. import lexicon
from .morph import analyse

CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def has_cyrillic(text: str) -> bool:
    """A name in Cyrillic (an embedded Russian post's "Казахстан")."""
    return bool(CYRILLIC.search(text))


def lemmas(word: str) -> set[str]:
    return {a.lemma.lower() for a in analyse(word)} or {word.lower()}


def is_common_word(word: str) -> bool:
    """Morfeusz knows the word and none of its readings is a proper name."""
    analyses = analyse(word)
    return bool(analyses) and not any(a.proper for a in analyses)


NOUN_POS = {"subst", "depr", "brev"}
ADJ_POS = {"adj", "ppas", "pact"}  # participles stand in names as adjectives: Zjednoczone


def weak_name_at_sentence_start(word: str) -> bool:
    """At a sentence start, a word that can be a function word ("Jak", "Wielu"), or is a
    common noun and a name only as a surname ("Świat"), is taken as the common word. Place and
    organisation names that are nouns only ("Kreml") keep their claim."""
    analyses = analyse(word)
    if not analyses or not any(not a.proper for a in analyses):
        return False
    if any(a.pos not in NOUN_POS for a in analyses):
        return True
    return not any(a.kind in ("place", "organization") for a in analyses)


def is_ethnonym(word: str) -> bool:
    """Rosjanie, Polacy: capitalised common nouns, not actors."""
    analyses = analyse(word)
    return bool(analyses) and all(
        a.lemma[:1].isupper() and a.qualifiers == ("nazwa_pospolita",) for a in analyses)


def is_role_noun(word: str) -> bool:
    """Premier, Przewodniczący: a role noun (data/entities.yml) that is no proper name."""
    analyses = analyse(word)
    return bool(analyses) and not any(a.proper for a in analyses) and bool(
        lemmas(word) & lexicon.words("entities", "role_nouns"))


def demonym_country(word: str) -> str | None:
    """The country an inhabitants' name stands for (data/demonyms.yml): Amerykanie ->
    Stany Zjednoczone. None for any other word."""
    index = _demonyms()
    for a in analyse(word):
        if a.lemma in index:
            return index[a.lemma]
    return index.get(word)


@functools.cache
def _demonyms() -> dict[str, str]:
    return {d: country for country, names in lexicon.load("demonyms").items() for d in names
            if d[:1].isupper()}


@functools.cache
def _nationality_adjectives() -> dict[str, str]:
    return {d: country for country, names in lexicon.load("demonyms").items() for d in names
            if d[:1].islower()}


def nationality_country(word: str) -> str | None:
    """The country of a nationality adjective (rosyjskie -> Rosja), or None."""
    index = _nationality_adjectives()
    for a in analyse(word):
        if a.pos == "adj" and a.lemma in index:
            return index[a.lemma]
    return None


def geo_genitive(word: str) -> bool:
    return any(a.kind == "place" and a.has_case("gen") for a in analyse(word))


def common_noun(word: str) -> bool:
    """Platforma, Kancelaria: a word the dictionary knows only as a common word, and as a
    noun."""
    analyses = analyse(word)
    return is_common_word(word) and any(a.pos in NOUN_POS for a in analyses)


def place_only(word: str) -> bool:
    """A word the dictionary knows as a place's name and as no person's (Brytanii)."""
    readings = analyse(word)
    return any("nazwa_geograficzna" in a.qualifiers for a in readings) and not any(
        "imię" in a.qualifiers or "nazwisko" in a.qualifiers for a in readings)


def is_first_name(word: str) -> bool:
    return any("imię" in a.qualifiers for a in analyse(word))


def is_surname(word: str) -> bool:
    return any("nazwisko" in a.qualifiers for a in analyse(word))


def head_kind(word: str) -> str | None:
    found = lemmas(word)
    if found & lexicon.words("entities", "organization_heads"):
        return "organization"
    if found & lexicon.words("entities", "place_heads"):
        return "place"
    return None


def noun_cases(word: str) -> set[str]:
    return {c for a in analyse(word) if a.pos in NOUN_POS
            for c in (a.tag.split(":")[2].split(".") if a.tag.count(":") >= 2 else ())}


def nationality_word(word: str) -> str | None:
    """The country of a nationality's adjective that is no name (Rosyjskie, polskiego:
    Rosja, Polska; not Polski, also Polska's genitive), or the place a place's adjective is
    made of (gdańskiej: Gdańsk, see adjective_place), or None."""
    if any(a.proper for a in analyse(word)):
        return None
    return nationality_country(word) or adjective_place(word)


# How Polish makes a place's adjective of its name (Gdańsk: gdański, Rybnik: rybnicki,
# Kraków: krakowski, Łódź: łódzki, Kielce: kielecki, Syria: syryjski, Europa: europejski), undone: the suffix
# taken off the adjective's lemma, the stem's last letters changed back, an ending added.
_PLACE_SUFFIXES = ("ski", "cki", "dzki")
_STEM_CHANGES = (("ow", "ów"), ("c", "k"), ("ec", "c"), ("dz", "dź"), ("dz", "g"), ("ń", "n"),
                 ("ń", ""), ("yj", "i"), ("ij", "i"), ("ej", ""), ("", ""))
_NAME_ENDINGS = ("", "a", "sk", "ska", "ia", "ja", "ie", "o", "e", "y", "i", "ze", "ż", "ka")


@functools.lru_cache(maxsize=50_000)
def adjective_place(word: str) -> str | None:
    """The place whose adjective ``word`` is, when the dictionary knows a place of the name
    the adjective's lemma is made of (gdańskiej -> Gdańsk, rybnickiego -> Rybnik,
    małopolskiego -> Małopolska), else None. The first such name in a fixed order: a guess
    that extract/tagged.py trusts only when the article names that place."""
    for a in analyse(word):
        lemma = a.lemma
        suffix = next((s for s in _PLACE_SUFFIXES if lemma.endswith(s)), None)
        if a.pos != "adj" or not lemma[:1].islower() or suffix is None:
            continue
        stem = lemma[:-3] if suffix == "ski" else lemma[:-2]
        if len(stem) < 3:
            continue
        for ending in _NAME_ENDINGS:
            for old, new in _STEM_CHANGES:
                if stem.endswith(old):
                    name = stem[:len(stem) - len(old)] + new + ending
                    name = name[:1].upper() + name[1:]
                    if any(r.lemma == name and r.kind == "place" for r in analyse(name)):
                        return name
    return None


def stem(word: str) -> str:
    """A word without the ending a case may give it (Tokajewa -> tokaje), lower-cased."""
    lower = word.lower()
    return lower[:-2] if len(lower) >= 6 else lower


def no_name_word(word: str) -> bool:
    """W, Oraz, Jak: a word the dictionary reads as neither a noun nor an adjective."""
    readings = analyse(word)
    return bool(readings) and not any(a.pos in NOUN_POS or a.pos in ADJ_POS
                                      for a in readings)


def adjective_only(word: str) -> bool:
    """Polskie, chińskiego: a word the dictionary reads as an adjective only."""
    readings = analyse(word)
    return bool(readings) and all(a.pos == "adj" for a in readings)


def agree(noun, adjective) -> bool:
    """Whether an adjective's reading agrees with a noun's in number, case and gender."""
    n, a = noun.tag.split(":"), adjective.tag.split(":")
    return len(n) > 3 and len(a) > 3 and all(
        set(n[i].split(".")) & set(a[i].split(".")) for i in (1, 2, 3))
