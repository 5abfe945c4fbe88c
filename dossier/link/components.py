"""The dossier split into the parts the rules link independently.

A group (the mentions of one canonical name, naming.py) goes by its name and the names the
rules may give it (rules.names_given, the acronyms its mentions expand); each of those names
has the keys the rules look names up by (rules.name_keys), and two more: the name itself
(two groups given one name meet) and its slug (to_actors gives names that slug alike other
slugs). A curation entry has a key for every name it matches or gives, and the slug of its
name; a group has such a key for every name and every form of its mentions an entry names.
Groups and entries whose keys meet (one's probe in the other's index), directly or through
others, form one component; components never meet, so the link of the dossier is the link
of each component (rules/__init__.py says why), and a component whose inputs are those of
the last link has the actors it had."""

from __future__ import annotations

import zlib

from .. import ids
from .curation import Entry, strings
from .rules import name_keys, names_given


def digest_key(key: str) -> int:
    """64 bits of a key, the same in every process (str's hash is not). Two keys that
    happen to share a digest only join two components: linked together, they link as each
    alone."""
    data = key.encode()
    return zlib.crc32(data) << 32 | zlib.adler32(data)


def keys_of(name: str) -> tuple[frozenset, frozenset]:
    """The digests of the (probe, index) keys of a name."""
    probe, index = name_keys(name)
    own = [f"n:{name}", f"slug:{ids.slugify(name, 'actor')}"]
    return frozenset(map(digest_key, probe + own)), frozenset(map(digest_key, index + own))


def goes_by(name: str, expansions=()) -> set[str]:
    """The names a group named ``name`` whose mentions expand ``expansions`` may go by."""
    out, todo = set(), [name, *expansions]
    while todo:
        n = todo.pop()
        if n not in out:
            out.add(n)
            todo += names_given(n)
    return out


class _Partition:
    """Union-find over nodes 0..n-1."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(self, nodes: list[int]) -> None:
        root = self.find(nodes[0])
        for x in nodes[1:]:
            other = self.find(x)
            if other != root:
                self.parent[other] = root


def components(nodes: list[tuple[frozenset, frozenset]]) -> list[list[int]]:
    """The components of nodes given by their (probe, index) key digests, each a list of
    node positions in order, in the order of their first nodes."""
    probed = frozenset().union(*(p for p, _ in nodes))
    indexed = frozenset().union(*(i for _, i in nodes))
    # A key some node probes and some node is found by joins every node holding it (two
    # that probe it meet through one found by it, and the other way round).
    live = probed & indexed
    holder: dict[int, int] = {}
    partition = _Partition(len(nodes))
    for i, (probe, index) in enumerate(nodes):
        for k in (probe | index) & live:
            j = holder.setdefault(k, i)
            if j != i:
                partition.join([j, i])
    out: dict[int, list[int]] = {}
    for i in range(len(nodes)):
        out.setdefault(partition.find(i), []).append(i)
    return list(out.values())


def entry_keys(e: Entry) -> tuple[frozenset, frozenset]:
    keys = frozenset(map(digest_key, [f"cur:{s}" for s in strings(e)] +
                         [f"slug:{ids.slugify(e.name, 'actor')}"]))
    return keys, keys


def curated_keys(names, wanted: set[str]) -> frozenset:
    """The keys through which entries naming any of ``wanted`` find a group going by
    ``names`` (its names, and its mentions' forms)."""
    return frozenset(digest_key(f"cur:{n}") for n in names if n in wanted)
