"""Spelling variants of one name across kinds (link/rules/variants.py): hand-made groups,
no corpus text."""

from __future__ import annotations

from collections import Counter

from dossier.link.group import Group
from dossier.link.rules.variants import variant_pairs


def _group(name: str, kind: str, n: int = 5) -> Group:
    return Group(name, votes=Counter({kind: n}))


def test_the_same_letters_in_other_capitals_are_one_name_whatever_the_kinds():
    # A few mentions voted one spelling a person, the other an organisation: case, spaces
    # and punctuation aside they are the same letters.
    groups = {n: _group(n, k) for n, k in (("Zentrovax", "organization"),
                                           ("ZentroVax", "person"),
                                           ("Kell-Marrow", "organization"),
                                           ("Kell Marrow", "person"))}
    assert variant_pairs(groups) == [("Kell Marrow", "Kell-Marrow"), ("ZentroVax", "Zentrovax")]


def test_a_slip_between_kinds_still_keeps_two_names():
    # One letter apart is a slip only within one kind.
    groups = {"Zentrovax": _group("Zentrovax", "organization"),
              "Zentrovox": _group("Zentrovox", "person")}
    assert variant_pairs(groups) == []
