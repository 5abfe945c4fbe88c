"""The pipeline: ingest -> extract -> link -> emit. Gathers everything before writing anything."""

from __future__ import annotations

from .config import Project
from .emit import Page, render_pages
from .extract.dates import article_expressions, infer_article_date
from .extract.mentions import extract_mentions
from .ingest import ingest
from .link import link_actors
from .link.curation import load_curation
from .link.events import build_events
from .link.quotes import extract_quotes
from .model import Dossier


def build_dossier(project: Project) -> Dossier:
    """Read content/ into the model. Never raises for a bad article: it becomes a diagnostic."""
    articles, diagnostics = ingest(project.content_dir, project.language)
    # Extract: per article, a pure function of its text.
    expressions = {}
    dated = []
    for article in articles:
        exprs = article_expressions(article)
        article = infer_article_date(article, exprs)
        expressions[article.id] = exprs
        dated.append(article)
    articles = dated
    extractions = [extract_mentions(a) for a in articles]
    # Link: over the whole dossier.
    curation, problems = load_curation(project.content_dir)
    diagnostics += problems
    actors, problems = link_actors(articles, extractions, curation)
    diagnostics += problems
    events = [ev for a in articles for ev in build_events(a, expressions[a.id], actors)]
    quotes = [q for a in articles for q in extract_quotes(a, actors)]
    return Dossier(title=project.title, language=project.language, articles=articles,
                   actors=actors, events=sorted(events, key=_event_order),
                   quotes=sorted(quotes, key=lambda q: (q.article, q.start)),
                   diagnostics=diagnostics)


def _event_order(event):
    return (event.date.sort_key(), event.article, event.start, event.id)


def read_intro(project: Project) -> str | None:
    """The editor's own introduction for the home page (content/index.md), if any."""
    try:
        return project.intro_file.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def generate(project: Project) -> tuple[Dossier, list[Page]]:
    dossier = build_dossier(project)
    return dossier, render_pages(dossier, read_intro(project))
