"""Emit: the model becomes pages. Pure: no file is read or written here."""

from __future__ import annotations

from ..model import Dossier
from .actors import (article_actors_section, co_mentions, mention_links, render_actors_index,
                     render_profile)
from .articles import render_article, render_articles_index
from .home import render_home
from .page import Page


def render_pages(dossier: Dossier, intro: str | None = None) -> list[Page]:
    """Every generated page, sorted by path (so output never depends on input order)."""
    links = mention_links(dossier)
    related = co_mentions(dossier)
    pages = [render_home(dossier, intro), render_articles_index(dossier),
             render_actors_index(dossier)]
    for article in dossier.articles:
        section = article_actors_section(article, dossier)
        pages.append(render_article(article, dossier, links, [section] if section else []))
    pages.extend(render_profile(actor, dossier, related[actor.id]) for actor in dossier.actors)
    return sorted(pages, key=lambda p: p.path)


__all__ = ["Page", "render_pages"]
