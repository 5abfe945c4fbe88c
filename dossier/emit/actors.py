"""Actor profiles (docs/actors/<id>.md), the actors index, and mention links in articles."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..extract.tokens import sentence_bounds
from ..ids import relative_link, site_href
from ..model import Actor, Article, Dossier
from .articles import sorted_articles
from .page import GENERATED_NOTE, Page
from .text import Labels, front_matter, html_text, md_escape

ACTORS_INDEX = "actors/index.md"
KIND_ORDER = ("person", "organization", "place")
KIND_HEADINGS = {"person": "people", "organization": "organizations", "place": "places"}
MAX_CO_MENTIONED = 20  # actors a profile lists as named with its own
MAX_CONTEXTS = 50  # mentions shown in context on one profile; the rest are counted
MAX_INDEX_PER_KIND = 1000  # the most mentioned; one page listing 25,000 would be unreadable


def mention_links(dossier: Dossier) -> dict[str, list[tuple[int, int, str]]]:
    """For each article, the body spans to link: the first
    mention of each actor in each section (between subheadings); a paragraph full of links
    to one page helps no reader."""
    links: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    section_of: dict[str, dict[int, int]] = {}
    for article in dossier.articles:
        n, starts = 0, {}
        for block in article.blocks:
            if block.kind == "heading":
                n += 1
            starts[block.start] = n
        section_of[article.id] = starts
    by_id = {a.id: a for a in dossier.articles}
    for actor in dossier.actors:
        seen: set[tuple[str, int]] = set()
        for m in actor.mentions:
            if m.article not in section_of:
                continue
            article = by_id[m.article]
            block = article.block_at(m.start)
            if block is None or block.kind not in ("paragraph", "heading"):
                continue
            section = (m.article, section_of[m.article][block.start])
            if section in seen:
                continue
            seen.add(section)
            links[m.article].append(
                (m.start, m.end, relative_link(article.page_path, actor.page_path)))
    return links


def _context(article: Article, start: int, end: int) -> str:
    """The mention's sentence as HTML, the mention in bold (the article's text escaped)."""
    block = article.block_at(start)
    if block is None:
        return html_text(article.body[start:end])
    s, e = sentence_bounds(block.text, start - block.start)
    text = block.text
    before = text[s:start - block.start]
    mention = text[start - block.start:end - block.start]
    after = text[end - block.start:e]
    return f"{html_text(before)}<strong>{html_text(mention)}</strong>{html_text(after)}"


def _dated_roles(actor: Actor, dossier: Dossier, labels) -> str:
    """Each role with the dates of the articles that give it ("prezydent Kazachstanu
    (styczeń 2022)"): a role is held for a time, and the reader sees when it was written."""
    dated: dict[str, dict] = {}
    for role, article_id in actor.role_sources:
        date = dossier.article(article_id).date
        if date is not None:
            dated.setdefault(role, {})[date.value] = date
    out = []
    for role in actor.roles:
        dates = sorted(dated.get(role, {}).values(), key=lambda d: d.sort_key())
        when = [labels.date(d) for d in dates]
        if len(when) > 3:
            when = [when[0], "…", when[-1]]
        out.append(f"{role} ({', '.join(when)})" if when else role)
    return "; ".join(out)


def render_profile(actor: Actor, dossier: Dossier, related: Counter,
                   extra_sections: list[str] | None = None, search_terms: str = "",
                   searchable: bool = True) -> Page:
    """An actor's page. ``searchable``: whether the search index takes it (see
    emit/__init__.py: in large dossiers only the profiles the actors index lists)."""
    labels = Labels(dossier.language)
    path = actor.page_path
    meta = {"title": actor.name, "kind": actor.kind, "role": actor.role,
            "aliases": list(actor.aliases), "generated_by": "dossier"}
    if not searchable:
        meta["search"] = {"exclude": True}  # mkdocs-material's key; theme/main.html reads it
        search_terms = ""
    parts = [front_matter(meta), GENERATED_NOTE.format(source="content/ (actors.yml)"),
             f"# {md_escape(actor.name)}", '<div class="dossier-meta" markdown>']
    rows = [f"**{labels['kind']}:** {labels['kinds'][actor.kind]}"]
    if actor.role == "media":
        rows.append(f"**{labels['role']}:** {labels['role_media']}")
    elif actor.role:
        rows.append(f"**{labels['role']}:** {md_escape(actor.role)}")
    if actor.roles:
        rows.append(f"**{labels['roles']}:** {md_escape(_dated_roles(actor, dossier, labels))}")
    if actor.aliases:
        rows.append(f"**{labels['aliases']}:** {md_escape(', '.join(actor.aliases))}")
    rows.append(f"**{labels['forms']}:** {md_escape(', '.join(actor.forms))}")
    rows.append(f"**{labels['mentions']}:** {len(actor.mentions)}")
    parts += ["  \n".join(rows), "</div>"]
    if actor.description:
        # The editor's own Markdown (content/actors.yml): trusted, rendered as written.
        parts += [f"## {labels['description']}", actor.description.strip()]
    extra = list(extra_sections or [])
    parts += extra
    parts.append(f"## {labels['articles']}")
    articles = [dossier.article(a) for a in actor.articles]
    by_article: dict[str, list] = {}
    for m in actor.mentions:
        by_article.setdefault(m.article, []).append(m)
    items = []
    for article in sorted_articles(articles):
        href = relative_link(path, article.page_path)
        items.append(f"- [{md_escape(article.title)}]({href}) — "
                     f"{md_escape(labels.date(article.date))} · "
                     f"{labels.count(len(by_article[article.id]), 'mentions_counted')}")
    parts.append("\n".join(items))
    parts.append(f"## {labels['mentions']}")
    # The sentences quoted here are the articles' own, which the search index holds already:
    # it leaves them out of the profile (search_index.py), so a phrase finds its article, not
    # every profile that quotes it, and the index stays smaller. Written as HTML, not Markdown:
    # they are most of a profile, and MkDocs converts raw HTML about twice as fast (its links
    # are checked by tests/test_links.py, not by MkDocs).
    html_lines = ['<div class="dossier-contexts">']
    shown = 0
    for article in sorted_articles(articles):
        mentions = by_article.get(article.id, [])
        lines = []
        for m in mentions:
            if shown >= MAX_CONTEXTS:
                break
            block = article.block_at(m.start)
            href = site_href(path, article.page_path, block.anchor if block else None)
            lines.append(f'<li>{_context(article, m.start, m.end)} '
                         f'<a href="{html_text(href)}">↗</a></li>')
            shown += 1
        if lines:
            html_lines.append(f"<h3>{html_text(article.title)}</h3>")
            html_lines += ["<ul>", *lines, "</ul>"]
    if shown < len(actor.mentions):
        html_lines.append(f"<p><em>+{len(actor.mentions) - shown}</em></p>")
    html_lines.append("</div>")
    parts.append("\n".join(html_lines))
    if related:
        parts.append(f"## {labels['co_mentioned']}")
        parts.append("\n".join(
            f"- [{md_escape(dossier.actor(other).name)}]"
            f"({relative_link(path, dossier.actor(other).page_path)}) — {n}"
            for other, n in co_mentioned(related, dossier)))
    if search_terms:
        parts.append(search_terms)  # last: see emit/search.py
    return Page(path, "\n\n".join(parts) + "\n")


def co_mentioned(related: Counter, dossier: Dossier) -> list[tuple[str, int]]:
    """The actors a profile lists as named with its actor (``related``: co-mention counts):
    the MAX_CO_MENTIONED named with it most often."""
    return sorted(related.items(),
                  key=lambda kv: (-kv[1], dossier.actor(kv[0]).name))[:MAX_CO_MENTIONED]


def _ranked(dossier: Dossier, kind: str) -> list[Actor]:
    """The actors of one kind, the most mentioned first."""
    return sorted((a for a in dossier.actors if a.kind == kind),
                  key=lambda a: (-len(a.mentions), a.name))


def listed_actors(dossier: Dossier) -> set[str]:
    """The ids of the actors the actors index lists (the most mentioned of each kind)."""
    return {a.id for kind in KIND_ORDER for a in _ranked(dossier, kind)[:MAX_INDEX_PER_KIND]}


def render_actors_index(dossier: Dossier) -> Page:
    labels = Labels(dossier.language)
    parts = [front_matter({"title": labels["actors"], "generated_by": "dossier"}),
             GENERATED_NOTE.format(source="content/"), f"# {labels['actors']}"]
    for kind in KIND_ORDER:
        members = _ranked(dossier, kind)
        if not members:
            continue
        parts.append(f"## {labels[KIND_HEADINGS[kind]]} ({len(members)})")
        shown = members[:MAX_INDEX_PER_KIND]
        parts.append("\n".join(
            f"- [{md_escape(a.name)}]({relative_link(ACTORS_INDEX, a.page_path)}) — "
            f"{labels.count(len(a.mentions), 'mentions_counted')}, "
            f"{labels.count(len(a.articles), 'articles_counted')}" for a in shown))
        if len(members) > len(shown):
            # The rest are reached from their articles, the network and search.
            parts.append(f"_+{len(members) - len(shown)}_")
    if not dossier.actors:
        parts.append(labels["no_actors"])
    return Page(ACTORS_INDEX, "\n\n".join(parts) + "\n")


def article_actors_section(article: Article, dossier: Dossier, here: list[Actor],
                           mention_counts: dict[str, dict[str, int]]) -> str:
    """The actors of one article, by kind, for the end of its page. ``mention_counts``:
    actor id -> article id -> mentions."""
    labels = Labels(dossier.language)
    if not here:
        return ""
    count = {a.id: mention_counts[a.id].get(article.id, 0) for a in here}
    lines = []
    for kind in KIND_ORDER:
        members = sorted((a for a in here if a.kind == kind), key=lambda a: (-count[a.id], a.name))
        if members:
            lines.append(f"- **{labels[KIND_HEADINGS[kind]]}:** " + ", ".join(
                f"[{md_escape(a.name)}]({relative_link(article.page_path, a.page_path)})"
                for a in members))
    return f"## {labels['actors_in_article']} {{: #actors }}\n\n" + "\n".join(lines)
