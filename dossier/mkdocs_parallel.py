"""Markdown to HTML for MkDocs' pages in several processes.

MkDocs converts its pages one by one in one process: for a dossier of thousands of pages that
is most of the site build (62 % of it at 500 articles, Python-Markdown's inline patterns
first). Before MkDocs' page loop starts, the dossier plugin (on_nav) forks workers that each
read and convert a share of the pages exactly as MkDocs would (its pre-page and
page-markdown events, then Page.render); MkDocs' own loop then runs as ever, and a page whose
final Markdown is the one a worker converted takes the worker's result instead of converting
it again. Any page whose Markdown differs, or that a worker could not convert, is converted
by MkDocs itself. Warnings a worker's conversion logged are logged again when MkDocs reaches
the page, so `--strict` still counts them. The site is the same either way (tests compare)."""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import sys
import threading
import types
from dataclasses import dataclass

# Below this many pages the workers cost more than they save.
MIN_PAGES = 200

# The pages and the build of the moment, for the forked workers (they inherit them).
_JOB: tuple | None = None
# How many pages the last build's workers converted (for tests and benchmarks).
converted = 0


@dataclass
class Rendered:
    digest: str  # of the Markdown the worker converted
    content: str
    toc: object
    title: str | None
    anchors: set
    links_to_anchors: dict | None  # by the linked file's src_uri
    records: list  # (logger name, level, message) logged while converting


def _digest(markdown: str) -> str:
    return hashlib.sha1(markdown.encode("utf-8", "surrogatepass")).hexdigest()


class _Collect(logging.Handler):
    """Whatever MkDocs' loggers let through while a worker converts (warnings, and with
    -v its notes too), to be logged again by the parent."""

    def __init__(self):
        super().__init__(logging.NOTSET)
        self.records: list = []

    def emit(self, record):
        self.records.append((record.name, record.levelno, record.getMessage()))


def _convert(index: int) -> tuple[str, Rendered | None]:
    pages, config, files = _JOB
    page = pages[index]
    collect = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collect)
    propagate, logger.propagate = logger.propagate, False
    saved = [h for h in logger.handlers if h is not collect]
    for h in saved:
        logger.removeHandler(h)  # the parent logs them, once, in page order
    try:
        page = config.plugins.on_pre_page(page, config=config, files=files)
        page.read_source(config)
        page.markdown = config.plugins.on_page_markdown(page.markdown, page=page,
                                                        config=config, files=files)
        page.render(config, files)
        links = None if page.links_to_anchors is None else \
            {f.src_uri: v for f, v in page.links_to_anchors.items()}
        done = Rendered(_digest(page.markdown), page.content, page.toc,
                        page._title_from_render, page.present_anchor_ids, links,
                        collect.records)
        # The worker's copy of the page need not keep what went back to MkDocs: a worker
        # converting thousands of pages would otherwise hold all their HTML.
        page.markdown = page.content = page.toc = None
        return page.file.src_uri, done
    except Exception:  # noqa: BLE001 - MkDocs will convert the page itself and report it
        return page.file.src_uri, None
    finally:
        logger.removeHandler(collect)
        for h in saved:
            logger.addHandler(h)
        logger.propagate = propagate


def usable(workers: int) -> bool:
    """Forking is safe only in a single-threaded process (not under `mkdocs serve`)."""
    return workers > 1 and sys.platform != "win32" and threading.active_count() == 1 \
        and "fork" in multiprocessing.get_all_start_methods()


def convert_pages(config, files, workers: int | None = None) -> dict[str, Rendered]:
    """Every documentation page converted in ``workers`` processes: src_uri -> result."""
    global _JOB, converted
    converted = 0
    workers = workers or os.cpu_count() or 1
    pages = [f.page for f in files.documentation_pages() if f.page is not None]
    if len(pages) < MIN_PAGES or not usable(workers):
        return {}
    _JOB = (pages, config, files)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            done = dict(pool.imap_unordered(_convert, range(len(pages)),
                                            chunksize=max(1, len(pages) // (workers * 16))))
    finally:
        _JOB = None
    done = {uri: r for uri, r in done.items() if r is not None}
    converted = len(done)
    return done


def take(page, markdown: str, rendered: Rendered | None, files) -> None:
    """Let ``page`` take a worker's result when it converted this very Markdown."""
    if rendered is None or rendered.digest != _digest(markdown):
        return

    def render(self, config, _files):
        for name, level, message in rendered.records:
            logging.getLogger(name).log(level, message)
        self.content = rendered.content
        self.toc = rendered.toc
        self._title_from_render = rendered.title
        self.present_anchor_ids = rendered.anchors
        if rendered.links_to_anchors is not None:
            self.links_to_anchors = {files.get_file_from_path(uri): v
                                     for uri, v in rendered.links_to_anchors.items()}
    page.render = types.MethodType(render, page)
