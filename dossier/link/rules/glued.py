"""A person's full name that the dossier knows by itself, with a word glued before it
("Brexit Michel Barnier", "KE Margaritis Schinas": what the person heads or stands for, named
right before): the mentions move to the person, cut to the name.

Keys: a name of three words or more looks up people by the words after its first ones
(keys)."""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from ...extract.mentions import RawMention
from ..group import Group
from ..spelling import loose, words_agree


def _trim(m: RawMention, keep: int) -> RawMention | None:
    """The mention cut down to its last ``keep`` words, or None if its text does not show them."""
    pos = 0
    try:
        for tok in m.tokens[:-keep]:
            pos = m.text.index(tok, pos) + len(tok)
        start = m.text.index(m.tokens[-keep], pos)
    except ValueError:
        return None
    return dataclasses.replace(m, start=m.start + start, text=m.text[start:],
                               tokens=m.tokens[-keep:], sentence_initial=False,
                               expansion_of=None)


def apply(groups: dict[str, Group], languages: dict[str, str]) -> None:
    """"Brexit Michel Barnier", "KE Margaritis Schinas": a person's full name that the dossier
    knows by itself, with a word glued before it (what the person heads or stands for, named
    right before). The mentions move to the person, cut to the name."""
    persons: dict[str, list[str]] = defaultdict(list)  # by the loose key of the surname
    for n, g in groups.items():
        if g.kind == "person" and len(n.split()) >= 2 and not g.curated:
            persons[loose(n.split()[-1])].append(n)

    def person_named(words: list[str]) -> str | None:
        """The person the dossier knows by these words, spelt alike or one slip apart
        (Gazpromu Aleksandr Miedwiediew -> Aleksander Miedwiediew)."""
        found = sorted(p for p in persons.get(loose(words[-1]), ())
                       if len(p.split()) == len(words) and words_agree(p.split(), words, 1))
        return found[0] if found else None

    for name in sorted(groups):
        g = groups[name]
        words = name.split()
        if len(words) < 3 or g.curated:
            continue
        target = next((t for t in (person_named(words[k:]) for k in range(1, len(words) - 1))
                       if t and t != name and t in groups), None)
        if target is None:
            continue
        keep_words = len(target.split())
        kept = []
        for m in g.mentions:
            cut = _trim(m, keep_words) if len(m.tokens) == len(words) else None
            if cut is None:
                kept.append(m)
            else:
                groups[target].mentions.append(cut)
        g.mentions = kept
        if not kept:
            del groups[name]


def _key(words: list[str]) -> str:
    """What person_named requires of a person's name to be found by these words: as many
    words, the same last one by its spelling key, and each word's key starting with the
    same letter (words_agree lets one word slip, never its first letter)."""
    keys = [loose(w) for w in words]
    return f"glue:{keys[-1]}:" + "".join(k[:1] for k in keys)


def keys(name: str) -> tuple[list[str], list[str]]:
    words = name.split()
    if len(words) < 2:
        return [], []
    probe = [_key(words[k:]) for k in range(1, len(words) - 1)]
    return probe, [_key(words)]
