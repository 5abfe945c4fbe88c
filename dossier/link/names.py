"""What the link stage asks of a name's shape: acronyms, rulers' numbers, particles, other
scripts, and the dictionary readings a name's words may have."""

from __future__ import annotations

import functools
import re

from .. import lexicon
from ..extract.morph import Analysis, analyse
from ..extract.words import CYRILLIC as _CYRILLIC

_ROMAN = re.compile(r"(?=[IVX])X{0,3}(IX|IV|V?I{0,3})")
# Lower-case words inside a person's name: Ludwig van Beethoven, Omar al-Baszir.
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "du",
                            "dos", "das", "le", "la", "al", "el", "bin", "ibn", "ben", "ter",
                            "zu"})


def is_roman_numeral(word: str) -> bool:
    """I to XXXIX: a ruler's or a war's number (Jan Paweł II, II wojna światowa)."""
    return bool(_ROMAN.fullmatch(word))


@functools.lru_cache(maxsize=100_000)
def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= len(letters) - 1 \
        and word[:1].isupper() and sum(c.isupper() for c in letters) >= 2


ADJ_POS = ("adj", "ppas", "pact")


@functools.lru_cache(maxsize=200_000)
def _usable(word: str) -> tuple[Analysis, ...]:
    """Readings of a capitalised word that can belong to a name: proper-name readings, and
    singular (or plural-only) common nouns; plurals of common nouns are not names."""
    out = []
    for a in analyse(word):
        if a.pos not in ("subst", "depr") + ADJ_POS:
            continue
        if a.pos == "subst" and not a.qualifiers:
            continue  # a pronoun (kto, co, nic): "Kim Dzong Un" is no "Kto"
        if a.pos == "depr" and a.proper:
            # The news does not sneer at a family in the plural: "Tice", "Cable", "Apple"
            # are no depreciative plurals of the surnames Tic, Cabel, Appel, but foreign
            # words the dictionary does not know.
            continue
        if a.tag.count(":") >= 2 and a.tag.split(":")[2] == "voc":
            continue  # news does not address its actors: Mario is not Maria's vocative
        if a.pos not in ADJ_POS and not a.proper and "sg" not in a.number.split(".") \
                and not a.plural_only:
            continue
        out.append(a)
    return tuple(out)


def _cap_like(source: str, lemma: str) -> str:
    """Give the lemma the capitalisation of the word as written."""
    if source.isupper() and len(source) > 1:
        return lemma.upper()
    return lemma[:1].upper() + lemma[1:] if source[:1].isupper() else lemma


def reading_score(a: Analysis) -> int:
    """How likely a reading is the one a name in the news means: a place or organisation
    name over a surname, singular or plural-only over a plain plural."""
    score = 0
    if a.kind in ("place", "organization"):
        score += 2
    elif a.kind == "person":
        score += 1
    if a.plural_only or "sg" in a.number.split("."):
        score += 1
    if a.pos == "depr":
        score -= 2
    return score


@functools.cache
def institution_heads() -> frozenset:
    """Nouns that head an organisation's or a place's name (data/entities.yml)."""
    return lexicon.words("entities", "organization_heads") | \
        lexicon.words("entities", "place_heads")


# Cyrillic to a Latin key, so "Лукашенко" meets "Łukaszenka" and "РИА Новости" "RIA Novosti".
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєўґ",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o",
                 "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                 "iu", "ia", "i", "i", "ie", "u", "g"]))
_LATIN = (("szcz", "shch"), ("sz", "sh"), ("cz", "ch"), ("rz", "zh"), ("ż", "zh"), ("ch", "kh"),
          ("w", "v"), ("ł", "l"), ("ś", "s"), ("ć", "c"), ("ń", "n"), ("ź", "z"), ("ó", "o"),
          ("ą", "a"), ("ę", "e"), ("j", "i"), ("ja", "ia"), ("ju", "iu"))


def script_key(name: str) -> str:
    """A loose Latin spelling key shared by a name's Polish and Russian forms. The final
    vowel is dropped: declension and the two languages differ there (Łukaszenka/Лукашенко)."""
    low = name.lower()
    if _CYRILLIC.search(low):
        low = "".join(_CYR.get(ch, ch) for ch in low)
    else:
        for a, b in _LATIN:
            low = low.replace(a, b)
    low = low.replace("kh", "h").replace("y", "i")
    low = re.sub(r"[^a-z ]", "", low)
    return re.sub(r"[aeiou]+\b", "", low).strip()

