"""The home page: an overview of the dossier."""

from __future__ import annotations

from ..model import Dossier
from .articles import article_item, sorted_articles
from .page import GENERATED_NOTE, Page
from .text import Labels, front_matter, md_escape, page_title

HOME = "index.md"


def render_home(dossier: Dossier, intro: str | None = None) -> Page:
    labels = Labels(dossier.language)
    articles = sorted_articles(dossier.articles)
    dates = [a.date for a in articles if a.date]
    parts = [front_matter({"title": page_title(dossier.title), "generated_by": "dossier"}),
             GENERATED_NOTE.format(source="content/"), f"# {md_escape(dossier.title)}"]
    if intro:
        parts.append(intro.strip())
    parts.append(f"## {labels['numbers']}")
    numbers = [f"- **{labels['article_count']}:** {len(articles)}"]
    if dates:
        first = min(dates, key=lambda d: d.sort_key())
        last = max(dates, key=lambda d: d.sort_key())
        span = labels.date(first) if first == last else \
            f"{labels.date(first)} – {labels.date(last)}"
        numbers.append(f"- **{labels['date']}:** {md_escape(span)}")
    parts.append("\n".join(numbers))
    parts.append(f"## {labels['articles_by_date']}")
    parts.append("\n".join(article_item(a, labels, HOME) for a in articles) or "_—_")
    return Page(HOME, "\n\n".join(parts) + "\n")
