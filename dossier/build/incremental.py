"""After an edit: what the build keeps of the last one's dossier-wide work.

The link is made from the last one (link.link_dossier with ``previous``: the components of
names the edit leaves as they were keep their actors), and equals a link from scratch. Each
article's events and quotes are a function of the article, its mentions' actors and the
dossier's roles (pipeline.events_and_quotes): they are made again for the articles whose
text changed or whose mentions read differently (events_to_redo: an actor's id, kind, name
and aliases are all they read of it), and for every article when the roles changed. What the pages show of it is decided by the pages' own keys, not here."""

from __future__ import annotations

import dataclasses

from ..link import Linked, changed_actors
from ..link.quotes import roles_of
from ..model import Actor, Article, Diagnostic, Dossier


@dataclasses.dataclass
class Relinked:
    dossier: Dossier
    changed: set[str]  # the articles whose events and quotes were made again
    linked: Linked | None = None  # the link, for the next build
    link_diagnostics: list[Diagnostic] = dataclasses.field(default_factory=list)
    linked_before: Linked | None = None  # the last build's, this one was made from


def _roles(linked: Linked) -> set[tuple[str, str]]:
    """What quotes read of the dossier's roles: each role and its holder's id."""
    return {(role, a.id) for role, a in roles_of(list(linked.actors))}


def _mentions_read(actors: set[Actor]) -> dict[str, list[tuple]]:
    """What events and quotes read of ``actors``' mentions (link/events.py: build_events,
    link/quotes.py: extract_quotes), by article: each mention's place and its actor's id,
    kind, name and aliases; sorted, so that two links compare as values."""
    out: dict[str, list[tuple]] = {}
    for a in actors:
        for m in a.mentions:
            out.setdefault(m.article, []).append((m.start, m.end, a.id, a.kind, a.name,
                                                  a.aliases))
    for reads in out.values():
        reads.sort()
    return out


def events_to_redo(previous: Linked, linked: Linked, edited: set[str],
                   articles: list[Article]) -> set[str]:
    """The articles whose events and quotes must be made again after an edit of the
    ``edited`` articles (and those added), going from the link ``previous`` to ``linked``:
    those, the ones whose mentions read differently (an actor that came or went, or whose
    name or kind changed, in them: a popular actor that gained a mention elsewhere reads
    the same here), or all when the roles did. The actors both links hold alike read the
    same, so only those that differ are compared."""
    if _roles(previous) != _roles(linked):
        return {a.id for a in articles}
    ids = {a.id for a in articles}
    gone, came = changed_actors(previous, linked)
    before, after = _mentions_read(gone), _mentions_read(came)
    differ = {a for a in before.keys() | after.keys() if before.get(a) != after.get(a)}
    return (edited | differ) & ids | (ids - set(previous.names.articles))
