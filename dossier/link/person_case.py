"""The case a person's name stands in, read off the words that tell it, for the words that do
not: a first name and a surname agree in case ("Jacka Ramsaya": Jacek in the genitive, so
Ramsay; "Craiga Gordona", "Beaty Zarembianki"). A foreign surname the dictionary does not
know, seen once in the dossier, has no other form to be grouped with (unknown.py) and would
stay as written; its first name (or an adjectival surname: "Josifa Brodskiego") says which
ending to take off."""

from __future__ import annotations

from ..extract.morph import analyse
from .unknown import is_unknown

# The ending an oblique case puts on a noun of each gender, and the nominative's ending:
# men's names in a consonant (Ramsay-a, -owi, -em), women's in -a (Zarembiank-i, -ę, -ą).
# (The locative, -ie or -u, is left alone: too many nominatives end so.)
_ENDINGS = {
    ("m", "gen"): (("a", ""),), ("m", "acc"): (("a", ""),), ("m", "dat"): (("owi", ""),),
    ("m", "inst"): (("iem", ""), ("em", "")),
    ("f", "gen"): (("i", "a"), ("y", "a")), ("f", "dat"): (("i", "a"), ("y", "a")),
    ("f", "acc"): (("ę", "a"),), ("f", "inst"): (("ą", "a"),),
}
# An adjectival surname's oblique endings (-skiego, -ckiego, -dzkiego...), and the case each
# says (a man's).
_ADJECTIVAL = (("kiego", "gen"), ("kiemu", "dat"), ("kim", "inst"))
_MIN_STEM = 3
_VOWELS = set("aąeęioóu")  # (not y: Ramsay-a, Grey-a)


def name_case(words: tuple[str, ...], lemmas: list[str]) -> tuple[str, str] | None:
    """(gender, case) of a person's name when a word of it tells one oblique case: a first
    name whose every reading as one is in that case, or an adjectival surname."""
    readings = [a for a in analyse(words[0]) if "imię" in a.qualifiers and a.pos == "subst"
                and len(a.tag.split(":")) > 3 and "sg" in a.tag.split(":")[1].split(".")]
    if readings and not any(a.has_case("nom") for a in readings):
        found = {("f" if a.tag.split(":")[3].startswith("f") else "m", c)
                 for a in readings for c in a.tag.split(":")[2].split(".")}
        cases = {c for _, c in found}
        genders = {g for g, _ in found}
        if len(genders) == 1 and cases <= {"gen", "acc"}:
            return genders.pop(), "gen"  # the two take one ending (Jacka, Richarda)
        return found.pop() if len(found) == 1 else None
    last = words[-1]
    if lemmas[-1] != last:
        for ending, case in _ADJECTIVAL:
            if last.endswith(ending):
                return "m", case
        told = _surname_case(last)
        if told:
            return told
        if is_unknown(last):
            # The dossier's forms of the surname told its nominative (Gordona -> Gordon).
            for (gender, case), endings in _ENDINGS.items():
                if gender == "m" and any(last == lemmas[-1] + e for e, n in endings if not n):
                    return gender, case
    return None


def _surname_case(word: str) -> tuple[str, str] | None:
    """(gender, case) a surname the dictionary knows tells, when all its readings as one
    person's surname are of one gender and no nominative: "Gordona", "Busha" (m, gen)."""
    readings = [a for a in analyse(word) if "nazwisko" in a.qualifiers and a.pos == "subst"
                and len(a.tag.split(":")) > 3 and a.tag.split(":")[1] == "sg"]
    if not readings or any(a.has_case("nom") for a in readings):
        return None
    found = {("f" if a.tag.split(":")[3].startswith("f") else "m", c)
             for a in readings for c in a.tag.split(":")[2].split(".")}
    if len({g for g, _ in found}) != 1:
        return None
    if {c for _, c in found} <= {"gen", "acc"}:
        return found.pop()[0], "gen"
    return found.pop() if len(found) == 1 else None


def agree_in_case(words: tuple[str, ...], lemmas: list[str], unknown) -> list[str]:
    """``lemmas`` (the words of a person's name, each lemmatised alone) with each unknown
    word that came out as written put in the nominative of the case the name's other words
    tell."""
    if len(words) < 2:
        return lemmas
    told = name_case(words, lemmas)
    if told is None:
        return lemmas
    out = list(lemmas)
    for i, (word, lemma) in enumerate(zip(words, lemmas)):
        if lemma != word or not is_unknown(word) or unknown.get(word, word) != word:
            continue
        for ending, nominative in _ENDINGS.get(told, ()):
            stem = word[: len(word) - len(ending)]
            if word.endswith(ending) and len(stem) >= _MIN_STEM and (
                    nominative or stem[-1].lower() not in _VOWELS):
                out[i] = stem + nominative
                break
    return out
