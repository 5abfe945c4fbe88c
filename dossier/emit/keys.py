"""Render keys: a hash of exactly the parts of the model a page shows.

An article page and an actor's profile (with its picture) are each a PageSpec (page.py):
a name that stays from build to build, a key, and how to render them. The build renders a
spec again only when its key is not the last build's (build/pipeline.py keeps the keys in
the build state); the pages themselves are the same either way. So what an edit rebuilds
follows from what each page shows, written down here beside the code that shows it, and
from nothing else: each view below lists what its renderer in __init__.py reads.

A key hashes values, never objects' identities: a pickle without its memo (``fast``: an
equal string pickles to the same bytes whether or not it is the object met before) of the
model's frozen dataclasses and tuples, which pickle field by field (model.pickled_by_fields).
"""

from __future__ import annotations

import hashlib
import io
import pickle

from ..build.state import code_version
from ..model import Actor, Article, Dossier
from .network import network_data
from .related import related_articles, see_also_links

# Changes with what a view holds; code_version() changes with any change to the code too.
VIEW_VERSION = 2


def digest(*parts) -> str:
    """The hash of ``parts``: values of the model, strings, numbers, tuples and lists."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo: the bytes depend on the values alone
    pickler.dump(parts)
    return hashlib.blake2b(buffer.getvalue(), digest_size=20).hexdigest()


class ArticleDigests(dict):
    """Each article's digest, made once per build when a page first asks."""

    def __init__(self, dossier: Dossier):
        super().__init__()
        self._by_id = {a.id: a for a in dossier.articles}

    def __missing__(self, article_id: str) -> str:
        article = self._by_id.get(article_id)
        value = self[article_id] = digest(article) if article is not None else "-"
        return value


def _shown_actor(actor: Actor) -> tuple:
    """What another page shows of an actor it names or links: its name and kind, where its
    page is, and the names a search finds it by (emit/search.py)."""
    return actor.id, actor.name, actor.kind, actor.page_path, actor.aliases, actor.forms


class ArticleView:
    """What an article page shows besides the article: made once, for its key and its
    render. ``ranked``: related_articles' list; ``see_also``: see_also_links'."""

    def __init__(self, renderer, article: Article):
        dossier = renderer.dossier
        self.ranked = related_articles(article, dossier, renderer.related_index)
        self.see_also = see_also_links(article, dossier, renderer.related_index) \
            if article.see_also else {}
        here = renderer.actors_in.get(article.id, [])
        actors = [(*_shown_actor(a), renderer.counts[a.id].get(article.id, 0)) for a in here]
        related = [(other.id, other.title, other.date, other.page_path, tuple(shared), days)
                   for _score, other, shared, days in self.ranked]
        # The article; its mention links; the actors named in it and how often; its related
        # articles as ranked (title, date, place, the names and days shared); its events;
        # its see-also links; the language.
        self.key = digest(VIEW_VERSION, code_version(), "article", dossier.language,
                          renderer.digests[article.id], renderer.links.get(article.id, ()),
                          actors, related, renderer.events_in.get(article.id, ()),
                          sorted(self.see_also.items()))


def mention_views(dossier: Dossier) -> dict[str, str]:
    """For each article, a digest of its mentions as the pages of the actors named there
    read them: where each is and its actor's id, name, kind and page. Who is named with
    whom (a profile's related list and neighbourhood, graph.py) is made of these and the
    articles' paragraphs, so a profile's key holds them in place of the counts: made once
    per build, the counts only for the profiles rendered."""
    placed: dict[str, list] = {}
    for actor in dossier.actors:
        head = (actor.id, actor.name, actor.kind, actor.page_path)
        for m in actor.mentions:
            placed.setdefault(m.article, []).append((m.start, m.end, head))
    return {article_id: digest(sorted(mentions)) for article_id, mentions in placed.items()}


def profile_key(renderer, actor: Actor) -> str:
    """What _Renderer.profile_pages shows, by the inputs it is made of: the actor whole (its
    mentions, forms, roles, description); every article it is named, quoted or placed in an
    event by (their text, titles and dates, and the mentions in them with their actors'
    names, kinds and pages: renderer.views, of which its related list and its
    neighbourhood are counted, and which the events show); its quotes and events as
    shown; whether the search takes it."""
    quotes = renderer.quotes_shown(actor.id)
    events = renderer.events_shown(actor.id)
    sources = set(actor.articles) | {a for _, a in actor.role_sources} | \
        {q.article for q in quotes} | {e.article for e in events}
    return digest(VIEW_VERSION, code_version(), "profile", renderer.dossier.language, actor,
                  [(a, renderer.digests[a], renderer.views.get(a, "-"))
                   for a in sorted(sources)], quotes, events,
                  renderer.searchable is None or actor.id in renderer.searchable)


def graph_key(renderer) -> str:
    """What the network page (graph.render_graph) shows: the network view's data (the most
    mentioned actors with their names, kinds and mentions, and the paragraphs they share),
    of which the picture draws the first; where their pages are."""
    dossier = renderer.dossier
    data = network_data(dossier, renderer.related)
    paths = [dossier.actor(n["id"]).page_path for n in data["nodes"]] if data else []
    return digest(VIEW_VERSION, code_version(), "graph", dossier.language, data, paths)
