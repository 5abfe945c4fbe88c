"""After an edit: what the build keeps of the last one's dossier-wide work.

The link is made from the last one (link.link_dossier with ``previous``: the components of
names the edit leaves as they were keep their actors), and equals a link from scratch. Each
article's events and quotes are a function of the article, its mentions' actors and the
dossier's roles (pipeline.events_and_quotes): they are made again for the articles whose
text changed or whose mentions' actors did (events_to_redo), and for every article when the
roles changed. What the pages show of it is decided by the pages' own keys, not here."""

from __future__ import annotations

import dataclasses

from ..link import Linked, relinked_articles
from ..link.quotes import roles_of
from ..model import Article, Diagnostic, Dossier


@dataclasses.dataclass
class Relinked:
    dossier: Dossier
    changed: set[str]  # the articles whose events and quotes were made again
    linked: Linked | None = None  # the link, for the next build
    link_diagnostics: list[Diagnostic] = dataclasses.field(default_factory=list)
    # What the build renders: every page (the pages' keys decide what is written).
    partial: bool = False
    lists: bool = False
    profiles: set[str] = dataclasses.field(default_factory=set)
    articles: set[str] = dataclasses.field(default_factory=set)
    months: set = dataclasses.field(default_factory=set)


def _roles(linked: Linked) -> set[tuple[str, str]]:
    """What quotes read of the dossier's roles: each role and its holder's id."""
    return {(role, a.id) for role, a in roles_of(list(linked.actors))}


def events_to_redo(previous: Linked, linked: Linked, edited: set[str],
                   articles: list[Article]) -> set[str]:
    """The articles whose events and quotes must be made again after an edit of the
    ``edited`` articles (and those added), going from the link ``previous`` to ``linked``:
    those, the ones some of whose mentions' actors changed, or all when the roles did."""
    if _roles(previous) != _roles(linked):
        return {a.id for a in articles}
    ids = {a.id for a in articles}
    return (edited | relinked_articles(previous, linked)) & ids | \
        (ids - set(previous.names.articles))


def touched_actors(previous: Dossier, dossier: Dossier, changed: set[str]) -> set[str]:
    """The actors whose profiles show something of the changed articles: those named there,
    and those their events and quotes (before and after) name or quote."""
    ids: set[str] = set()
    for d in (previous, dossier):
        ids.update(a.id for a in d.actors if changed.intersection(a.articles))
        for e in d.events:
            if e.article in changed:
                ids.update(e.actors)
        ids.update(q.speaker for q in d.quotes if q.article in changed and q.speaker)
    return ids
