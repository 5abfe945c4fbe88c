"""The pipeline: ingest -> extract -> link -> emit. Gathers everything before writing anything."""

from __future__ import annotations

import functools
import hashlib
import multiprocessing
import os
import sys
import time
from dataclasses import dataclass, field

from ..config import Project
from ..emit import Page, emit_pages
from .cache import ExtractionCache
from ..extract import extract_article
from ..workers import beside, can_fork, forked_map
from .incremental import Relinked, events_to_redo
from ..ingest import FileRecord, ingest
from ..extract.mentions import Extraction
from ..link import Linked, link_dossier
from ..link.curation import CURATION_FILE, load_curation
from ..link.events import build_events, mentions_by_article
from ..link.quotes import extract_quotes, roles_of
from ..model import Article, Diagnostic, Dossier, event_order, quote_order
from .writer import (WriteReport, file_stats, generated_files_as_written, load_manifest,
                     write_pages)
from .state import BuildState, code_version, load_linked, load_state, save_state

# Below this many articles to extract, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 64


def _extract_and_keep(cache: ExtractionCache | None, article: Article) -> tuple:
    """extract_article, its result kept in ``cache``: by the worker that made it, so the
    parent does not pickle it a second time and the writes are spread over the cores."""
    result = extract_article(article)
    if cache is not None:
        cache.put(article, result)
    return result


def extract_all(articles: list[Article], workers: int | None = None,
                cache: ExtractionCache | None = None, progress=None) -> list[tuple]:
    """extract_article for every article, from the cache where it holds the result, the rest
    spread over ``workers`` processes (default: the machine's cores). Results keep the
    articles' order, so the output never depends on which worker finished first."""
    results: list = [cache.get(a) if cache else None for a in articles]
    todo = [i for i, r in enumerate(results) if r is None]
    workers = workers or os.cpu_count() or 1
    report = progress or (lambda *_: None)
    extract = functools.partial(_extract_and_keep, cache)
    done: list = []
    if len(todo) >= PARALLEL_THRESHOLD and workers > 1 and (can_fork() or
                                                           sys.platform == "win32"):
        ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
        with ctx.Pool(workers) as pool:
            # imap keeps the input order; chunks keep the inter-process traffic low.
            for result in pool.imap(extract, [articles[i] for i in todo],
                                    chunksize=max(1, min(32, len(todo) // (workers * 8)))):
                done.append(result)
                report("extract", len(done), len(todo))
    else:
        for i in todo:
            done.append(extract(articles[i]))
            report("extract", len(done), len(todo))
    for i, result in zip(todo, done):
        results[i] = result
    return results


def _events_and_quotes_of(data: tuple, indexes: range) -> list[tuple[list, list]]:
    articles, expressions, mentions, roles = data
    out = []
    for i in indexes:
        article = articles[i]
        own = mentions.get(article.id, [])
        out.append((build_events(article, expressions[article.id], own),
                    extract_quotes(article, own, roles)))
    return out


def events_and_quotes(articles: list[Article], expressions: dict, actors,
                      workers: int | None = None) -> tuple[list, list]:
    """Each article's events and quotes, now that its mentions have their actors: per
    article, so spread over ``workers`` processes like extraction, in the articles' order."""
    workers = workers or os.cpu_count() or 1
    size = max(1, min(64, len(articles) // (workers * 4)))
    chunks = [range(i, min(i + size, len(articles))) for i in range(0, len(articles), size)]
    # Each article sees only its own mentions (looking at all would be quadratic); after an
    # edit, only the actors named in the few articles made again are looked through.
    ids = {a.id for a in articles}
    named = [a for a in actors if not ids.isdisjoint(a.articles)]
    data = (articles, expressions, mentions_by_article(named), roles_of(actors))
    per_article = [r for chunk in forked_map(_events_and_quotes_of, chunks, data, workers,
                                             len(articles) >= PARALLEL_THRESHOLD)
                   for r in chunk]
    return ([ev for events, _ in per_article for ev in events],
            [q for _, quotes in per_article for q in quotes])


def build_dossier(project: Project, stats: dict | None = None, workers: int | None = None,
                  use_cache: bool = True, progress=None) -> Dossier:
    """Read content/ into the model. Never raises for a bad article: it becomes a diagnostic.
    ``stats`` receives the seconds spent in each stage."""
    return _build(project, stats, workers, use_cache, progress)[0]


def _build(project: Project, stats: dict | None = None, workers: int | None = None,
           use_cache: bool = True, progress=None, state: BuildState | None = None,
           previous: BuildState | None = None) -> tuple[Dossier, Relinked | None]:
    """build_dossier; with ``previous`` (the last build's state), files are not read again
    while unchanged, and an edit that changes nothing dossier-wide is not linked again (see
    incremental.py); ``state`` receives this build's. Returns the dossier and, for such an
    edit, what incremental.relink made of it."""
    stats = stats if stats is not None else {}
    t0 = time.perf_counter()
    records: dict[str, FileRecord] = {}
    articles, diagnostics = ingest(project.content_dir, project.language,
                                   previous.files if previous else None, records)
    t1 = time.perf_counter()
    cache = ExtractionCache(project.root) if use_cache else None
    relinked = None
    if previous is not None and previous.dossier is not None and cache is not None:
        times: list[float] = []
        relinked = _after_edit(project, previous, articles, diagnostics, cache, workers, times)
        t3 = time.perf_counter()
        t2 = times[0] if times else t3  # extraction ends, relinking begins
    if relinked is None:
        # Extract: per article, a pure function of its text.
        results = extract_all(articles, workers, cache, progress)
        articles = [article for article, _, _ in results]
        expressions = {article.id: exprs for article, exprs, _ in results}
        extractions = [extraction for _, _, extraction in results]
        t2 = time.perf_counter()
        # Link: over the whole dossier.
        curation, link_diagnostics = load_curation(project.content_dir)
        linked = link_dossier(articles, extractions, curation)
        actors = list(linked.actors)
        if state is not None:
            state.linked = linked
        link_diagnostics += linked.diagnostics
        events, quotes = events_and_quotes(articles, expressions, actors, workers)
        dossier = Dossier(title=project.title, language=project.language, articles=articles,
                          actors=actors, events=events, quotes=quotes,
                          diagnostics=diagnostics + link_diagnostics)
        t3 = time.perf_counter()
    else:
        dossier, link_diagnostics = relinked.dossier, relinked.link_diagnostics
        if state is not None:
            state.linked = relinked.linked
    dossier.events = sorted(dossier.events, key=event_order)
    dossier.quotes = sorted(dossier.quotes, key=quote_order)
    stats.update(ingest=t1 - t0, extract=t2 - t1, link=t3 - t2)
    if state is not None:
        state.files, state.dossier, state.link_diagnostics = records, dossier, link_diagnostics
    return dossier, relinked


def _after_edit(project: Project, previous: BuildState, articles: list[Article],
                diagnostics: list[Diagnostic], cache: ExtractionCache, workers: int | None,
                times: list[float]) -> Relinked | None:
    """The dossier after an edit, from the last build's: only the articles read again are
    extracted, the dossier is linked from the last link (link.link_dossier: what the edit
    cannot have changed is kept), and only the articles whose text or mentions' actors
    changed get their events and quotes made again (incremental.events_to_redo)."""
    known = {r.article_id: r.article for r in previous.files.values()}
    fresh = [a for a in articles if known.get(a.id) != a]
    if len(fresh) > max(8, len(articles) // 20):
        return None  # much changed: the whole build is as quick
    load = functools.partial(load_linked, project.root, previous)
    extract = functools.partial(extract_all, workers=workers, cache=cache)
    # The edited articles are extracted beside the loading of the last link: the extractor's
    # models load in the time the link does.
    linked_before, results = beside(extract, fresh, load) \
        if fresh and (workers or os.cpu_count() or 1) > 1 else (load(), extract(fresh))
    if linked_before is None:
        return None
    updated = {a.id: (a, exprs, ex) for a, exprs, ex in results}
    before = {a.id: a for a in previous.dossier.articles}
    articles = [updated[a.id][0] if a.id in updated else before.get(a.id, a)
                for a in articles]
    extractions = [updated[a.id][2] if a.id in updated else
                   Extraction(a.id, linked_before.names.articles[a.id].mentions)
                   for a in articles if a.id in updated or a.id in linked_before.names.articles]
    if len(extractions) != len(articles):
        return None  # an article the last link did not name (it failed to extract)
    times.append(time.perf_counter())
    curation, curation_problems = load_curation(project.content_dir)
    linked = link_dossier(articles, extractions, curation, linked_before)
    redo = events_to_redo(linked_before, linked, set(updated), articles)
    expressions = {i: updated[i][1] for i in updated}
    for article in articles:
        if article.id in redo and article.id not in expressions:
            cached = cache.get(known.get(article.id, article))  # (as read, not extracted)
            if cached is None:
                return None
            expressions[article.id] = cached[1]
    redone = [a for a in articles if a.id in redo]
    events, quotes = events_and_quotes(redone, expressions, list(linked.actors), workers)
    kept = {a.id for a in articles} - redo
    events += [e for e in previous.dossier.events if e.article in kept]
    quotes += [q for q in previous.dossier.quotes if q.article in kept]
    link_diagnostics = curation_problems + list(linked.diagnostics)
    dossier = Dossier(title=project.title, language=project.language, articles=articles,
                      actors=list(linked.actors), events=events, quotes=quotes,
                      diagnostics=diagnostics + link_diagnostics)
    return Relinked(dossier, redo, linked, link_diagnostics, linked_before)


def read_intro(project: Project) -> str | None:
    """The editor's own introduction for the home page (content/index.md), if any."""
    try:
        return project.intro_file.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


@dataclass
class Generated:
    dossier: Dossier
    pages: list[Page]
    # This build's state, and what it follows from: saved once the pages are written.
    state: BuildState | None = None
    previous: BuildState | None = None
    changed: set[str] | None = None
    linked_before: Linked | None = None  # the link this build's was made from, if any
    # The generated pages not rendered again (their render key is the last build's): in
    # docs/ as the last build wrote them.
    kept: list[str] = field(default_factory=list)


def build_context(project: Project) -> str:
    """What a build depends on besides the articles: the code, the settings, the editor's
    curation and introduction."""
    digest = hashlib.sha256(f"{code_version()}\0{project.title}\0{project.language}\0"
                            f"{project.content_dir}\0{project.docs_dir}".encode())
    for path in (project.content_dir / CURATION_FILE, project.intro_file):
        try:
            digest.update(b"\0" + path.read_bytes())
        except OSError:
            digest.update(b"\0-")
    return digest.hexdigest()


def generate(project: Project, progress=None, stats: dict | None = None,
             incremental: bool = True, workers: int | None = None) -> Generated:
    """The dossier and its pages. ``incremental``: start from the last build's state (kept
    under .dossier-cache/) and keep this one's; the pages are the same either way."""
    t = time.perf_counter()
    context = build_context(project)
    previous = load_state(project.root, context) if incremental else None
    if previous is not None and not generated_files_as_written(project.docs_dir,
                                                               previous.docs):
        previous = None
    if stats is not None:
        stats["load"] = time.perf_counter() - t
    state = BuildState(context) if incremental else None
    dossier, relinked = _build(project, stats, workers, progress=progress, state=state,
                               previous=previous)
    t0 = time.perf_counter()
    # The pages whose render key (emit/keys.py) is not the last build's are rendered; what
    # is then written, made into HTML and indexed again is what differs from the last build
    # (writer.py, site/keys.py), never guessed from the edit.
    intro = read_intro(project)
    emitted = emit_pages(dossier, intro, workers, previous.pages if previous else None)
    if previous is not None and not set(emitted.kept) <= set(previous.docs):
        emitted = emit_pages(dossier, intro, workers)  # a kept page is not in docs/: all
    if state is not None:
        state.pages = emitted.keys
    if stats is not None:
        stats["emit"] = time.perf_counter() - t0
    return Generated(dossier, emitted.pages, state, previous,
                     relinked.changed if relinked else None,
                     relinked.linked_before if relinked else None, emitted.kept)


def write_generated(project: Project, generated: Generated, stats: dict | None = None
                    ) -> WriteReport:
    """Write the pages into docs/, then keep the state the next build starts from (only
    then: a state must never promise pages that were not written)."""
    t0 = time.perf_counter()
    report = write_pages(project.docs_dir, generated.pages, generated.kept)
    t1 = time.perf_counter()
    state = generated.state
    if state is not None:
        # What the next build checks docs/ against: every generated file.
        state.docs = file_stats(project.docs_dir, load_manifest(project.docs_dir))
        for rel in report.edited:  # so the next build is a full one, and warns again
            state.docs.pop(rel, None)
        save_state(project.root, state, generated.previous, generated.changed,
                   generated.linked_before)
    if stats is not None:
        stats.update(write=t1 - t0, state=time.perf_counter() - t1)
    return report
