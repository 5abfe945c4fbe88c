"""The thin MkDocs adapter: regenerate docs/ before each build and watch content/ under
`mkdocs serve`, so editing an article refreshes the preview; under `dossier build`, make only
the files whose content key changed (keys.py). MkDocs objects stay in site/."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger

from . import direct, parallel
from .keys import SiteKeys, context_key, page_key, static_key

log = get_plugin_logger(__name__)

# The reader's scripts and styles shipped in the package (the network view and its vendored
# Cytoscape.js): added to every site from here, so a project made by an older `dossier init`
# gets them with a new dossier, without copying them into its theme/.
ASSETS = Path(__file__).parent / "assets"
ASSETS_URI = "assets/dossier"


def _asset_files() -> list[Path]:
    return sorted(p for p in ASSETS.rglob("*") if p.is_file() and p.name != "VERSION")


@dataclass
class SiteSettings:
    """How `dossier build` runs the plugin (builder.py sets it on the plugin it loads); the
    defaults are those of a plain `mkdocs build` or `mkdocs serve`."""

    generate: bool = True  # regenerate docs/ first (False: `dossier build` just did)
    defer_search: bool = False  # the caller builds the search index once MkDocs is done
    workers: int | None = None  # processes that render pages (None: the machine's cores)
    min_pages: int = parallel.MIN_PAGES  # fewer pages than this to render: no workers
    keys: bool = False  # compute the files' content keys (for the next build)
    # Generated pages skip Python-Markdown's parse (direct.py; False: every page through it).
    direct: bool = True
    # The last build's keys, when site_dir holds the site it made: MkDocs runs as a dirty
    # build, making only the files whose key changed.
    previous: SiteKeys | None = None
    # The workers that build pages take what the search index takes of each (with
    # defer_search: the caller indexes the site as MkDocs wrote it).
    index_in_workers: bool = False


@dataclass
class SiteReport:
    """What the build did, for the command line, tests and benchmarks."""

    made: int = 0  # pages MkDocs converted and rendered
    reused: int = 0  # files left as the last build wrote them (their key unchanged)
    converted: int = 0  # pages converted in worker processes
    built: int = 0  # pages rendered into the theme and written by worker processes
    indexed: int = 0  # of those, pages whose search record the workers took too
    removed: list[str] = field(default_factory=list)  # files of the last site now gone


class DossierPlugin(BasePlugin):
    def __init__(self):
        super().__init__()
        self.settings = SiteSettings()
        self._begin()

    def _begin(self) -> None:
        """What one build collects: nothing carries over to the next."""
        self.report = SiteReport()
        self.keys: SiteKeys | None = None
        self._files = self._nav = self._spool = None
        self._rendered: dict = {}
        self._skip = None
        # What the building workers took of each page for the search index, by dest_uri.
        self.search_records: dict = {}

    def on_config(self, config, **kwargs):
        self._begin()
        # network.js loads Cytoscape.js itself, only on a page that holds a network view.
        if f"{ASSETS_URI}/network.js" not in [str(s) for s in config.extra_javascript]:
            config.extra_javascript.append(f"{ASSETS_URI}/network.js")
        if f"{ASSETS_URI}/network.css" not in config.extra_css:
            config.extra_css.append(f"{ASSETS_URI}/network.css")
        return config

    def on_files(self, files, config, **kwargs):
        from mkdocs.structure.files import File

        for path in _asset_files():
            uri = f"{ASSETS_URI}/{path.relative_to(ASSETS).as_posix()}"
            if files.get_file_from_path(uri) is None:  # a project's own copy wins
                files.append(File.generated(config, uri, abs_src_path=str(path)))
        return files

    def on_pre_build(self, config, **kwargs):
        if not self.settings.generate:
            return
        from ..build.pipeline import generate, write_generated
        from ..config import load_project

        project = load_project(Path(config.config_file_path).parent)
        generated = generate(project)
        report = write_generated(project, generated)
        for diagnostic in generated.dossier.diagnostics + report.diagnostics:
            log.warning(str(diagnostic))

    @event_priority(-100)  # last: the files and nav MkDocs builds the pages with
    def on_nav(self, nav, config, files, **kwargs):
        """Decide which files are made again (their keys), then convert those pages in worker
        processes before MkDocs' own page loop runs."""
        self._files, self._nav = files, nav
        if self.settings.keys:
            self.keys = self._mark_modified(config, files, nav)
        self._rendered, self._spool = parallel.convert_pages(
            config, files, self.settings.workers, self.settings.min_pages,
            self.settings.direct)
        self.report.converted = len(self._rendered)
        return nav

    def _mark_modified(self, config, files, nav) -> SiteKeys:
        """This build's keys; with the last build's, each file is marked modified or not
        (MkDocs' dirty build asks File.is_modified), and a file to be made again is unlinked
        first (the site being built shares the unchanged files with the live one)."""
        previous = self.settings.previous
        sources = {}
        for file in files.documentation_pages():
            with open(file.abs_src_path, encoding="utf-8-sig", errors="replace") as fh:
                sources[file.src_uri] = fh.read()
        context = context_key(config, nav, sources)
        keys = SiteKeys(context)
        same = previous is not None and previous.context == context and \
            parallel.hooks_safe(config, ("page_markdown", "page_content", "page_context",
                                         "post_page", "env"))

        # The link targets are normalised POSIX paths already (keys.link_targets): looked up
        # as they are (Files.get_file_from_path makes a PurePath of each, 50,000 of them).
        exists = {file.src_uri for file in files}.__contains__

        forced = {page.file.src_uri for page in nav.pages}
        for file in files:
            if file.src_uri in sources:
                markdown = sources[file.src_uri]
                key = page_key(context, file, markdown, exists)
                force = file.src_uri in forced or parallel.keeps_content(config, markdown)
            else:
                key, force = static_key(context, file), False
            keys.files[file.dest_uri] = key
            if previous is None:
                continue
            modified = force or not same or previous.files.get(file.dest_uri) != key
            file.is_modified = (lambda m=modified: m)
            if modified:
                _unlink(file.abs_dest_path)
                self.report.made += file.src_uri in sources
            else:
                self.report.reused += 1
                if file.src_uri in previous.meta:
                    keys.meta[file.src_uri] = previous.meta[file.src_uri]
        if previous is not None:
            _unlink_unkeyed(Path(config.site_dir), previous)
        return keys

    @event_priority(-100)  # last: the Markdown MkDocs is about to convert
    def on_page_markdown(self, markdown, page, config, files, **kwargs):
        taken = parallel.take(page, markdown, self._rendered.pop(page.file.src_uri, None),
                              files)
        if not taken and self.settings.direct:
            direct.install(page)
        return markdown

    def on_page_content(self, html, page, config, files, **kwargs):
        """Keep a page's front matter and title, for the next build if the page is not
        read again then (_feed_unchanged)."""
        if self.keys is not None and page.meta:
            self.keys.meta[page.file.src_uri] = (dict(page.meta), page.title)
        return html

    @event_priority(110)  # first: before the tags plugin (100) lists what it collected
    def _feed_unchanged(self, env, config, files, **kwargs):
        """The pages not read again (their key unchanged) give the plugins that collect
        from every page (material's tags) their front matter, as the last build read it."""
        if self.keys is None or self.settings.previous is None:
            return env
        hooks = [m for m in config.plugins.events.get("page_markdown", [])
                 if getattr(m, "__self__", None) is not self]
        for file in files.documentation_pages():
            kept = self.keys.meta.get(file.src_uri)
            if file.page is None or file.is_modified() or not kept:
                continue
            meta, title = kept
            # As read_source and render would leave it, but for the Markdown and the HTML:
            # MkDocs takes the title from the front matter, or else from the first heading.
            file.page.markdown, file.page.meta = "", dict(meta)
            if "title" not in meta:
                file.page._title_from_render = title
            for hook in hooks:
                hook("", page=file.page, config=config, files=files)
        _in_page_order(hooks, files)
        return env

    @event_priority(-100)  # last: every plugin has seen every page
    def _build_in_workers(self, env, config, files, **kwargs):
        """Build and write the pages in worker processes; MkDocs' page loop then passes
        over those."""
        built, self.search_records = parallel.build_pages(
            config, files, self._nav, env, self.settings.workers, self.settings.min_pages,
            self._spool, index=self.settings.index_in_workers and self.settings.defer_search)
        self.report.built, self.report.indexed = len(built), len(self.search_records)
        self._skip = parallel.SkipBuilt(built, self._spool).__enter__()
        return env

    on_env = CombinedEvent(_feed_unchanged, _build_in_workers)

    def _end_build(self) -> None:
        """MkDocs' page loop as it was, the spool removed, and nothing of this build's pages
        kept here (the search index comes next, in the same process)."""
        if self._skip is not None:
            self._skip.__exit__()
        if self._spool is not None:
            self._spool.close()
        self._skip = self._nav = self._spool = None
        self._rendered = {}

    def on_build_error(self, error, **kwargs):
        self._end_build()

    def on_post_build(self, config, **kwargs):
        """Remove what the last site had and this one has not; index the built site
        (search_index.py: the search the theme's header uses)."""
        self._end_build()
        if self.settings.previous is not None and self.keys is not None:
            self.report.removed = _remove_stale(Path(config.site_dir), self.settings.previous,
                                                self.keys)
        self._files = None
        if self.settings.defer_search:
            return
        from .search_index import build_search_index

        problem = build_search_index(Path(config.site_dir),
                                     str(config.theme.get("language") or "en"))
        if problem:
            log.warning(problem)

    def on_serve(self, server, config, builder, **kwargs):
        content = Path(config.config_file_path).parent / "content"
        if content.is_dir():
            server.watch(str(content))
        return server


def _in_page_order(hooks, files) -> None:
    """What the tags plugin collected (its mappings, by page URL), in the order of the pages,
    as a cold build collects it: the pages made again were collected first, while MkDocs
    read them, and the order shows in its listings and tags.json. (Material 9's
    MappingManager.data; another collector is left as it is, and verify mode would show
    any difference it makes.)"""
    order = {f.page.url: i for i, f in enumerate(files.documentation_pages()) if f.page}
    for owner in {getattr(hook, "__self__", None) for hook in hooks}:
        data = getattr(getattr(owner, "mappings", None), "data", None)
        if isinstance(data, dict):
            items = sorted(data.items(), key=lambda item: order.get(item[0], len(order)))
            data.clear()
            data.update(items)


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _unlink_unkeyed(site_dir: Path, previous: SiteKeys) -> None:
    """Unlink every file of the site being built that has no key (the theme's 404.html and
    sitemap, what a plugin wrote itself, such as the tags plugin's tags.json): whoever
    makes it again writes a new file, never into the live site's; one nobody makes again is
    gone, as from a clean build."""
    from .search_index import OUTPUT

    for root, dirs, names in os.walk(site_dir):
        rel_root = os.path.relpath(root, site_dir).replace(os.sep, "/")
        if rel_root == OUTPUT:
            dirs[:] = []
            continue
        for name in names:
            rel = name if rel_root == "." else f"{rel_root}/{name}"
            if rel not in previous.files:
                os.unlink(os.path.join(root, name))


def _remove_stale(site_dir: Path, previous: SiteKeys, keys: SiteKeys) -> list[str]:
    """Delete the files the last build made that this one did not: pages and files gone."""
    removed = sorted(set(previous.files) - set(keys.files))
    for rel in removed:
        path = site_dir / rel
        _unlink(str(path))
        folder = path.parent
        while folder != site_dir and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    return removed
