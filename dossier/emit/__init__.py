"""Emit: the model becomes pages. Pure: no file is read or written here."""

from __future__ import annotations

import functools
import os
from collections import Counter
from dataclasses import dataclass, field, replace

from ..workers import forked_map
from ..model import Dossier
from .actors import (article_actors_section, listed_actors, mention_links,
                     render_actors_index, render_profile)
from .graph import GRAPH, CoMentionRows, co_mentions, network_svg, render_graph
from .network import network_view
from .related import RelatedIndex, related_section
from .tags import article_tags, render_tags
from .articles import render_article, render_articles_index
from .home import render_home
from .keys import ArticleDigests, ArticleView, graph_key, mention_views, profile_key
from .page import Page, PageSpec
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
    """What every page of one build shares: the dossier as shown and its indexes, and the
    last build's render keys (``previous``: spec name -> (key, paths))."""

    def __init__(self, dossier: Dossier, previous: dict | None = None):
        self.dossier, self.previous = dossier, previous or {}
        self.digests = ArticleDigests(dossier)
        for article in dossier.articles:  # here, not in each worker process
            self.digests[article.id]
        self.views = mention_views(dossier)
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

    def article_pages(self, article, view: ArticleView | None = None) -> list[Page]:
        dossier, here = self.dossier, self.actors_in.get(article.id, [])
        view = view or ArticleView(self, article)
        sections = [article_actors_section(article, dossier, here, self.counts),
                    related_section(article, dossier, self.related_index, view.ranked)]
        return [render_article(article, dossier, self.links, [s for s in sections if s],
                               self.events_in.get(article.id, []), search_block(here),
                               self.tags(article), view.see_also)]

    def quotes_shown(self, actor_id: str) -> list:
        return self.quotes_of.get(actor_id, [])[-MAX_PROFILE_QUOTES:]

    def events_shown(self, actor_id: str) -> list:
        # The most recent events: a country named in thousands of articles would otherwise
        # carry the whole timeline on its profile (which has it anyway).
        return self.events_of.get(actor_id, [])[-MAX_PROFILE_EVENTS:]

    def profile_pages(self, actor, ego: dict | None = None) -> list[Page]:
        dossier, labels = self.dossier, self.labels
        pages, sections = [], []
        quotes = quotes_section(self.quotes_shown(actor.id), dossier, actor.page_path)
        if quotes:
            sections.append(quotes)
        # The neighbourhood as the actor's own articles show it (CoMentionRows.ego).
        ego = self.ego_rows.ego(actor.id) if ego is None else ego
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
        own = self.events_shown(actor.id)
        if own:
            sections.append(f"## {labels['timeline']}")
            sections += event_list(own, dossier, actor.page_path, show_actors=False,
                                   heading="###")
        pages.append(render_profile(actor, dossier, self.related[actor.id], sections,
                                    search_block([actor]), searchable=self.searchable is None
                                    or actor.id in self.searchable))
        return pages

    def article_spec(self, article) -> PageSpec:
        view = ArticleView(self, article)
        return PageSpec(article.page_path, view.key, lambda: self.article_pages(article, view))

    def profile_spec(self, actor) -> PageSpec:
        return PageSpec(actor.page_path, profile_key(self, actor),
                        lambda: self.profile_pages(actor))

    def chunk(self, task: tuple[str, int, int]) -> list[tuple[str, str, list[Page] | None]]:
        """Each spec of the task's items: its name, its key and its pages, rendered only when
        the key is not the last build's (None then)."""
        kind, start, stop = task
        if kind == "articles":
            items, spec_of = self.dossier.articles, self.article_spec
        else:
            items, spec_of = self.dossier.actors, self.profile_spec
        return [(spec.name, spec.key, self.render_unless_kept(spec))
                for spec in map(spec_of, items[start:stop])]

    def render_unless_kept(self, spec: PageSpec) -> list[Page] | None:
        """The spec's pages, or None when its key is the last build's."""
        last = self.previous.get(spec.name)
        return None if last is not None and last[0] == spec.key else spec.render()


def _render_chunk(renderer: _Renderer, task: tuple[str, int, int]) -> list:
    return renderer.chunk(task)


@dataclass
class Emitted:
    """What emit made: the pages it rendered (sorted by path), each spec's key and the paths
    it renders (for the next build), and the paths of the pages not rendered because their
    key is the last build's (``previous``): those are as the last build wrote them."""

    pages: list[Page]
    keys: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)

    def add(self, name: str, key: str, rendered: list[Page] | None, previous) -> None:
        """A spec's outcome: its pages rendered, or (None) the last build's kept."""
        if rendered is None:
            paths = previous[name][1]
            self.kept += paths
        else:
            paths = tuple(p.path for p in rendered)
            self.pages += rendered
        self.keys[name] = (key, paths)


def emit_pages(dossier: Dossier, intro: str | None = None, workers: int | None = None,
               previous: dict[str, tuple[str, tuple[str, ...]]] | None = None) -> Emitted:
    """Every generated page whose key is not in ``previous`` (the last build's keys; every
    page without it). The pages that list the whole dossier (home, timeline, indexes, tags)
    are rendered every time; the network page only when its data changed. Large dossiers
    render their article and profile pages in ``workers`` processes (default: the
    machine's cores); the pages are the same either way."""
    dossier = profiled(dossier)
    renderer = _Renderer(dossier, previous)
    pages = [render_home(dossier, intro), *render_timeline(dossier),
             render_articles_index(dossier), render_actors_index(dossier),
             render_tags(dossier)]
    emitted = Emitted(pages)
    graph = PageSpec(GRAPH, graph_key(renderer),
                     lambda: [render_graph(dossier, renderer.related)])
    emitted.add(graph.name, graph.key, renderer.render_unless_kept(graph), previous)
    tasks = [(kind, i, i + _CHUNK) for kind, items in (("articles", dossier.articles),
                                                       ("actors", dossier.actors))
             for i in range(0, len(items), _CHUNK)]
    workers = workers or os.cpu_count() or 1
    for chunk in forked_map(_render_chunk, tasks, renderer, workers,
                            len(dossier.articles) >= PARALLEL_PAGES):
        for name, key, rendered in chunk:
            emitted.add(name, key, rendered, previous)
    pages.sort(key=lambda p: p.path)
    return emitted


def render_pages(dossier: Dossier, intro: str | None = None, workers: int | None = None
                 ) -> list[Page]:
    """Every generated page, sorted by path (so output never depends on input order)."""
    return emit_pages(dossier, intro, workers).pages


__all__ = ["Emitted", "Page", "PageSpec", "emit_pages", "render_pages"]
