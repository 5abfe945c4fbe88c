"""Acronym and expansion: "Organizacji Układu o Bezpieczeństwie Zbiorowym (ros. ODKB)" makes
ODKB a name of that organisation, and the actor named ODKB joins it.

Keys: a name is found by itself as an acronym; a group whose mentions expand an acronym
looks it up (and meets the other groups expanding it: the rule counts them)."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict

from ... import lexicon
from ..group import Group, merge
from ..kinds import looks_like_person


@functools.cache
def _states() -> frozenset:
    """The acronyms the gazetteer gives to states (USA, RFN): they expand nothing else
    ("spoza Unii (USA)" names an example)."""
    return frozenset(a for aliases in lexicon.load("aliases").values() for a in aliases)


def _expansions(groups: dict[str, Group]) -> dict[str, Counter]:
    """Each acronym, and how often each group's mentions expand it."""
    expansions: dict[str, Counter] = defaultdict(Counter)
    for name, g in groups.items():
        for m in g.mentions:
            acronym = m.expansion_of
            # "Jerzy Buzek (PO)": a person's party in brackets, not an expansion.
            if not acronym or acronym in _states() or looks_like_person(m.tokens):
                continue
            if len(m.tokens) == 1 and acronym[:1].upper() != name[:1].upper():
                continue  # one word takes no acronym of another initial
            expansions[acronym][name] += 1
    return expansions


def apply(groups: dict[str, Group], languages: dict[str, str]) -> None:
    for acronym, names in sorted(_expansions(groups).items()):
        target = max(sorted(names), key=lambda n: names[n])
        if target not in groups:
            continue
        groups[target].aliases.add(acronym)
        groups[target].vote("organization", 2)
        merge(groups, acronym, target)
        # Two wordings the texts give one acronym (Demokratyczna Partia Unionistyczna /
        # Demokratyczna Partia Unionistów (DUP)) are one body, when they differ only in
        # their last word.
        for other in sorted(names):
            if other != target and other in groups and not groups[other].curated and \
                    len(other.split()) == len(target.split()) >= 2 and \
                    other.split()[:-1] == target.split()[:-1]:
                merge(groups, other, target)


def keys(name: str) -> tuple[list[str], list[str]]:
    return [f"acr:{name}"], [f"acr:{name}"]


def mention_names(mention) -> list[str]:
    """The names a mention may give its group (the acronym becomes an alias)."""
    return [mention.expansion_of] if mention.expansion_of else []
