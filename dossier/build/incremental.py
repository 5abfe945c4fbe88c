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
