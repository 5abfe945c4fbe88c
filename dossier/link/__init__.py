"""Link: the whole-dossier stage. Canonical names, identity across articles, curation.

One path links a dossier, whole or after an edit (link_dossier): every mention is named
(naming.py), the groups of mentions one name makes are split into the components no rule
can link across (components.py), and each component is linked alone, by the rules
(rules/), the editor's entries (curation.py) and to_actors (actors.py). Given the last
link, a component whose inputs are the ones it had then keeps its actors; the others are
linked again by the same code. The result is the link of the dossier from scratch."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..extract.mentions import Extraction
from ..model import Actor, Article, Diagnostic
from .actors import to_actors
from .components import components, curated_keys, entry_keys, goes_by, keys_of
from .curation import Entry, curate, strings
from .group import Group
from .naming import Names, name_mentions
from .rules import merge_identities


@dataclass(frozen=True)
class Component:
    """What one component linked to: its actors, and the diagnostics of its entries as
    (phase, the entry's position among the component's, diagnostic)."""

    actors: tuple[Actor, ...]
    diagnostics: tuple[tuple[int, int, Diagnostic], ...]


@dataclass(frozen=True)
class Linked:
    """A link of a dossier: its actors (in the order of their ids) and the curation's
    diagnostics, with what the next link reuses: the named mentions (naming.Names), each
    name's key digests, and each component's result by the digest of its inputs."""

    actors: tuple[Actor, ...]
    diagnostics: tuple[Diagnostic, ...]
    names: Names
    keys: dict[str, tuple[frozenset, frozenset]]
    components: dict[str, Component]


@dataclass
class _Row:
    """A group of the dossier before any rule: where its mentions come from."""

    articles: list  # (article id, digest of its mentions there), in the articles' order
    expansions: set  # the acronyms its mentions expand


def _table(names: Names) -> dict[str, _Row]:
    """The groups by name, in the order the dossier first names them."""
    table: dict[str, _Row] = {}
    for article, named in names.articles.items():
        for name, _first, digest, expansions in named.groups:
            row = table.get(name)
            if row is None:
                row = table[name] = _Row([], set())
            row.articles.append((article, digest))
            row.expansions.update(expansions)
    return table


def _nodes(table: dict[str, _Row], names: Names, entries: list[Entry],
           memo: dict) -> tuple[list, dict]:
    """Each group's and then each entry's (probe, index) key digests; and the keys of every
    name they go by (the memo for the next link)."""
    keys: dict[str, tuple[frozenset, frozenset]] = {}
    wanted = {s for e in entries for s in strings(e)}
    texts: dict[str, set] = {}
    if wanted:
        for named in names.articles.values():
            for p in named.placed:
                if p.mention.text in wanted:
                    texts.setdefault(p.name, set()).add(p.mention.text)
    nodes = []
    for name, row in table.items():
        probe, index = set(), set()
        by = goes_by(name, row.expansions)
        for n in by:
            if n not in keys:
                keys[n] = memo.get(n) or keys_of(n)
            probe |= keys[n][0]
            index |= keys[n][1]
        if wanted:
            cur = curated_keys(by | texts.get(name, set()), wanted)
            probe |= cur
            index |= cur
        nodes.append((probe, index))
    return nodes + [entry_keys(e) for e in entries], keys


def _inputs(group_names: list[str], table: dict[str, _Row], entries: list[Entry],
            languages: dict[str, str]) -> str:
    """A digest of all a component's link reads."""
    h = hashlib.blake2b(digest_size=16)
    h.update(repr([(n, table[n].articles) for n in group_names]).encode())
    h.update(repr(entries).encode())
    articles = sorted({a for n in group_names for a, _ in table[n].articles})
    h.update(repr([(a, languages.get(a)) for a in articles]).encode())
    return h.hexdigest()


def link_component(group_names: list[str], table: dict[str, _Row], names: Names,
                   entries: list[Entry], languages: dict[str, str]) -> Component:
    """The actors of one component: its groups (by name, in the dossier's order) merged by
    the rules, then the editor's entries applied."""
    groups = {n: Group(n) for n in group_names}
    # (names.articles are in the order of the articles' ids)
    for article in sorted({a for n in group_names for a, _ in table[n].articles}):
        for p in names.articles[article].placed:
            g = groups.get(p.name)
            if g is not None:
                g.mentions.append(p.mention)
                g.votes.update(dict(p.votes))
                g.media = g.media or p.media
    merge_identities(groups, languages)
    diagnostics = curate(groups, entries, Group)
    return Component(tuple(to_actors(groups)), tuple(diagnostics))


def link_dossier(articles: list[Article], extractions: list[Extraction],
                 curation: list[Entry] = (), previous: Linked | None = None) -> Linked:
    """The link of the dossier. ``previous``: the link of this dossier as it was (any
    earlier Linked of it): what holds of it is kept, the rest linked again. The result is
    the same with or without it."""
    languages = {a.id: a.language for a in articles}
    extractions = sorted(extractions, key=lambda e: e.article)
    names = name_mentions(extractions, previous.names if previous else None)
    table = _table(names)
    entries = list(curation)
    nodes, keys = _nodes(table, names, entries, previous.keys if previous else {})
    order = list(table)
    kept = previous.components if previous else {}
    done: dict[str, Component] = {}
    actors: list[Actor] = []
    diagnostics: list[tuple[tuple[int, int], Diagnostic]] = []
    for part in components(nodes):
        group_names = [order[i] for i in part if i < len(order)]
        own = [i - len(order) for i in part if i >= len(order)]
        own_entries = [entries[i] for i in own]
        digest = _inputs(group_names, table, own_entries, languages)
        result = kept.get(digest) or link_component(group_names, table, names,
                                                    own_entries, languages)
        done[digest] = result
        actors += result.actors
        diagnostics += [((phase, own[at]), d) for phase, at, d in result.diagnostics]
    return Linked(tuple(sorted(actors, key=lambda a: a.id)),
                  tuple(d for _, d in sorted(diagnostics, key=lambda t: t[0])),
                  names, keys, done)


def link_actors(articles: list[Article], extractions: list[Extraction],
                curation: list[Entry] = ()) -> tuple[list[Actor], list[Diagnostic]]:
    """The actors of the dossier, and the curation's diagnostics (link_dossier)."""
    linked = link_dossier(articles, extractions, curation)
    return list(linked.actors), list(linked.diagnostics)


def relinked_articles(previous: Linked, linked: Linked) -> set[str]:
    """The articles some of whose mentions' actors differ between two links (an actor
    that came, went or changed names one of them): the ones whose events and quotes may
    differ for it. (Roles: see the note in build/incremental.py.)"""
    gone = [a for d, c in previous.components.items() if d not in linked.components
            for a in c.actors]
    came = [a for d, c in linked.components.items() if d not in previous.components
            for a in c.actors]
    return {article for a in set(gone) ^ set(came) for article in a.articles}
