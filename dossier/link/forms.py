"""Every inflected form of an actor's name, for search: a reader types "Tokajewowi" or
"Łukaszence" (forms the texts may never use) and still finds the actor.

Words Morfeusz knows are inflected from the dictionary; other words by the Polish declension
pattern their nominative ending suggests (the same patterns the linker groups forms by)."""

from __future__ import annotations

import functools

from ..extract.morph import analyse, generate
from ..extract.words import has_cyrillic
from .names import is_acronym

# nominative ending -> the endings of the other cases (same stem)
_MASCULINE = ("", "a", "owi", "em", "ie", "u", "owie", "ów", "om", "ami", "ach")
_FEMININE_A = ("a", "y", "i", "e", "ę", "ą", "o")
_PLURAL = ("y", "ów", "om", "ami", "ach")
_SOFTENED = {"ka": "ce", "ga": "dze", "ra": "rze", "ła": "le", "ta": "cie", "da": "dzie",
             "na": "nie", "sa": "sie", "wa": "wie", "ma": "mie", "ba": "bie", "pa": "pie"}


def _rule_forms(word: str) -> set[str]:
    low = word
    out = {word}
    if low.endswith("a") and len(low) > 3:
        stem = low[:-1]
        out |= {stem + e for e in _FEMININE_A}
        soft = _SOFTENED.get(low[-2:])
        if soft:
            out.add(low[:-2] + soft)
    elif low.endswith(("y", "i")) and len(low) > 3:
        stem = low[:-1]
        out |= {stem + e for e in _PLURAL}
    elif low[-1:].isalpha() and low[-1:] not in "aeiouyąęó" and len(low) > 2:
        out |= {low + e for e in _MASCULINE}
    return out


@functools.lru_cache(maxsize=100_000)
def _dictionary_forms(word: str) -> frozenset[str]:
    out = set()
    for a in analyse(word):
        if a.pos not in ("subst", "adj", "ppas"):
            continue
        for form, tag in generate(a.lemma):
            if tag.split(":")[0] == a.pos and ":neg" not in tag and ":com" not in tag \
                    and ":sup" not in tag:
                out.add(form[:1].upper() + form[1:] if word[:1].isupper() else form)
    return frozenset(out)


def word_forms(word: str) -> set[str]:
    if is_acronym(word) or has_cyrillic(word) or not word[:1].isalpha():
        return {word}
    if "-" in word:
        head, _, last = word.rpartition("-")
        # Both parts inflect in a person's double name (Kasyma-Żomarta), the last one only
        # in a place's (Nur-Sułtanu): give both.
        lasts = word_forms(last)
        out = {f"{head}-{x}" for x in lasts}
        if "-" not in head and head[-1:].isalpha() and head[-1:] not in "aeiouyąęó" \
                and last[-1:] not in "aeiouyąęó":
            out |= {f"{head}{e}-{last}{e}" for e in _MASCULINE}
        return out
    # The dictionary may know the word as something else (Sułtan as a sultan, a person, with
    # no Sułtanu): the declension patterns of names are added in any case.
    return _dictionary_forms(word) | _rule_forms(word)


def name_forms(names: list[str]) -> list[str]:
    """The words of every inflected form of the given names, sorted (for a stable index)."""
    out: set[str] = set()
    for name in names:
        for word in name.split():
            out |= word_forms(word)
    return sorted(out)
