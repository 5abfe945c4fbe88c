"""An acronym joins the multi-word organisation or place name whose initials it spells
(UE -> Unia Europejska, UOKiK -> Urząd Ochrony Konkurencji i Konsumenta): the only one, or
the one met beside it in at least twice as many articles as any other.

Keys: a multi-word name is found by its initials; an acronym looks itself up."""

from __future__ import annotations

from collections import defaultdict

from ..group import Group, merge
from ..names import is_acronym


def _initials(name: str) -> set[str]:
    """The acronyms a name may go by: its capitals (Unia Europejska -> UE), and with its
    lower-case connectors (Urząd Ochrony Konkurencji i Konsumenta -> UOKiK)."""
    words = name.replace("-", " ").split()
    capitals = "".join(w[0] for w in words if w[:1].isupper())
    return {capitals, "".join(w[0] for w in words)}


def apply(groups: dict[str, Group], languages: dict[str, str]) -> None:
    """An acronym joins the multi-word organisation or place name whose initials it spells
    (UE -> Unia Europejska, UOKiK -> Urząd Ochrony Konkurencji i Konsumenta): the only one,
    or the one met beside it in at least twice as many articles as any other."""
    by_initials: dict[str, list[str]] = defaultdict(list)
    for name, g in groups.items():
        if len(name.split()) >= 2 and not is_acronym(name) and g.kind != "person":
            for key in _initials(name):
                by_initials[key].append(name)
    for name in sorted(groups):
        if name not in groups or not is_acronym(name):
            continue
        candidates = sorted({c for c in by_initials.get(name, ()) if c in groups})
        if not candidates:
            continue
        if len(candidates) > 1:
            here = {m.article for m in groups[name].mentions}
            shared = {c: len(here & {m.article for m in groups[c].mentions}) for c in candidates}
            ranked = sorted(candidates, key=lambda c: -shared[c])
            if shared[ranked[0]] < max(1, 2 * shared[ranked[1]]):
                continue
            candidates = ranked[:1]
        target = candidates[0]
        groups[target].aliases.add(name)
        merge(groups, name, target)


def keys(name: str) -> tuple[list[str], list[str]]:
    if is_acronym(name):
        return [f"ini:{name}"], []
    if len(name.split()) >= 2:
        return [], [f"ini:{k}" for k in sorted(_initials(name))]
    return [], []
