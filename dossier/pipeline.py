"""The pipeline: ingest -> extract -> link -> emit. Gathers everything before writing anything."""

from __future__ import annotations

import multiprocessing
import os
import sys
import time

from .config import Project
from .emit import Page, render_pages
from .cache import ExtractionCache
from .extract import extract_article
from .ingest import ingest
from .link import link_actors
from .link.curation import load_curation
from .link.events import build_events, mentions_by_article
from .link.quotes import extract_quotes, roles_of
from .model import Article, Dossier

# Below this many articles to extract, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 64


def extract_all(articles: list[Article], workers: int | None = None,
                cache: ExtractionCache | None = None, progress=None) -> list[tuple]:
    """extract_article for every article, from the cache where it holds the result, the rest
    spread over ``workers`` processes (default: the machine's cores). Results keep the
    articles' order, so the output never depends on which worker finished first."""
    results: list = [cache.get(a) if cache else None for a in articles]
    todo = [i for i, r in enumerate(results) if r is None]
    workers = workers or os.cpu_count() or 1
    report = progress or (lambda *_: None)
    done: list = []
    if len(todo) >= PARALLEL_THRESHOLD and workers > 1:
        ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
        with ctx.Pool(workers) as pool:
            # imap keeps the input order; chunks keep the inter-process traffic low.
            for result in pool.imap(extract_article, [articles[i] for i in todo],
                                    chunksize=max(1, min(32, len(todo) // (workers * 8)))):
                done.append(result)
                report("extract", len(done), len(todo))
    else:
        for i in todo:
            done.append(extract_article(articles[i]))
            report("extract", len(done), len(todo))
    for i, result in zip(todo, done):
        results[i] = result
        if cache:
            cache.put(articles[i], result)
    return results


def build_dossier(project: Project, stats: dict | None = None, workers: int | None = None,
                  use_cache: bool = True, progress=None) -> Dossier:
    """Read content/ into the model. Never raises for a bad article: it becomes a diagnostic.
    ``stats`` receives the seconds spent in each stage."""
    stats = stats if stats is not None else {}
    t0 = time.perf_counter()
    articles, diagnostics = ingest(project.content_dir, project.language)
    t1 = time.perf_counter()
    # Extract: per article, a pure function of its text.
    cache = ExtractionCache(project.root) if use_cache else None
    results = extract_all(articles, workers, cache, progress)
    articles = [article for article, _, _ in results]
    expressions = {article.id: exprs for article, exprs, _ in results}
    extractions = [extraction for _, _, extraction in results]
    t2 = time.perf_counter()
    # Link: over the whole dossier.
    curation, problems = load_curation(project.content_dir)
    diagnostics += problems
    actors, problems = link_actors(articles, extractions, curation)
    diagnostics += problems
    # Each article sees only its own mentions (looking at all would be quadratic).
    mentions = mentions_by_article(actors)
    events = [ev for a in articles
              for ev in build_events(a, expressions[a.id], mentions.get(a.id, []))]
    roles = roles_of(actors)
    quotes = [q for a in articles
              for q in extract_quotes(a, mentions.get(a.id, []), roles)]
    t3 = time.perf_counter()
    stats.update(ingest=t1 - t0, extract=t2 - t1, link=t3 - t2)
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


def generate(project: Project, progress=None, stats: dict | None = None
             ) -> tuple[Dossier, list[Page]]:
    dossier = build_dossier(project, progress=progress, stats=stats)
    return dossier, render_pages(dossier, read_intro(project))
