"""Three ways a name is written shorter: a person's double surname by its first part
(Agata Gostyńska for Agata Gostyńska-Jakubowska), an institution's "in" dropped (Uniwersytet
Cambridge for Uniwersytet w Cambridge), an organisation's leading adjective dropped where
the article also gives it (Trybunał Obrachunkowy for Europejski Trybunał Obrachunkowy), if
the dossier knows that name with no other adjective. Each joins the name met in more
articles. (A person's other shorter names: shorter_person.py.)

Keys: a name is found by itself, and looks up its three shorter forms; names after a
leading adjective meet (the rule counts a name's adjectives)."""

from __future__ import annotations

from collections import Counter

from ..group import Group, choose, merge
from ..kinds import adjective


def _introduces(full: Group, short: Group) -> bool:
    """An article names the full name first and goes on with the short one: the short one is
    then that article's way of naming it, not another body of that name (an article that
    speaks of Trybunał Konstytucyjny before Federalny Trybunał Konstytucyjny compares two)."""
    first: dict[str, int] = {}
    for m in full.mentions:
        first[m.article] = min(first.get(m.article, m.start), m.start)
    first_short: dict[str, int] = {}
    for m in short.mentions:
        if m.article in first:
            first_short[m.article] = min(first_short.get(m.article, m.start), m.start)
    return any(first[a] < start for a, start in first_short.items())


def apply(groups: dict[str, Group], languages: dict[str, str]) -> None:
    """Three ways a name is written shorter: a person's double surname by its first part
    (Agata Gostyńska for Agata Gostyńska-Jakubowska), an institution's "in" dropped
    (Uniwersytet Cambridge for Uniwersytet w Cambridge), an organisation's leading adjective
    dropped where the article also gives it (Trybunał Obrachunkowy for Europejski Trybunał
    Obrachunkowy), if the dossier knows that name with no other adjective. Each joins the name
    met in more articles. (A person's other shorter names: _merge_shorter_person_names.)"""
    adjectives: Counter = Counter(  # how many adjectives each name is met with
        " ".join(n.split()[1:]) for n in groups if adjective(n.split()[0]))
    for name in sorted(groups):
        if name not in groups or groups[name].curated:
            continue
        words = name.split()
        short = None
        if groups[name].kind == "person" and len(words) >= 2 and "-" in words[-1].strip("-") \
                and words[-1].replace("-", "").isalpha():  # not Nord Stream-2
            short = " ".join(words[:-1] + [words[-1].split("-")[0]])
        elif groups[name].kind != "person" and "w" in words[1:-1]:
            at = words.index("w", 1)
            short = " ".join(words[:at] + words[at + 1:])
        elif groups[name].kind == "organization" and len(words) >= 3 and \
                adjective(words[0]) and adjectives.get(" ".join(words[1:])) == 1:
            # "Europejski Trybunał Obrachunkowy" and, further on, "Trybunał Obrachunkowy".
            short = " ".join(words[1:])
            if short in groups and not _introduces(groups[name], groups[short]):
                short = None
        other = groups.get(short) if short else None
        if other is None or other.curated or (other.kind == "person") != \
                (groups[name].kind == "person"):
            continue
        keep = choose("articles", [groups[name], other])
        merge(groups, short if keep == name else name, keep)


def keys(name: str) -> tuple[list[str], list[str]]:
    words = name.split()
    probe, index, both = [], [f"short:{name}"], []
    if len(words) >= 2 and "-" in words[-1]:
        probe.append("short:" + " ".join(words[:-1] + [words[-1].split("-")[0]]))
    if "w" in words[1:-1]:
        at = words.index("w", 1)
        probe.append("short:" + " ".join(words[:at] + words[at + 1:]))
    if len(words) >= 2 and adjective(words[0]):
        probe.append("short:" + " ".join(words[1:]))
        both.append("adj:" + " ".join(words[1:]))
    return probe + both, index + both
