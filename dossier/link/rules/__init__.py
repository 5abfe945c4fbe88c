"""The merge rules of the link stage, one module each, in the order they are applied.

Each rule relates groups only through strings it derives from their names (a surname,
initials, a spelling key, a shorter form, a prefix, a script key) or from their mentions (the
acronym a mention expands), and each module writes those strings out beside the rule, in
``keys(name) -> (probe, index)``: ``probe`` keys are what a group named so looks up,
``index`` keys what it can be found by (a rule that compares names both ways puts a key in
both). The keys are written for every kind a name may have (a group's kind changes as it
absorbs others). Groups whose keys never meet are linked by the rules exactly as each would
be alone: no rule can see one from the other, and each rule's tallies (how many articles,
how many ways a name is qualified, which candidate dominates) are taken over groups that
share its key. ../components.py splits a dossier so.

A rule may also give a group names: ``names(name)`` (the gazetteer's canonical name) and
``mention_names(mention)`` (the acronym a mention expands)."""

from __future__ import annotations

from ..group import Group
from . import (acronyms, gazetteer, glued, initials, languages, plurals, qualified, scripts,
               short_names, shortened, shorter_person, state_names, variants)

RULES = (acronyms, gazetteer, state_names, glued, initials, variants, plurals, qualified,
         shorter_person, shortened, short_names, scripts, languages)


# The early rules' keys are a name's (``keys(name)``); the late ones' keys are those of a
# group as the early rules leave it (``group_keys(name, group)``: its kind, its aliases),
# for no late rule changes what they read.
EARLY = tuple(rule for rule in RULES if hasattr(rule, "keys"))
LATE = RULES[len(EARLY):]
assert all(hasattr(rule, "group_keys") for rule in LATE)


def merge_identities(groups: dict[str, Group], languages: dict[str, str]) -> None:
    """Acronyms with their expansions, surnames with full names, other scripts with their
    Latin spelling, ...: each rule in turn, merging only when the match is unambiguous.
    ``languages``: each article's language."""
    early_rules(groups, languages)
    late_rules(groups, languages)


def early_rules(groups: dict[str, Group], languages: dict[str, str]) -> None:
    for rule in EARLY:
        rule.apply(groups, languages)


def late_rules(groups: dict[str, Group], languages: dict[str, str]) -> None:
    for rule in LATE:
        rule.apply(groups, languages)


def name_keys(name: str) -> tuple[list[str], list[str]]:
    """(probe, index): the strings through which the early rules relate ``name`` to other
    names."""
    probe, index = [], []
    for rule in EARLY:
        p, i = rule.keys(name)
        probe += p
        index += i
    return probe, index


def group_keys(name: str, group: Group) -> tuple[list[str], list[str]]:
    """(probe, index): the same for the late rules, of a group the early ones made."""
    probe, index = [], []
    for rule in LATE:
        p, i = rule.group_keys(name, group)
        probe += p
        index += i
    return probe, index


_NAMING = tuple(rule for rule in RULES if hasattr(rule, "names"))
_MENTION_NAMING = tuple(rule for rule in RULES if hasattr(rule, "mention_names"))


def names_given(name: str) -> list[str]:
    """The names the rules may give a group named ``name`` besides it."""
    return [n for rule in _NAMING for n in rule.names(name)]


def mention_names(mention) -> list[str]:
    """The names a mention may give its group besides its own (the acronym it expands)."""
    return [n for rule in _MENTION_NAMING for n in rule.mention_names(mention)]
