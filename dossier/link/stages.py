"""The two stages of a link, each over its own components (components.py).

Early: the rules whose keys are a name's (rules.EARLY) link each early component: the groups
of mentions whose names' keys meet. Late: the rules whose keys read a group as the early
rules leave it (rules.LATE: its kind, its aliases), the editor's entries and to_actors link
each late component: the early groups whose late keys meet, with the entries whose names
meet theirs. Each component's result is kept by the digest of its inputs, for the next
link."""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter
from dataclasses import dataclass

from .. import ids
from ..model import Actor, Diagnostic
from .actors import to_actors
from .components import curated_keys, digest_key, entry_keys, goes_by, keys_of
from .curation import Entry, curate, strings
from .group import Group
from .naming import Names
from .rules import early_rules, group_keys, late_rules


@dataclass
class Row:
    """A group of the dossier before any rule: where its mentions come from."""

    articles: list  # (article id, digest of its mentions there), in the articles' order
    expansions: set  # the acronyms its mentions expand


def table(names: Names) -> dict[str, Row]:
    """The groups by name, in the order the dossier first names them."""
    out: dict[str, Row] = {}
    for article, named in names.articles.items():
        for name, _first, digest, expansions in named.groups:
            row = out.get(name)
            if row is None:
                row = out[name] = Row([], set())
            row.articles.append((article, digest))
            row.expansions.update(expansions)
    return out


def early_nodes(rows: dict[str, Row], memo: dict) -> tuple[list, dict]:
    """Each group's (probe, index) key digests; and the keys of every name they go by (the
    memo for the next link)."""
    keys: dict[str, tuple[frozenset, frozenset]] = {}
    nodes = []
    for name, row in rows.items():
        probe, index = set(), set()
        for n in goes_by(name, row.expansions):
            if n not in keys:
                keys[n] = memo.get(n) or keys_of(n)
            probe |= keys[n][0]
            index |= keys[n][1]
        nodes.append((probe, index))
    return nodes, keys


def early_inputs(group_names: list[str], rows: dict[str, Row],
                 languages: dict[str, str]) -> str:
    """A digest of all an early component's link reads (and the late one's of it)."""
    h = hashlib.blake2b(digest_size=16)
    h.update(repr([(n, rows[n].articles) for n in group_names]).encode())
    articles = sorted({a for n in group_names for a, _ in rows[n].articles})
    h.update(repr([(a, languages.get(a)) for a in articles]).encode())
    return h.hexdigest()


@dataclass(frozen=True)
class Early:
    """An early component linked: its groups, each with its late keys' digests and a
    digest of all it is (what the late component it is in reads of it)."""

    groups: tuple[Group, ...]
    keys: tuple[tuple[frozenset, frozenset], ...]
    digests: tuple[str, ...]


def link_early(group_names: list[str], rows: dict[str, Row], names: Names,
               languages: dict[str, str]) -> Early:
    """The groups of one early component (by name, in the dossier's order) merged by the
    early rules."""
    groups = {n: Group(n) for n in group_names}
    # (names.articles are in the order of the articles' ids)
    for article in sorted({a for n in group_names for a, _ in rows[n].articles}):
        for p in names.articles[article].placed:
            g = groups.get(p.name)
            if g is not None:
                g.mentions.append(p.mention)
                g.votes.update(dict(p.votes))
                g.media = g.media or p.media
    early_rules(groups, languages)
    keys = []
    for name, g in groups.items():
        probe, index = group_keys(name, g)
        slug = f"slug:{ids.slugify(name, 'actor')}"  # to_actors
        keys.append((frozenset(map(digest_key, probe + [slug])),
                     frozenset(map(digest_key, index + [slug]))))
    digests = tuple(_digest(g) for g in groups.values())
    return Early(tuple(groups.values()), tuple(keys), digests)


def _digest(g: Group) -> str:
    """A digest of all a group is, the same in every process (a set's order is not)."""
    fields = (g.name, g.mentions, sorted(g.aliases), sorted(g.votes.items()), g.media,
              g.curated, g.kind_override, g.role_override, g.description)
    return hashlib.blake2b(repr(fields).encode(), digest_size=16).hexdigest()


def late_nodes(early: list[Early], entries: list[Entry]) -> list:
    """Each early group's late keys, with those an entry finds it by, then each entry's."""
    wanted = {s for e in entries for s in strings(e)}
    nodes = []
    for part in early:
        for g, (probe, index) in zip(part.groups, part.keys):
            if wanted:
                cur = curated_keys({g.name, *g.aliases, *(m.text for m in g.mentions)},
                                   wanted)
                probe, index = probe | cur, index | cur
            nodes.append((probe, index))
    return nodes + [entry_keys(e) for e in entries]


@dataclass(frozen=True)
class Component:
    """What one late component linked to: its actors, and the diagnostics of its entries as
    (phase, the entry's position among the component's, diagnostic)."""

    actors: tuple[Actor, ...]
    diagnostics: tuple[tuple[int, int, Diagnostic], ...]


def late_inputs(members: list[str], entries: list[Entry], languages: list) -> str:
    """A digest of a late component's inputs: its early groups (by their digests), its
    entries and the languages of its articles."""
    return hashlib.blake2b(repr((members, entries, languages)).encode(),
                           digest_size=16).hexdigest()


def link_late(groups: list[Group], entries: list[Entry], languages: dict[str, str]
              ) -> Component:
    """The actors of one late component: the late rules, then the editor's entries."""
    groups = {g.name: dataclasses.replace(g, mentions=list(g.mentions),
                                          aliases=set(g.aliases), votes=Counter(g.votes))
              for g in groups}
    late_rules(groups, languages)
    diagnostics = curate(groups, entries, Group)
    return Component(tuple(to_actors(groups)), tuple(diagnostics))
