"""Official and short names of one state (data/aliases.yml): Federacja Rosyjska -> Rosja.

Keys: every name the gazetteer lists meets the others of its state."""

from __future__ import annotations

import functools

from ... import lexicon
from ..group import Group, merge


@functools.cache
def _canonical() -> dict[str, str]:
    out = {}
    for canonical, aliases in lexicon.load("aliases").items():
        out[canonical] = canonical
        for alias in aliases:
            out[alias] = canonical
    return out


def apply(groups: dict[str, Group], languages: dict[str, str]) -> None:
    for canonical, aliases in sorted(lexicon.load("aliases").items()):
        present = [a for a in aliases if a in groups]
        if not present:
            continue
        if canonical not in groups:
            groups[canonical] = Group(canonical)
        for alias in present:
            groups[canonical].vote("place", 3)
            merge(groups, alias, canonical)
        groups[canonical].aliases |= set(present)


def keys(name: str) -> tuple[list[str], list[str]]:
    canonical = _canonical().get(name)
    return ([f"gaz:{canonical}"], [f"gaz:{canonical}"]) if canonical else ([], [])


def names(name: str) -> list[str]:
    """The names the rule may give a group named ``name``: its state's canonical one."""
    canonical = _canonical().get(name)
    return [canonical] if canonical and canonical != name else []
