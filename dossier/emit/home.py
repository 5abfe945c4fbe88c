"""The home page: the dossier as a briefing. The story in numbers, the latest events, the key
actors by kind, the articles by date."""

from __future__ import annotations

from ..ids import relative_link
from ..model import Dossier
from .actors import KIND_HEADINGS, KIND_ORDER
from .articles import article_item, sorted_articles
from .page import GENERATED_NOTE, Page
from .text import Labels, front_matter, md_escape

HOME = "index.md"
LATEST = 5
KEY_ACTORS = 6


def render_home(dossier: Dossier, intro: str | None = None) -> Page:
    labels = Labels(dossier.language)
    articles = sorted_articles(dossier.articles)
    dates = [a.date for a in articles if a.date]
    parts = [front_matter({"title": dossier.title, "generated_by": "dossier"}),
             GENERATED_NOTE.format(source="content/"), f"# {md_escape(dossier.title)}"]
    if intro:
        parts.append(intro.strip())  # the editor's own Markdown (content/index.md)
    parts.append(f"## {labels['numbers']}")
    numbers = [f"- **{labels['article_count']}:** {len(articles)}"]
    if dates:
        first = min(dates, key=lambda d: d.sort_key())
        last = max(dates, key=lambda d: d.sort_key())
        span = labels.date(first) if first.value == last.value else \
            f"{labels.date(first)} – {labels.date(last)}"
        numbers.append(f"- **{labels['date']}:** {md_escape(span)}")
    for kind in KIND_ORDER:
        n = sum(1 for a in dossier.actors if a.kind == kind)
        numbers.append(f"- **{labels[KIND_HEADINGS[kind]]}:** {n}")
    numbers.append(f"- **[{labels['events']}](timeline/index.md):** {len(dossier.events)}")
    numbers.append(f"- **{labels['quotes']}:** {len(dossier.quotes)}")
    parts.append("\n".join(numbers))

    if dossier.events:
        parts.append(f"## {labels['latest_events']}")
        latest = sorted(dossier.events, key=lambda e: (e.date.sort_key(), e.id),
                        reverse=True)[:LATEST]
        lines = []
        for event in latest:
            article = dossier.article(event.article)
            block = article.block_at(event.start)
            href = relative_link(HOME, article.page_path, block.anchor if block else None)
            text = event.text if len(event.text) <= 220 else event.text[:217] + "…"
            lines.append(f"- **{md_escape(labels.date(event.date))}** — {md_escape(text)} "
                         f"[→]({href})")
        parts.append("\n".join(lines))

    if dossier.actors:
        parts.append(f"## {labels['key_actors']}")
        rows = []
        for kind in KIND_ORDER:
            members = sorted((a for a in dossier.actors if a.kind == kind),
                             key=lambda a: (-len(a.mentions), a.name))[:KEY_ACTORS]
            if members:
                rows.append(f"- **{labels[KIND_HEADINGS[kind]]}:** " + ", ".join(
                    f"[{md_escape(a.name)}]({relative_link(HOME, a.page_path)}) "
                    f"({len(a.mentions)})" for a in members))
        parts.append("\n".join(rows) + f"\n\n[{labels['network']} →](graph/index.md)")

    parts.append(f"## {labels['articles_by_date']}")
    parts.append("\n".join(article_item(a, labels, HOME) for a in articles) or "_—_")
    return Page(HOME, "\n\n".join(parts) + "\n")
