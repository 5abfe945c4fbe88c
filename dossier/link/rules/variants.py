"""Spelling variants of one name (spelling.py says when two spellings agree): each set of
variants becomes the group whose name the texts write out, met in most articles (then with
most mentions); the others its aliases.

Keys: equal spelling keys (also with the words in another order or run together); a
multi-word name with one word left out, in place, with that word's first letter; a long
one-word name with one letter left out."""

from __future__ import annotations

from collections import defaultdict

from ..group import Group, barely_voted, choose
from ...extract.words import has_cyrillic
from ..spelling import (_MIN_SINGLE, _may_differ, deletion_keys, fold, loose, one_slip,
                        words_agree)


def _compatible(ga: Group, gb: Group) -> bool:
    if ga.curated or gb.curated:
        return False  # the editor decides about curated actors (content/actors.yml)
    if ga.kind == gb.kind:
        return True
    if fold(ga.name).replace(" ", "") == fold(gb.name).replace(" ", ""):
        # The same letters, set apart by case, diacritics, spaces or punctuation only
        # (BioNTech / Biontech, E.On / E.on): one name, whatever kinds their few mentions
        # voted; as one name written alike would be one group.
        return True
    # One of them was barely voted on (a single weak cue): its kind is no evidence.
    return barely_voted(ga.votes) or barely_voted(gb.votes)


def _equal_keys(names: list[str]) -> dict[str, list[str]]:
    """1 and 2: names by their spelling key; "#" keys: the words in any order (Europa
    Wschodnia / Wschodnia Europa, Sąd Najwyższy / Najwyższy Sąd) or run together (Aggregate
    IQ / AggregateIQ)."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for n in names:
        by_key[" ".join(loose(w) for w in fold(n).split())].append(n)
        if len(n.split()) >= 2:
            by_key["#" + " ".join(sorted(fold(n).split()))].append(n)
        by_key["#" + fold(n).replace(" ", "")].append(n)
    return by_key


def _one_slip_keys(names: list[str], groups: dict[str, Group]
                   ) -> tuple[list[list[str]], list[list[str]]]:
    """3: multi-word names meet through the words they share, in place (the key is the name
    with one word left out); long one-word names other than people's through the keys left
    when one letter is deleted (a lone surname may differ from another by one letter:
    Kaczyński, Kawczyński)."""
    by_rest: dict[tuple, list[str]] = defaultdict(list)
    by_deletion: dict[str, list[str]] = defaultdict(list)
    for n in names:
        keys = [loose(w) for w in n.split()]
        if len(keys) >= 2:
            for i in range(len(keys)):
                by_rest[(len(keys), i, *keys[:i], *keys[i + 1:])].append(n)
        elif len(loose(n)) >= _MIN_SINGLE and groups[n].kind != "person":
            for k in deletion_keys(loose(n)):
                by_deletion[k].append(n)
    return list(by_rest.values()), list(by_deletion.values())


def variant_pairs(groups: dict[str, Group]) -> list[tuple[str, str]]:
    """Pairs of group names that spell one actor, each pair at most once."""
    names = sorted(n for n in groups if not has_cyrillic(n))
    pairs: set[tuple[str, str]] = set()

    def consider(a: str, b: str, slips: int) -> None:
        if a == b or (min(a, b), max(a, b)) in pairs:
            return
        if not _compatible(groups[a], groups[b]) or not _may_differ(a, b):
            return
        wa, wb = a.split(), b.split()
        if len(wa) != len(wb):
            return
        # Only for organisations and places: Kowalski / Kowalczyk are two families.
        endings = slips > 0 and len(wa) > 1 and "person" not in (groups[a].kind, groups[b].kind)
        if words_agree(wa, wb, slips, endings):
            pairs.add((min(a, b), max(a, b)))

    for key, members in _equal_keys(names).items():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if not key.startswith("#"):
                    consider(a, b, 0)
                elif _compatible(groups[a], groups[b]) and _may_differ(a, b):
                    pairs.add((min(a, b), max(a, b)))
    rests, deleted = _one_slip_keys(names, groups)
    for members in rests:
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                consider(a, b, 1)
    for members in deleted:
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if one_slip(loose(a), loose(b)):
                    consider(a, b, 1)
    return sorted(pairs)


def apply(groups: dict[str, Group], languages: dict[str, str]) -> None:
    """Join the spelling variants: each set of variants becomes the group whose name the
    texts write out, met in most articles (then with most mentions); the others its
    aliases."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, b in variant_pairs(groups):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    sets: dict[str, list[str]] = defaultdict(list)
    for n in list(parent):
        sets[find(n)].append(n)
    for root, members in sorted(sets.items()):
        members = sorted(set(members) | {root})

        # A spelling the texts write out (Tony Blair, Jean-Claude Juncker) before one the
        # lemmatiser derived from oblique forms only (Tona Blair, Jean-Claud Juncker).
        target = choose("variant", [groups[n] for n in members])
        for n in members:
            if n != target:
                groups[target].absorb(groups.pop(n))


def keys(name: str) -> tuple[list[str], list[str]]:
    if has_cyrillic(name):
        return [], []
    words = name.split()
    both = ["var:" + " ".join(loose(w) for w in fold(name).split())]
    if len(words) >= 2:
        both.append("var#" + " ".join(sorted(fold(name).split())))
    both.append("var#" + fold(name).replace(" ", ""))
    keys = [loose(w) for w in words]
    if len(keys) >= 2:
        # The word left out agrees by its key's first letter (words_agree): it is in the
        # key, so that George Hodana does not meet every George.
        for i in range(len(keys)):
            both.append("varr:" + "\x1f".join([str(len(keys)), str(i), keys[i][:1],
                                               *keys[:i], *keys[i + 1:]]))
    elif len(loose(name)) >= _MIN_SINGLE:
        both.extend("vard:" + k for k in deletion_keys(loose(name)))
    return both, both
