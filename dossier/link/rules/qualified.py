"""An organisation's name with a qualifier and the plain name met in the dossier are one
actor (Departament Stanu USA / Departament Stanu, SCL Group / SCL, Greenpeace Rosja /
Greenpeace), under the name met more often. Only when the dossier qualifies that name one
way: beside MSZ Niemiec and MSZ Bułgarii, a plain MSZ is neither.

Keys: a name is a base; its prefixes before a qualifier are the bases it may qualify."""

from __future__ import annotations

import functools
from collections import defaultdict

from ... import lexicon
from ...extract.morph import analyse
from ..group import Group, choose, merge
from ..names import is_acronym


@functools.lru_cache(maxsize=100_000)
def _qualifier(words: str) -> bool:
    """Words that only say where or which legal body: USA, UE, Rosja, Group, Ltd."""
    suffixes = lexicon.words("entities", "organization_suffixes")
    return all(is_acronym(w) or w.lower() in suffixes or
               any(a.kind == "place" and a.pos == "subst" for a in analyse(w))
               for w in words.split())


def apply(groups: dict[str, Group], languages: dict[str, str]) -> None:
    """An organisation's name with a qualifier and the plain name met in the dossier are one
    actor (Departament Stanu USA / Departament Stanu, SCL Group / SCL, Greenpeace Rosja /
    Greenpeace), under the name met more often. Only when the dossier qualifies that name one
    way: beside MSZ Niemiec and MSZ Bułgarii, a plain MSZ is neither."""
    qualifiers: dict[str, set[str]] = defaultdict(set)
    for name in groups:
        words = name.split()
        for k in range(1, len(words)):
            qualifiers[" ".join(words[:k])].add(" ".join(words[k:]))
    counted: dict[str, int] = {}

    def qualified_ways(base: str) -> int:
        # Nested qualifiers are one way (Scripps Networks, Scripps Networks Interactive).
        if base not in counted:
            ways = {q for q in qualifiers[base] if _qualifier(q)}
            counted[base] = sum(1 for q in ways
                                if not any(o.startswith(q + " ") for o in ways))
        return counted[base]

    for name in sorted(groups, key=lambda n: (-len(n.split()), n)):
        if name not in groups or groups[name].kind != "organization" or groups[name].curated:
            continue
        words = name.split()
        for k in range(len(words) - 1, max(0, len(words) - 3), -1):
            base = " ".join(words[:k])
            g = groups.get(base)
            if g is None or g.kind != "organization" or g.curated:
                continue
            if _qualifier(" ".join(words[k:])) and qualified_ways(base) == 1:
                # The name met more often stays (RMF FM; Departament Stanu).
                keep = choose("mentions", [g, groups[name]])
                merge(groups, name if keep == base else base, keep)
                if keep == base:
                    break  # the shorter name goes on to its own shorter bases later
                # else the name stays and may take a shorter base too (Scripps Networks
                # Interactive: Scripps Networks, then Scripps)


def keys(name: str) -> tuple[list[str], list[str]]:
    words = name.split()
    probe = ["qual:" + " ".join(words[:k]) for k in range(1, len(words))
             if _qualifier(" ".join(words[k:]))]
    return probe, [f"qual:{name}"]
