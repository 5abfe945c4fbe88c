"""Emit: the model becomes pages. Pure: no file is read or written here."""

from __future__ import annotations

from ..model import Dossier
from .articles import render_article, render_articles_index
from .home import render_home
from .page import Page


def render_pages(dossier: Dossier, intro: str | None = None) -> list[Page]:
    """Every generated page, sorted by path (so output never depends on input order)."""
    pages = [render_home(dossier, intro), render_articles_index(dossier)]
    pages.extend(render_article(a, dossier) for a in dossier.articles)
    return sorted(pages, key=lambda p: p.path)


__all__ = ["Page", "render_pages"]
