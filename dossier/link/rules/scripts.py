"""Other scripts: a Cyrillic name joins the Latin actor with the same spelling key; one that
matches none is dropped from articles not written in that script (too unreliable).

Keys: a Cyrillic name looks up the Latin names (and aliases) by their script key. (A
late rule: its keys read the group, see rules/__init__.py; short_names.py gives groups
aliases before it, the one-word names of the group's component.)"""

from __future__ import annotations

from collections import defaultdict

from ..group import Group, merge
from ...extract.words import has_cyrillic
from ..names import script_key

CYRILLIC_LANGUAGES = ("ru", "uk", "be", "bg", "sr")


def apply(groups: dict[str, Group], languages: dict[str, str]) -> None:
    latin = defaultdict(list)
    for name in groups:
        if not has_cyrillic(name):
            latin[script_key(name)].append(name)
            for alias in groups[name].aliases:
                latin[script_key(alias)].append(name)
    for name in sorted(n for n in groups if has_cyrillic(n)):
        matches = sorted(set(latin.get(script_key(name), [])))
        if len(matches) == 1:
            groups[matches[0]].aliases.add(name)
            merge(groups, name, matches[0])
        elif all(languages.get(m.article) not in CYRILLIC_LANGUAGES
                 for m in groups[name].mentions):
            del groups[name]



def group_keys(name: str, g: Group) -> tuple[list[str], list[str]]:
    if has_cyrillic(name):
        return [f"cyr:{script_key(name)}"], []
    return [], [f"cyr:{script_key(n)}" for n in {name, *g.aliases}]
