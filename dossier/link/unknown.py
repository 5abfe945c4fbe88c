"""Words the dictionary does not know (foreign surnames and places: Tokajewa, Ałmatach),
grouped across the whole dossier by Polish declension endings: each form proposes the
nominatives it could come from, and the nominative proposed by most forms (and seen in the
text, if one is) wins."""

from __future__ import annotations

import functools
from collections import Counter

from ..extract.morph import analyse
from .names import _CYRILLIC, _usable, is_acronym

# (ending of an oblique form, ending of its nominative). Strong endings are never nominative.
_RULES = (
    # masculine consonant stems: Tokajew-a, -owi, -em, -ie, -u; after g and k: Clegg-iem
    ("owi", ""), ("em", ""), ("a", ""), ("u", ""), ("ie", ""), ("iem", ""),
    # names ending in -i, -y or -e, declined like adjectives: Draghi-ego, -emu
    ("ego", ""), ("emu", ""),
    # ... with the stem's last consonant softened: Udajpu-rze, Kuwej-cie, Sza-dzie
    ("rze", "r"), ("cie", "t"), ("dzie", "d"), ("ście", "st"),
    # feminine and masculine -a stems: Łukaszenk-a, -i, -y, -ę, -ą, -ce
    ("i", "a"), ("y", "a"), ("ę", "a"), ("ą", "a"), ("ce", "ka"), ("dze", "ga"), ("rze", "ra"),
    ("le", "ła"), ("ie", "a"),  # Bajw-ie -> Bajwa; an -e only after ł's l: Wiśl-e -> Wisła
    # plural-only place names: Ałmat-y, -ów, -ach, -ami, -om
    ("ów", "y"), ("ach", "y"), ("ami", "y"), ("om", "y"),
    # adjectival surnames: Kuczmierowsk-iego, -iemu, -im; Kowalsk-iej, -ą
    ("kiego", "ki"), ("kiemu", "ki"), ("kim", "ki"), ("kiej", "ka"), ("ką", "ka"),
    ("giego", "gi"), ("giemu", "gi"), ("gim", "gi"),
    ("nego", "ny"), ("nemu", "ny"), ("nym", "ny"), ("nej", "na"), ("ną", "na"),
)
# (Not -om: a name ends so in the nominative, Gazprom, Rosatom, more often than a plural-only
# place stands in the dative, Ałmatom.)
_STRONG = ("owi", "em", "ów", "ach", "ami", "ę", "ą", "ego", "emu", "iej")
_MIN_STEM = 3


@functools.lru_cache(maxsize=100_000)
def nominative_candidates(form: str) -> frozenset[str]:
    """The nominatives an unknown form could be an inflection of (itself included, unless its
    ending is never nominative)."""
    parts = form.split("-")
    out: set[str] = set()
    strong = form.endswith(_STRONG)
    if not strong:
        out.add(form)
    for ending, nominative in _RULES:
        # Every part inflects alike (Kasyma-Żomarta), or only the last (Nur-Sułtanie).
        if len(parts) > 1 and all(p.endswith(ending) and len(p) - len(ending) >= _MIN_STEM
                                  for p in parts):
            out.add("-".join(p[: len(p) - len(ending)] + nominative for p in parts))
        last = parts[-1]
        if last.endswith(ending) and len(last) - len(ending) >= _MIN_STEM:
            stem = last[: len(last) - len(ending)]
            if nominative == "y" and stem[-1:] in ("k", "g"):
                nominative = "i"
            out.add("-".join(parts[:-1] + [stem + nominative]))
    return frozenset(out)


def resolve_unknown(forms: Counter) -> dict[str, str]:
    """Map each unknown word form to its nominative, by the dossier-wide grouping."""
    proposals = {form: nominative_candidates(form) for form in forms}
    support: Counter = Counter()
    for form, cands in proposals.items():
        for cand in cands:
            support[cand] += 1
    return {form: resolve_form(form, cands, support.__getitem__, forms.__contains__)
            for form, cands in proposals.items()}


def resolve_reusing(forms: set[str], previous: dict[str, tuple]) -> dict[str, tuple]:
    """resolve_unknown for the unknown ``forms`` of a dossier, as {form: (reads, nominative)}:
    a form's nominative is a function of what resolve_form reads (how many forms propose
    each candidate, whether each is a form), so one ``previous`` resolved is reused while
    those reads come out the same."""
    proposals = {form: nominative_candidates(form) for form in forms}
    support: Counter = Counter(c for cands in proposals.values() for c in cands)
    out = {}
    for form, cands in proposals.items():
        reads = tuple((support[c], c in forms) for c in sorted(cands | {form}))
        was = previous.get(form)
        out[form] = was if was is not None and was[0] == reads else \
            (reads, resolve_form(form, cands, support.__getitem__, forms.__contains__))
    return out


def resolve_form(form: str, cands: frozenset[str], support, seen) -> str:
    """One unknown form's nominative among its ``cands``: ``support(c)`` is how many of the
    dossier's unknown forms propose c, ``seen(c)`` whether c is one of them."""
    if support(form):
        # Other forms propose it (Gazpromu, Gazpromem -> Gazprom): it may be a nominative
        # although its ending is a strong case ending (-om) elsewhere.
        cands = cands | {form}
    if not cands:
        return form
    # A nominative the dictionary knows as a name (Asii -> Asia) counts as seen.
    return max(sorted(cands), key=lambda c: (
        support(c) + (c != form and _known_name(c)), seen(c) or _known_name(c),
        c == form, -len(c)))


def _known_name(word: str) -> bool:
    return any(a.proper and a.lemma == word and a.has_case("nom") for a in analyse(word))


@functools.lru_cache(maxsize=200_000)
def is_unknown(word: str) -> bool:
    return not is_acronym(word) and not _CYRILLIC.search(word) and not _usable(word)


def collect_unknown(token_lists) -> Counter:
    """Count the unknown words of every mention in the dossier."""
    forms: Counter = Counter()
    for words in token_lists:
        for w in words:
            if is_unknown(w):
                forms[w] += 1
    return forms
