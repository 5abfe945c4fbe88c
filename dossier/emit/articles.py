"""Article pages (docs/articles/<id>.md) and the articles index."""

from __future__ import annotations

from ..ids import relative_link
from ..ingest.language import detect_language
from ..model import Article, Block, Dossier, PartialDate
from .page import GENERATED_NOTE, Page
from .text import Labels, front_matter, html_text, md_escape, safe_url

ARTICLES_INDEX = "articles/index.md"


def sorted_articles(articles: list[Article]) -> list[Article]:
    """Newest first; undated articles last; ties by id (stable, input-order independent)."""
    dated = sorted((a for a in articles if a.date), key=lambda a: a.id)
    dated.sort(key=lambda a: a.date.sort_key(), reverse=True)
    return dated + sorted((a for a in articles if not a.date), key=lambda a: a.id)


def inline(text: str, base: int, links: list[tuple[int, int, str]]) -> str:
    """Escape ``text`` (which starts at body offset ``base``), turning the given body spans
    into Markdown links. Spans must not overlap; they are applied left to right."""
    out, pos = [], 0
    for start, end, href in sorted(links):
        s, e = start - base, end - base
        if s < pos or e > len(text) or s >= e:
            continue
        before = md_escape(text[pos:s])
        # "!" right before a link would make it an image ("Wow![Name](...)").
        out.append(before[:-1] + "\\!" if before.endswith("!") else before)
        out.append(f"[{md_escape(text[s:e])}]({href})")
        pos = e
    out.append(md_escape(text[pos:]))
    return "".join(out)


def render_block(block: Block, labels: Labels, links: list[tuple[int, int, str]]) -> str:
    anchor = block.anchor
    if block.kind == "heading":
        return f"## {inline(block.text, block.start, links)} {{: #{anchor} }}"
    if block.kind == "caption":
        credit = f' <span class="dossier-credit">{html_text(block.credit)}</span>' \
            if block.credit else ""
        return (f'<figure class="dossier-caption" id="{anchor}">\n<figcaption>'
                f'<span class="dossier-caption-label">{html_text(labels["photo"])}:</span> '
                f"{html_text(block.text)}{credit}</figcaption>\n</figure>")
    if block.kind == "post":
        lang = detect_language(block.text, "und")
        footer = [f"— {html_text(block.author or '')}"]
        if block.date:
            footer.append(f'<time datetime="{block.date.value}">'
                          f"{html_text(labels.date(block.date))}</time>")
        for url in block.links:
            href = safe_url(url if "://" in url else f"https://{url}")
            if href:
                footer.append(f'<a href="{html_text(href)}" rel="nofollow noopener">'
                              f"{html_text(url)}</a>")
        return (f'<blockquote class="dossier-post" id="{anchor}" lang="{lang}">\n'
                f"<p>{html_text(block.text)}</p>\n"
                f'<footer>{" · ".join(footer)}</footer>\n</blockquote>')
    return f"{inline(block.text, block.start, links)}\n{{: #{anchor} }}"


def meta_lines(article: Article, labels: Labels) -> list[str]:
    date = labels.date(article.date)
    if article.date:
        date += f" ({labels['precision'][article.date.precision]}"
        date += f", {labels['inferred']})" if article.date.inferred else ")"
    rows = [f"**{labels['date']}:** {md_escape(date)}"]
    if article.byline:
        rows.append(f"**{labels['byline']}:** {md_escape(article.byline)}")
    if article.outlet:
        rows.append(f"**{labels['outlet']}:** {md_escape(article.outlet)}")
    url = safe_url(article.source_url)
    if url:
        rows.append(f"**{labels['source_url']}:** <{html_text(url)}>")
    rows.append(f"**{labels['source']}:** `{article.source.replace('`', '')}`")
    return rows


def render_article(article: Article, dossier: Dossier,
                   links: dict[str, list[tuple[int, int, str]]] | None = None,
                   extra_sections: list[str] | None = None, timeline=(),
                   search_terms: str = "", tags: list[str] | None = None,
                   see_also: dict[int, str] | None = None) -> Page:
    """One article page. ``links`` maps article ids to body spans that link elsewhere (actor
    mentions); ``extra_sections`` are Markdown sections appended by later emitters."""
    labels = Labels(dossier.language)
    spans = (links or {}).get(article.id, [])
    meta = {
        "title": article.title,
        "date": article.date.value if article.date else None,
        "date_precision": article.date.precision if article.date else None,
        "date_inferred": article.date.inferred if article.date else None,
        "language": article.language,
        "byline": article.byline,
        "source": article.source,
        "tags": tags if tags is not None else list(article.tags),
        "timeline": [_timeline_entry(e) for e in timeline],
        "generated_by": "dossier",
    }
    blocks, heading = article.blocks, f"# {md_escape(article.title)}"
    if blocks and blocks[0].kind == "heading" and blocks[0].text.strip() == article.title:
        # The headline over the text is the title: shown once, as the page's heading (with
        # the headline's anchor, which the mentions in it link to), not again over the body.
        heading = f"# {inline(blocks[0].text, blocks[0].start, [])} {{: #{blocks[0].anchor} }}"
        blocks = blocks[1:]
    parts = [front_matter(meta), GENERATED_NOTE.format(source=html_text(article.source)),
             heading, '<div class="dossier-meta" markdown>',
             "  \n".join(meta_lines(article, labels)), "</div>"]
    for block in blocks:
        parts.append(render_block(block, labels, spans))
    if article.see_also:
        parts.append(f"## {md_escape(labels['see_also'])} {{: #see-also }}")
        see_also = see_also or {}
        parts.append("\n".join(
            f"- [{md_escape(s.title)}]({see_also[i]})" if i in see_also else
            f"- {md_escape(s.title)}" for i, s in enumerate(article.see_also)))
    parts.extend(extra_sections or [])
    if search_terms:
        parts.append(search_terms)  # last: see emit/search.py
    return Page(article.page_path, "\n\n".join(parts) + "\n")


def _timeline_entry(event) -> dict:
    entry = {"date": event.date.value, "precision": event.date.precision, "cue": event.cue,
             "text": event.text}
    if event.weekday is not None:
        entry["weekday"] = event.weekday
    return entry


def render_articles_index(dossier: Dossier) -> Page:
    labels = Labels(dossier.language)
    parts = [front_matter({"title": labels["articles"], "generated_by": "dossier"}),
             GENERATED_NOTE.format(source="content/"), f"# {labels['articles']}"]
    group = None
    for article in sorted_articles(dossier.articles):
        month = labels.date(month_of(article.date))
        if month != group:
            parts.append(f"## {md_escape(month)}")
            group = month
        parts.append(article_item(article, labels, ARTICLES_INDEX))
    if not dossier.articles:
        parts.append("_—_")
    return Page(ARTICLES_INDEX, "\n\n".join(parts) + "\n")


def month_of(date: PartialDate | None) -> PartialDate | None:
    """The month a date falls in (a year-only date stays as it is)."""
    if date is None or date.month is None:
        return date
    return PartialDate(date.year, date.month)


def article_item(article: Article, labels: Labels, from_page: str) -> str:
    href = relative_link(from_page, article.page_path)
    extra = [labels.date(article.date)]
    if article.byline:
        extra.append(article.byline)
    return f"- [{md_escape(article.title)}]({href}) — {md_escape(' · '.join(extra))}"
