"""Link: the whole-dossier stage. Canonical names, identity across articles, curation.

One path links a dossier, whole or after an edit (link_dossier): every mention is named
(naming.py); the groups of mentions one name makes are split into the components no early
rule links across, each linked alone by those rules; their groups are split into the
components no late rule, entry of the editor's (curation.py) or slug links across, each
linked alone by those and to_actors (stages.py, components.py, rules/). Given the last link,
a component whose inputs are the ones it had then keeps what it made; the others are linked
again by the same code. The result is the link of the dossier from scratch."""

from __future__ import annotations

from dataclasses import dataclass

from ..extract.mentions import Extraction
from ..model import Actor, Article, Diagnostic
from .components import components
from .curation import Entry
from .naming import Names, name_mentions
from .stages import (Component, Early, early_inputs, early_nodes, late_inputs, late_nodes,
                     link_early, link_late, table)


@dataclass(frozen=True)
class Linked:
    """A link of a dossier: its actors (in the order of their ids) and the curation's
    diagnostics, with what the next link reuses: the named mentions (naming.Names), each
    name's key digests, each early component's groups and each late component's result,
    by the digest of its inputs (stages.py)."""

    actors: tuple[Actor, ...]
    diagnostics: tuple[Diagnostic, ...]
    names: Names
    keys: dict[str, tuple[frozenset, frozenset]]
    early: dict[str, Early]
    components: dict[str, Component]


def _early(names: Names, languages: dict[str, str], previous: Linked | None
           ) -> tuple[dict[str, Early], dict]:
    """The early components linked, by their digests in order; and the name keys."""
    rows = table(names)
    nodes, keys = early_nodes(rows, previous.keys if previous else {})
    order = list(rows)
    kept = previous.early if previous else {}
    done: dict[str, Early] = {}
    for part in components(nodes):
        group_names = [order[i] for i in part]
        digest = early_inputs(group_names, rows, languages)
        done[digest] = kept.get(digest) or link_early(group_names, rows, names, languages)
    return done, keys


def link_dossier(articles: list[Article], extractions: list[Extraction],
                 curation: list[Entry] = (), previous: Linked | None = None) -> Linked:
    """The link of the dossier. ``previous``: the link of this dossier as it was (any
    earlier Linked of it): what holds of it is kept, the rest linked again. The result is
    the same with or without it."""
    languages = {a.id: a.language for a in articles}
    extractions = sorted(extractions, key=lambda e: e.article)
    names = name_mentions(extractions, previous.names if previous else None, languages)
    early, keys = _early(names, languages, previous)
    entries = list(curation)
    members = [(d, i) for d, part in early.items() for i in range(len(part.groups))]
    kept = previous.components if previous else {}
    done: dict[str, Component] = {}
    actors: list[Actor] = []
    diagnostics: list[tuple[tuple[int, int], Diagnostic]] = []
    for part in components(late_nodes(list(early.values()), entries)):
        own = [members[i] for i in part if i < len(members)]
        own_entries = [i - len(members) for i in part if i >= len(members)]
        groups = [early[d].groups[i] for d, i in own]
        digest = late_inputs([early[d].digests[i] for d, i in own],
                             [entries[i] for i in own_entries],
                             sorted({(m.article, languages.get(m.article))
                                     for g in groups for m in g.mentions}))
        result = kept.get(digest) or link_late(groups, [entries[i] for i in own_entries],
                                               languages)
        done[digest] = result
        actors += result.actors
        diagnostics += [((phase, own_entries[at]), d) for phase, at, d in result.diagnostics]
    return Linked(tuple(sorted(actors, key=lambda a: a.id)),
                  tuple(d for _, d in sorted(diagnostics, key=lambda t: t[0])),
                  names, keys, early, done)


def link_actors(articles: list[Article], extractions: list[Extraction],
                curation: list[Entry] = ()) -> tuple[list[Actor], list[Diagnostic]]:
    """The actors of the dossier, and the curation's diagnostics (link_dossier)."""
    linked = link_dossier(articles, extractions, curation)
    return list(linked.actors), list(linked.diagnostics)


def changed_actors(previous: Linked, linked: Linked) -> tuple[set[Actor], set[Actor]]:
    """The actors of ``previous`` that ``linked`` does not hold alike (gone or changed),
    and those of ``linked`` that ``previous`` did not (came or changed): found through the
    components linked again, so the cost follows the edit, not the dossier."""
    gone = {a for d, c in previous.components.items() if d not in linked.components
            for a in c.actors}
    came = {a for d, c in linked.components.items() if d not in previous.components
            for a in c.actors}
    return gone - came, came - gone

