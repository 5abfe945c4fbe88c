"""Emit: the model becomes pages. Pure: no file is read or written here."""

from __future__ import annotations

import functools
import os
from collections import Counter

from dataclasses import replace

from ..workers import forked_map
from ..model import Dossier
from .actors import (article_actors_section, listed_actors, mention_links,
                     render_actors_index, render_profile)
from .graph import CoMentionRows, co_mentions, network_svg, render_graph
from .network import network_view
from .related import RelatedIndex, related_section, see_also_links
from .tags import article_tags, render_tags
from .articles import render_article, render_articles_index
from .home import render_home
from .page import Page
from .quotes import quotes_section
from .search import search_block
from .text import Labels, md_escape
from .timeline import event_list, render_timeline


# In a large dossier most actors are named in passing: a page each would multiply the site
# (11,524 actors for 2,000 articles in benchmarks/scale.py; at 10,000 articles 25,000 of them
# are named twice) for pages nobody reads. Above this many articles, an actor needs to be
# named in two articles, or three times, for a profile; all stay in the export.
LARGE_DOSSIER = 500
MAX_PROFILE_EVENTS = 100
MAX_PROFILE_QUOTES = 50
MIN_ARTICLES_WHEN_LARGE = 2
MIN_MENTIONS_WHEN_LARGE = 3


def has_profile(actor, n_articles: int) -> bool:
    """Whether the site gives ``actor`` a page, in a dossier of ``n_articles``."""
    return n_articles <= LARGE_DOSSIER or len(actor.articles) >= MIN_ARTICLES_WHEN_LARGE \
        or len(actor.mentions) >= MIN_MENTIONS_WHEN_LARGE


def profiled(dossier: Dossier) -> Dossier:
    """The dossier as the site shows it: only actors with a profile page, and events naming
    only those."""
    if len(dossier.articles) <= LARGE_DOSSIER:
        return dossier
    actors = [a for a in dossier.actors if has_profile(a, len(dossier.articles))]
    keep = {a.id for a in actors}
    events = [replace(e, actors=tuple(a for a in e.actors if a in keep)) for e in dossier.events]
    quotes = [q if q.speaker in keep or q.speaker is None else replace(q, speaker=None)
              for q in dossier.quotes]
    return Dossier(title=dossier.title, language=dossier.language, articles=dossier.articles,
                   actors=actors, events=events, quotes=quotes,
                   diagnostics=dossier.diagnostics)


# Above this many articles, article pages and profiles are rendered in worker processes.
PARALLEL_PAGES = 400
_CHUNK = 100

class _Renderer:
    """What every page of one build shares: the dossier as shown and its indexes."""

    def __init__(self, dossier: Dossier):
        self.dossier = dossier
        self.links = mention_links(dossier)
        self.labels = Labels(dossier.language)
        self.actors_in: dict[str, list] = {}
        # How often each actor is named in each article: counted once (a scan of an actor's
        # mentions per article is quadratic for the actors every article names).
        self.counts: dict[str, dict[str, int]] = {}
        for actor in dossier.actors:
            self.counts[actor.id] = Counter(m.article for m in actor.mentions)
            for article_id in actor.articles:
                self.actors_in.setdefault(article_id, []).append(actor)
        self.related_index = RelatedIndex(dossier, self.actors_in)
        self.events_in: dict[str, list] = {}  # by article
        self.events_of: dict[str, list] = {}  # by actor
        for event in dossier.events:
            self.events_in.setdefault(event.article, []).append(event)
            for actor_id in event.actors:
                self.events_of.setdefault(actor_id, []).append(event)
        # In a large dossier the search index takes the articles and the profiles the actors
        # index lists (the most mentioned): every indexed page costs each query's download
        # (Pagefind's page list), and the others are found through the articles naming them.
        self.searchable = listed_actors(dossier) \
            if len(dossier.articles) > LARGE_DOSSIER else None
        self.quotes_of: dict[str, list] = {}
        for quote in dossier.quotes:
            if quote.speaker:
                self.quotes_of.setdefault(quote.speaker, []).append(quote)

    @functools.cached_property
    def ego_rows(self) -> CoMentionRows:
        return CoMentionRows(self.dossier, self.actors_in)

    @functools.cached_property
    def related(self) -> dict[str, Counter]:
        """The co-mention counts (the network graph, each profile's related actors)."""
        return co_mentions(self.dossier)

    def tags(self, article) -> list[str]:
        return article_tags(article, self.actors_in.get(article.id, []), self.counts)

    def article_pages(self, article) -> list[Page]:
        dossier, here = self.dossier, self.actors_in.get(article.id, [])
        sections = [article_actors_section(article, dossier, here, self.counts),
                    related_section(article, dossier, self.related_index)]
        return [render_article(article, dossier, self.links, [s for s in sections if s],
                               self.events_in.get(article.id, []), search_block(here),
                               self.tags(article), see_also_links(article, dossier))]

    def profile_pages(self, actor) -> list[Page]:
        dossier, labels = self.dossier, self.labels
        pages, sections = [], []
        quotes = quotes_section(self.quotes_of.get(actor.id, [])[-MAX_PROFILE_QUOTES:],
                                dossier, actor.page_path)
        if quotes:
            sections.append(quotes)
        # The neighbourhood as the actor's own articles show it (CoMentionRows.ego).
        ego = self.ego_rows.ego(actor.id)
        neighbourhood = network_svg(dossier, actor.page_path, ego, center=actor.id,
                                    size=420, standalone=True)
        if neighbourhood:
            picture = actor.page_path[:-3] + ".svg"
            pages.append(Page(picture, neighbourhood))
            sections.append(f"## {labels['neighbourhood']}\n\n"
                            f"![{md_escape(labels['neighbourhood'])}: {md_escape(actor.name)}]"
                            f"({picture.rsplit('/', 1)[1]}){{: .dossier-neighbourhood }}\n\n"
                            + network_view(dossier, actor.page_path, ego,
                                           center=actor.id))
        if self.events_of.get(actor.id):
            # The most recent events: a country named in thousands of articles would
            # otherwise carry the whole timeline on its profile (which has it anyway).
            own = self.events_of[actor.id][-MAX_PROFILE_EVENTS:]
            sections.append(f"## {labels['timeline']}")
            sections += event_list(own, dossier, actor.page_path, show_actors=False,
                                   heading="###")
        pages.append(render_profile(actor, dossier, self.related[actor.id], sections,
                                    search_block([actor]), searchable=self.searchable is None
                                    or actor.id in self.searchable))
        return pages

    def chunk(self, task: tuple[str, int, int]) -> list[Page]:
        kind, start, stop = task
        if kind == "articles":
            items, render = self.dossier.articles, self.article_pages
        else:
            items, render = self.dossier.actors, self.profile_pages
        return [page for item in items[start:stop] for page in render(item)]


def _render_chunk(renderer: _Renderer, task: tuple[str, int, int]) -> list[Page]:
    return renderer.chunk(task)


def render_pages(dossier: Dossier, intro: str | None = None, workers: int | None = None
                 ) -> list[Page]:
    """Every generated page, sorted by path (so output never depends on input order).
    Large dossiers render their article and profile pages in ``workers`` processes (default:
    the machine's cores); the pages are the same either way."""
    dossier = profiled(dossier)
    renderer = _Renderer(dossier)
    pages = [render_home(dossier, intro), *render_timeline(dossier),
             render_articles_index(dossier), render_actors_index(dossier),
             render_tags(dossier), render_graph(dossier, renderer.related)]
    tasks = [(kind, i, i + _CHUNK) for kind, items in (("articles", dossier.articles),
                                                       ("actors", dossier.actors))
             for i in range(0, len(items), _CHUNK)]
    workers = workers or os.cpu_count() or 1
    for chunk in forked_map(_render_chunk, tasks, renderer, workers,
                            len(dossier.articles) >= PARALLEL_PAGES):
        pages += chunk
    return sorted(pages, key=lambda p: p.path)


__all__ = ["Page", "render_pages"]
