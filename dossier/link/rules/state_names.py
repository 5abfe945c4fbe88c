"""A state's formal name joins the place named by its short one, the name after the state
noun in the genitive or as it is: Republika Irlandii -> Irlandia, Księstwo Liechtenstein ->
Liechtenstein.

Keys: a formal name looks up places by the first two letters of its rest, the coarse key
the rule itself filters by (the genitive is only made for those: Morfeusz's generator is
slow), and with the number of its words (a genitive has as many as its nominative). A
place is looked up only under its own key: its genitive must have the rest's."""

from __future__ import annotations

from ... import lexicon
from ..group import Group, merge
from ..lemmas import genitive


def _rest(name: str) -> str | None:
    """The words after a formal name's state noun (None: no state noun leads it)."""
    states = lexicon.words("entities", "state_nouns")
    words = name.split()
    k = next((k for k in (2, 1) if len(words) > k and
              " ".join(words[:k]).lower() in states), None)
    return " ".join(words[k:]) if k else None


def _filter(name: str) -> tuple[int, str]:
    return len(name.split()), name[:2]


def apply(groups: dict[str, Group], languages: dict[str, str]) -> None:
    formal = {name: rest for name in groups if (rest := _rest(name))}
    if not formal:
        return
    starts = {_filter(rest) for rest in formal.values()}
    places: dict[tuple, dict[str, str]] = {}  # by the filter: name or genitive -> place
    for name, g in groups.items():
        if g.kind == "place" and not g.curated and _filter(name) in starts:
            here = places.setdefault(_filter(name), {})
            here[name] = name
            here.setdefault(genitive(name) or name, name)
    for name, rest in sorted(formal.items()):
        target, g = places.get(_filter(rest), {}).get(rest), groups.get(name)
        if target and target != name and target in groups and g is not None and \
                g.kind != "person" and not g.curated:
            groups[target].aliases.add(name)
            merge(groups, name, target)


def keys(name: str) -> tuple[list[str], list[str]]:
    rest = _rest(name)
    probe = [f"state:{_filter(rest)}"] if rest else []
    return probe, [f"state:{_filter(name)}"]
