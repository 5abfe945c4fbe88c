"""Polish morphology through Morfeusz 2 (SGJP dictionary, offline), cached per word form."""

from __future__ import annotations

import functools
from dataclasses import dataclass

NAME_QUALIFIERS = {
    "nazwisko": "person", "imię": "person", "nazwa_geograficzna": "place",
    "nazwa_organizacji": "organization", "nazwa_firmy": "organization",
    "nazwa_instytucji": "organization", "nazwa_marki": "organization",
}


@dataclass(frozen=True, slots=True)
class Analysis:
    lemma: str  # without Morfeusz's homonym marks ("Polak:Sf" -> "Polak")
    tag: str  # e.g. subst:sg:gen:m3
    qualifiers: tuple[str, ...]

    @property
    def pos(self) -> str:
        return self.tag.split(":", 1)[0]

    @property
    def proper(self) -> bool:
        return self.lemma[:1].isupper() or any(q in NAME_QUALIFIERS for q in self.qualifiers)

    @property
    def kind(self) -> str | None:
        for q in self.qualifiers:
            if q in NAME_QUALIFIERS:
                return NAME_QUALIFIERS[q]
        return None

    def has_case(self, case: str) -> bool:
        parts = self.tag.split(":")
        return len(parts) > 2 and case in parts[2].split(".")

    @property
    def plural_only(self) -> bool:
        return ":pt" in self.tag

    @property
    def number(self) -> str:
        parts = self.tag.split(":")
        return parts[1] if len(parts) > 1 else ""


@functools.cache
def _morfeusz():
    import morfeusz2

    return morfeusz2.Morfeusz(expand_tags=False)


@functools.cache
def _tag(tag_id: int) -> str:
    return _morfeusz()._morfeusz_obj.getIdResolver().getTag(tag_id)


@functools.cache
def _qualifiers(name_id: int) -> tuple[str, ...]:
    name = _morfeusz()._morfeusz_obj.getIdResolver().getName(name_id)
    return tuple(name.split("|")) if name else ()


@functools.lru_cache(maxsize=200_000)
def analyse(word: str) -> tuple[Analysis, ...]:
    """All analyses of one word; an empty tuple when Morfeusz does not know it (``ign``)."""
    out = []
    # The dictionary's own objects, their tag and qualifiers looked up by id once each: the
    # morfeusz2 wrapper's analyse asks the dictionary for every reading's tag, qualifiers
    # and labels as strings, which is most of the time words take (their search index and
    # extraction alike).
    for interp in _morfeusz()._morfeusz_obj.analyse(word):
        if interp.startNode != 0 or interp.endNode != 1:
            # Split into segments (Nur-Sułtanie -> Nur, -, Sułtanie): no reading of the
            # word as a whole.
            return ()
        tag = _tag(interp.tagId)
        if tag == "ign":  # unknown
            return ()
        out.append(Analysis(interp.lemma.split(":", 1)[0], tag, _qualifiers(interp.nameId)))
    return tuple(out)


@functools.lru_cache(maxsize=50_000)
def generate(lemma: str) -> tuple[tuple[str, str], ...]:
    """All (form, tag) pairs of a lemma."""
    try:
        return tuple((interp.orth, _tag(interp.tagId))
                     for interp in _morfeusz()._morfeusz_obj.generate(lemma))
    except Exception:  # Morfeusz raises for lemmas it cannot generate from
        return ()


def inflect(lemma: str, pos: str, number: str, case: str, gender: str | None,
            degree: str = "pos") -> str | None:
    """The form of ``lemma`` with the given part of speech, number, case (and gender and
    degree for adjectives: "najwyższego" is the superlative of "wysoki"), or None."""
    for form, tag in generate(lemma):
        parts = tag.split(":")
        if parts[0] != pos or len(parts) < 3:
            continue
        if number not in parts[1].split(".") or case not in parts[2].split("."):
            continue
        if gender and (len(parts) < 4 or gender not in parts[3].split(".")):
            continue
        if pos == "adj" and not tag.endswith(":" + degree):
            continue
        if pos in ("ppas", "pact") and not tag.endswith(":aff"):
            continue
        return form
    return None
