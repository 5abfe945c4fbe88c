"""Emit: the model becomes pages. Pure: no file is read or written here."""

from __future__ import annotations

from collections import Counter

from dataclasses import replace

from ..model import Dossier
from .actors import (article_actors_section, mention_links, render_actors_index,
                     render_profile)
from .graph import co_mentions, network_svg, render_graph
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


def profiled(dossier: Dossier) -> Dossier:
    """The dossier as the site shows it: only actors with a profile page, and events naming
    only those."""
    if len(dossier.articles) <= LARGE_DOSSIER:
        return dossier
    actors = [a for a in dossier.actors if len(a.articles) >= MIN_ARTICLES_WHEN_LARGE
              or len(a.mentions) >= MIN_MENTIONS_WHEN_LARGE]
    keep = {a.id for a in actors}
    events = [replace(e, actors=tuple(a for a in e.actors if a in keep)) for e in dossier.events]
    quotes = [q if q.speaker in keep or q.speaker is None else replace(q, speaker=None)
              for q in dossier.quotes]
    return Dossier(title=dossier.title, language=dossier.language, articles=dossier.articles,
                   actors=actors, events=events, quotes=quotes,
                   diagnostics=dossier.diagnostics)


def render_pages(dossier: Dossier, intro: str | None = None) -> list[Page]:
    """Every generated page, sorted by path (so output never depends on input order)."""
    dossier = profiled(dossier)
    links = mention_links(dossier)
    related = co_mentions(dossier)
    labels = Labels(dossier.language)
    actors_in: dict[str, list] = {}
    # How often each actor is named in each article: counted once (a scan of an actor's
    # mentions per article is quadratic for the actors every article names).
    counts: dict[str, dict[str, int]] = {}
    for actor in dossier.actors:
        counts[actor.id] = Counter(m.article for m in actor.mentions)
        for article_id in actor.articles:
            actors_in.setdefault(article_id, []).append(actor)
    tags = {a.id: article_tags(a, actors_in.get(a.id, []), counts) for a in dossier.articles}
    pages = [render_home(dossier, intro), render_articles_index(dossier),
             render_actors_index(dossier), render_timeline(dossier),
             render_graph(dossier, related), render_tags(dossier)]
    related_index = RelatedIndex(dossier, actors_in)
    events_in: dict[str, list] = {}
    for event in dossier.events:
        events_in.setdefault(event.article, []).append(event)
    for article in dossier.articles:
        sections = [article_actors_section(article, dossier, actors_in.get(article.id, []),
                                           counts),
                    related_section(article, dossier, related_index)]
        timeline = events_in.get(article.id, [])
        pages.append(render_article(article, dossier, links, [s for s in sections if s],
                                    timeline, search_block(actors_in.get(article.id, [])),
                                    tags[article.id], see_also_links(article, dossier)))
    events_of: dict[str, list] = {}
    for event in dossier.events:
        for actor_id in event.actors:
            events_of.setdefault(actor_id, []).append(event)
    quotes_of: dict[str, list] = {}
    for quote in dossier.quotes:
        if quote.speaker:
            quotes_of.setdefault(quote.speaker, []).append(quote)
    for actor in dossier.actors:
        sections = []
        quotes = quotes_section(quotes_of.get(actor.id, [])[-MAX_PROFILE_QUOTES:], dossier,
                                actor.page_path)
        if quotes:
            sections.append(quotes)
        neighbourhood = network_svg(dossier, actor.page_path, related, center=actor.id,
                                    size=420, standalone=True)
        if neighbourhood:
            picture = actor.page_path[:-3] + ".svg"
            pages.append(Page(picture, neighbourhood))
            sections.append(f"## {labels['neighbourhood']}\n\n"
                            f"![{md_escape(labels['neighbourhood'])}: {md_escape(actor.name)}]"
                            f"({picture.rsplit('/', 1)[1]}){{: .dossier-neighbourhood }}")
        if events_of.get(actor.id):
            # The most recent events: a country named in thousands of articles would
            # otherwise carry the whole timeline on its profile (which has it anyway).
            own = events_of[actor.id][-MAX_PROFILE_EVENTS:]
            sections.append(f"## {labels['timeline']}")
            sections += event_list(own, dossier, actor.page_path, show_actors=False,
                                   heading="###")
        pages.append(render_profile(actor, dossier, related[actor.id], sections,
                                    search_block([actor])))
    return sorted(pages, key=lambda p: p.path)


__all__ = ["Page", "render_pages"]
