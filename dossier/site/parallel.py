"""Markdown to HTML, and HTML into the theme's template, for MkDocs' pages in several processes.

MkDocs converts its pages one by one in one process: for a dossier of thousands of pages that
is most of the site build (62 % of it at 500 articles, Python-Markdown's inline patterns
first). Before MkDocs' page loop starts, the dossier plugin (on_nav) forks workers that each
read and convert a share of the pages exactly as MkDocs would (its pre-page and
page-markdown events, then Page.render); MkDocs' own loop then runs as ever, and a page whose
final Markdown is the one a worker converted takes the worker's result instead of converting
it again. Any page whose Markdown differs, or that a worker could not convert, is converted
by MkDocs itself. Warnings a worker's conversion logged are logged again when MkDocs reaches
the page, so `--strict` still counts them.

Then, once every page is converted and the plugins have seen them all (on_env), workers
forked again build each page as MkDocs' page loop would (its page-context and post-page
events, the theme's template, the file written), and MkDocs' loop passes over the pages a
worker wrote. That is done only when every plugin's page-context and post-page events are
known to keep nothing from one page to the next (a plugin that collects pages there, such as
MkDocs' own search, must see them in MkDocs' process): see PAGE_HOOKS_SAFE. When every
page-content event is such too, the converting workers leave each page's HTML in a spool
(a temporary folder) for the building workers, and MkDocs' process holds neither the HTML nor
the Markdown of the pages. The site is the same either way (tests compare)."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sys
import tempfile
import types
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands import build as _mkdocs_build

from ..workers import can_fork, forked_imap
from .direct import render_page
from .gate import internals_known

# Below this many pages the workers cost more than they save, unless the pages are large:
# after an edit MkDocs makes again few pages, but the largest (the indexes, the tags, the
# profiles of the actors most named: 111 pages, 8 MB of HTML at 1,000 articles).
MIN_PAGES, MIN_BYTES = 200, 1_000_000

# The plugins whose page-content, page-context and post-page events only read the page and
# its context, so they may run in a worker (or, for page-content, on a page whose HTML is in
# the spool): material's tags (adds the page's tags to the context) and dossier.
PAGE_HOOKS_SAFE = {"material.plugins.tags.plugin.TagsPlugin",
                   "dossier.site.plugin.DossierPlugin"}


@dataclass
class Rendered:
    digest: str  # of the Markdown the worker converted
    content: str | None  # None: in the spool, read by the worker that builds the page
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


def _replay(records: list) -> None:
    """Log in MkDocs' process what a worker's conversion or build of a page logged."""
    for name, level, message in records:
        logging.getLogger(name).log(level, message)


class _Capture:
    """Route MkDocs' log records into a _Collect while a worker works on a page."""

    def __enter__(self) -> _Collect:
        self.collect = _Collect()
        self.logger = logging.getLogger("mkdocs")
        self.logger.addHandler(self.collect)
        self.propagate, self.logger.propagate = self.logger.propagate, False
        self.saved = [h for h in self.logger.handlers if h is not self.collect]
        for h in self.saved:
            self.logger.removeHandler(h)  # the parent logs them, once, in page order
        return self.collect

    def __exit__(self, *exc):
        self.logger.removeHandler(self.collect)
        for h in self.saved:
            self.logger.addHandler(h)
        self.logger.propagate = self.propagate
        return False


def _pool_map(func, count: int, workers: int, job: tuple) -> dict:
    """{key: result} of ``func(i)`` for i < count in ``workers`` forked processes that
    inherit ``job`` (``func(job, i)``)."""
    return dict(forked_imap(func, range(count), job, workers,
                            chunksize=max(1, count // (workers * 16))))


class Spool:
    """Where the converting workers leave each page's HTML when the building workers will be
    the ones to read it: MkDocs' process then never holds the HTML of every page at once
    (about 700 MB as Python strings for the 10,000-article dossier of benchmarks/scale.py).
    A temporary folder, removed by close()."""

    def __init__(self):
        self.path = tempfile.mkdtemp(prefix="dossier-pages-")

    def file(self, src_uri: str) -> str:
        return os.path.join(self.path, hashlib.sha1(src_uri.encode("utf-8", "surrogatepass"))
                            .hexdigest() + ".html")

    def load(self, page) -> None:
        """Give a page whose HTML went to the spool its HTML back."""
        if page.content == "" and os.path.exists(self.file(page.file.src_uri)):
            with open(self.file(page.file.src_uri), encoding="utf-8") as fh:
                page.content = fh.read()

    def discard(self, page) -> None:
        """A page built: its HTML is not read again. Removed by the worker that built it,
        not all at once by close() in MkDocs' process (thousands of files)."""
        try:
            os.unlink(self.file(page.file.src_uri))
        except FileNotFoundError:
            pass

    def close(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def _load_content(page, spool: Spool | None) -> None:
    if spool is not None:
        spool.load(page)


def _convert(job: tuple, index: int) -> tuple[str, Rendered | None]:
    pages, config, files, spool, direct = job
    page = pages[index]
    with _Capture() as collect:
        try:
            page = config.plugins.on_pre_page(page, config=config, files=files)
            page.read_source(config)
            source = page.markdown
            page.markdown = config.plugins.on_page_markdown(page.markdown, page=page,
                                                            config=config, files=files)
            if not (direct and render_page(page, config, files)):
                page.render(config, files)
            links = None if page.links_to_anchors is None else \
                {f.src_uri: v for f, v in page.links_to_anchors.items()}
            content = page.content
            if spool is not None and not keeps_content(config, source):
                with open(spool.file(page.file.src_uri), "w", encoding="utf-8") as fh:
                    fh.write(content)
                content = None
            done = Rendered(_digest(page.markdown), content, page.toc,
                            page._title_from_render, page.present_anchor_ids, links,
                            collect.records)
            # The worker's copy of the page need not keep what went back to MkDocs: a worker
            # converting thousands of pages would otherwise hold all their HTML.
            page.markdown = page.content = page.toc = None
            return page.file.src_uri, done
        except Exception:  # noqa: BLE001 - MkDocs will convert the page itself and report it
            return page.file.src_uri, None


def keeps_content(config, markdown: str) -> bool:
    """Whether MkDocs' process needs the page's HTML after converting it: material's tags
    plugin writes its listings into the HTML of the pages that ask for one (on_env)."""
    for plugin in config.plugins.values():
        directive = getattr(getattr(plugin, "config", None), "listings_directive", None)
        if isinstance(directive, str) and f"<!-- {directive}" in markdown:
            return True
    return False


def usable(workers: int) -> bool:
    """Forking is safe only in a single-threaded process (not under `mkdocs serve`)."""
    return workers > 1 and sys.platform != "win32" and can_fork()


def _worth_workers(pages: list, min_pages: int) -> bool:
    """Whether ``pages`` are work enough for workers: many, or few with much Markdown."""
    if len(pages) >= min_pages:
        return True
    if len(pages) < 2:
        return False
    size = 0
    for page in pages:
        try:
            size += os.path.getsize(page.file.abs_src_path)
        except (OSError, TypeError):  # a file with no source on disk: generated in memory
            continue
        if size >= MIN_BYTES:
            return True
    return False


def convert_pages(config, files, workers: int | None = None, min_pages: int = MIN_PAGES,
                  direct: bool = True) -> tuple[dict[str, Rendered], Spool | None]:
    """Every documentation page MkDocs will convert (its file modified: site/keys.py)
    converted in ``workers`` processes: src_uri -> result, and the spool their HTML went to
    (None: in the results), which the caller closes once the pages are built. With
    ``direct``, generated pages skip Python-Markdown's parse (direct.py)."""
    workers = workers or os.cpu_count() or 1
    pages = [f.page for f in files.documentation_pages()
             if f.page is not None and f.is_modified()]
    if not _worth_workers(pages, min_pages) or not usable(workers):
        return {}, None
    # The spool is read back only by the building workers and by MkDocs' page loop as
    # SkipBuilt patches it, both behind the gate: under another MkDocs the HTML stays in the
    # results (else MkDocs' own loop would build pages with no content).
    spool = Spool() if internals_known() and \
        hooks_safe(config, ("page_content", "page_context", "post_page")) else None
    done = _pool_map(_convert, len(pages), workers, (pages, config, files, spool, direct))
    return {uri: r for uri, r in done.items() if r is not None}, spool


def _build(job: tuple, index: int) -> tuple[str, list | None, tuple | None]:
    """Build and write one page; with ``index``, also take what the search index takes of
    it (search_record.read_page) from the file just written, while the page is at hand:
    (src_uri, what its build logged (None: failed), (its file's identity, (its content key,
    its record))))."""
    pages, config, doc_files, nav, env, spool, index_site = job
    page = pages[index]
    with _Capture() as collect:
        try:
            _load_content(page, spool)
            _mkdocs_build._build_page(page, config, doc_files, nav, env,
                                      excluded=page.file.inclusion.is_excluded())
        except Exception:  # noqa: BLE001 - MkDocs will build the page itself and report it
            return page.file.src_uri, None, None
    if spool is not None:
        spool.discard(page)
    search = None
    if index_site and page.file.dest_uri.endswith(".html"):
        from .search_record import identity, read_page

        path = Path(page.file.abs_dest_path)
        # Its identity first: should anything write the file again, the index reads it.
        ident = identity(index_site, path)
        key, record = read_page(path, index_site)
        search = None if key is None else (ident, (key, record))
    return page.file.src_uri, collect.records, search


def hooks_safe(config, events=("page_context", "post_page")) -> bool:
    for event in events:
        for method in config.plugins.events.get(event, []):
            owner = getattr(method, "__self__", None)
            name = f"{type(owner).__module__}.{type(owner).__qualname__}"
            if name not in PAGE_HOOKS_SAFE:
                return False
    return True


def build_pages(config, files, nav, env, workers: int | None = None,
                min_pages: int = MIN_PAGES, spool: Spool | None = None,
                index: bool = False) -> tuple[dict[str, list], dict[str, tuple]]:
    """Every documentation page MkDocs would build (its file modified) built and written by
    ``workers`` processes, after MkDocs has converted them all: src_uri -> what its build
    logged, and with ``index``, the identity of each file written -> its content key and what
    the search index takes of the page (search_record.identity, read_page). Pages whose file
    a static file or the theme's own templates also write (MkDocs writes those first and
    the page over them) are left to MkDocs."""
    workers = workers or os.cpu_count() or 1
    if not internals_known() or not hooks_safe(config):
        return {}, {}
    from mkdocs.structure.files import InclusionLevel

    doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
    others = {f.dest_uri for f in files if not f.is_documentation_page()}
    others.update(config.theme.static_templates, config.extra_templates)
    pages = [f.page for f in doc_files if f.page is not None and f.dest_uri not in others
             and f.is_modified()]
    if not _worth_workers(pages, min_pages) or not usable(workers):
        return {}, {}
    index_site = None
    if index:
        from .search_lemmas import warm

        warm()  # the dictionaries, loaded once here for every worker
        index_site = Path(config.site_dir)
    done = forked_imap(_build, range(len(pages)), (pages, config, doc_files, nav, env, spool,
                                                   index_site),
                       workers, chunksize=max(1, len(pages) // (workers * 16)))
    built, search = {}, {}
    for uri, records, record in done:
        if records is not None:
            built[uri] = records
            if record is not None:
                search[record[0]] = record[1]
    return built, search


class SkipBuilt:
    """While active, MkDocs' page loop passes over the pages a worker built, logging again
    what their build logged; the others it builds as ever."""

    def __init__(self, done: dict[str, list], spool: Spool | None = None):
        self.done = done
        self.spool = spool
        self.original = None

    def __enter__(self):
        if not internals_known():
            return self  # nothing was built by a worker: MkDocs' loop as it is
        self.original = original = _mkdocs_build._build_page
        done, spool = self.done, self.spool

        def _build_page(page, config, *args, **kwargs):
            records = done.pop(page.file.src_uri, None)
            if records is None:
                _load_content(page, spool)
                return original(page, config, *args, **kwargs)
            _replay(records)

        _mkdocs_build._build_page = _build_page
        return self

    def __exit__(self, *exc):
        if self.original is not None:
            _mkdocs_build._build_page = self.original
            self.original = None
        return False


def take(page, markdown: str, rendered: Rendered | None, files) -> bool:
    """Let ``page`` take a worker's result when it converted this very Markdown."""
    if rendered is None or rendered.digest != _digest(markdown):
        return False

    def render(self, config, _files):
        _replay(rendered.records)
        # A page whose HTML is in the spool: the worker that builds it reads it (_build), or
        # MkDocs' loop does (SkipBuilt) should the page be left to MkDocs. Neither reads its
        # Markdown again, nor do the theme's templates: MkDocs' process lets it go too (an
        # empty string, not None, which would make Page.title None).
        if rendered.content is None:
            self.content, self.markdown = "", ""
        else:
            self.content = rendered.content
        self.toc = rendered.toc
        self._title_from_render = rendered.title
        self.present_anchor_ids = rendered.anchors
        if rendered.links_to_anchors is not None:
            self.links_to_anchors = {files.get_file_from_path(uri): v
                                     for uri, v in rendered.links_to_anchors.items()}
    page.render = types.MethodType(render, page)
    return True
