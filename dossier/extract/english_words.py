"""What the English name rules know of single words (an English article has no tagger and
no dictionary): possessives, nationalities' adjectives and peoples (made of the languages'
names ISO 639 gives, pycountry: French, Dutch, Welsh, and of the countries' names: Britain,
British; Kenya, Kenyan), first names, acronyms English uses as common nouns, days and months,
and the words English writes in lower case (data/english_common.yml: statistics of the BBC
News corpus)."""

from __future__ import annotations

import functools

from .. import lexicon
from .words import is_first_name
from .world import country_words, lookup

_POSSESSIVE = ("'s", "’s", "'", "’")


@functools.cache
def word_lists(*lists: tuple[str, str]) -> frozenset[str]:
    """The union of lexicon word lists, built once (read for every capitalised word)."""
    return frozenset().union(*(lexicon.words(name, key) for name, key in lists))


TITLES = (("english", "titles"), ("english", "peers"))
_LOWER = (("english_common", "words"), ("english_common", "often_lower"))
HEADS = (("english", "body_heads"), ("english", "place_heads"))
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


@functools.cache
def _languages() -> frozenset[str]:
    """The first words of the ISO 639-1 languages' English names that read as adjectives
    (French, Dutch, Welsh, Scottish of Scottish Gaelic), less common words (Church, Modern)."""
    import pycountry  # (here: a Polish dossier does not import it)

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
    if len(word) < 5 or not word.endswith(_STEM_ENDINGS) or word.endswith(("tion", "sion")):
        return False  # (a noun of action: "Federation" is no Federative Republic's)
    for country in _countries().get(word[:4], ()):
        if word == country:
            continue  # the country's word itself
        shared = next((k for k in range(min(len(word), len(country)), 0, -1)
                       if word[:k] == country[:k]), 0)
        # (Brit-on: two letters past; "Federation" is no Federated Stater's.)
        if len(word) - shared <= (2 if word.endswith("on") else 3):
            return True
    return False


_PEOPLE = ("man", "men", "woman", "women")


@functools.lru_cache(maxsize=100_000)
def nationality(word: str) -> bool:
    """British, Russian, Kenyan, Britons, Iraqis, Frenchman, Londoners: a nationality's
    adjective or its people, no actor (a country's name itself is one)."""
    if lookup(word) is not None or len(word) < 4:
        return False
    stem = next((word[:-len(e)] for e in _PEOPLE if word.endswith(e) and len(word) > len(e) + 3),
                None)
    for w in (word, word[:-1] if word.endswith("s") else None, stem):
        if w and (w in _languages() or _made_of_country(w)):
            return True
    # A place's people: Londoners, Berliner.
    townsman = next((word[:-len(e)] for e in ("ers", "er") if word.endswith(e)), None)
    place = lookup(townsman) if townsman else None
    return place is not None and place.kind == "place"


@functools.lru_cache(maxsize=100_000)
def common_acronym(word: str) -> bool:
    """"PC", "PCs", "DVDs", "MPs": an acronym English uses as a common noun (one the BBC
    corpus writes as a plural too: data/english_common.yml), or any acronym's plural."""
    word = without_possessive(word)
    plural = len(word) > 2 and word.endswith("s") and word[:-1].isupper() and \
        word[:-1].isalnum()
    return plural or word in lexicon.words("english_common", "common_acronyms")


@functools.lru_cache(maxsize=100_000)
def first_name(word: str) -> bool:
    """A first name: the dictionary's (Morfeusz's), or one the BBC corpus shows opening a
    name whose last word then stands for the person (data/english_common.yml), not a
    country's, a nationality's or a title's word that the statistics let through."""
    place = lookup(word)
    if word.lower() in word_lists(*TITLES) \
            or word in country_words() or nationality(word) or (place is not None and any(
                i.startswith(("iso:", "region:")) for i in place.ids)):
        return False  # (a town's name may be a first name too: Martin, in Slovakia)
    return word in lexicon.words("english_common", "first_names") or is_first_name(word)


_CONTRACTIONS = ("'m", "'re", "'ve", "'ll", "'d", "’m", "’re", "’ve", "’ll", "’d", "n't", "n’t")


@functools.cache
def _calendar() -> frozenset[str]:
    """The days' and months' English names (CLDR): "Wednesday", "July"."""
    from babel import Locale

    en = Locale("en")
    return frozenset(list(en.days["format"]["wide"].values()) +
                     list(en.months["format"]["wide"].values()))


def plural_office(word: str) -> bool:
    """"MPs", "Ministers": an office's plural, a common noun that names no one ("Tory MPs"
    is the party's, "MPs" alone nobody's)."""
    return len(word) > 2 and word.endswith("s") and (
        word[:-1].lower() in lexicon.words("english", "offices"))


@functools.lru_cache(maxsize=100_000)
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
        or plural_office(word) or common_acronym(word)


def often_lower(word: str) -> bool:
    return without_possessive(word).lower() in lexicon.words("english_common", "often_lower")


def hyphen_adjective(word: str) -> bool:
    return "-" in word and word.rsplit("-", 1)[-1].islower()  # "Paris-based", "UK-owned"


@functools.lru_cache(maxsize=100_000)
def written_lower(word: str) -> bool:
    """A word English writes in lower case too (data/english_common.yml)."""
    lower = without_possessive(word).lower()
    return lower in lexicon.words("english_common", "words") or often_lower(word)


def no_first_name(word: str) -> bool:
    """A word known to be no first name: an acronym, a place's or a country's word, a word
    English writes in lower case too ("Bank", "United")."""
    return (word.isupper() and len(word) > 1) or lookup(word) is not None or \
        word in country_words() or written_lower(word)


_SUFFIXES = ("ing", "ed", "ly")


@functools.lru_cache(maxsize=100_000)
def derived_common(word: str) -> bool:
    """A word made of a common one by an English suffix, as a sentence's start capitalises
    it: "Outlining" (outline), "Shedding" (shed), "Naturally" (natural): the stem, its
    doubled consonant or its silent "e" restored, is a word English writes in lower case
    (data/english_common.yml)."""
    lower = word.lower()
    common = word_lists(*_LOWER)
    for suffix in _SUFFIXES:
        stem = lower[:-len(suffix)]
        if not lower.endswith(suffix) or len(stem) < 3:
            continue
        stems = {stem, stem + "e"} | ({stem[:-1]} if stem[-1:] == stem[-2:-1] else set())
        if stems & common:
            return True
    return False
