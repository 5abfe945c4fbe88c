"""The thin MkDocs adapter: regenerate docs/ before each build and watch content/ under
`mkdocs serve`, so editing an article refreshes the preview. MkDocs objects stay in here."""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger

from . import parallel as mkdocs_parallel
from ..config import load_project
from ..build.pipeline import generate, write_generated

log = get_plugin_logger(__name__)

# Set by `dossier build`, which has just generated docs/ itself: no need to do it twice.
SKIP_GENERATE = False
# Processes that convert pages to HTML (mkdocs_parallel); None: the machine's cores.
RENDER_WORKERS: int | None = None
# Set by dossier's build_site, which builds the search index itself once MkDocs has returned
# and its memory is free (under plain `mkdocs build` the plugin builds it at the end).
DEFER_SEARCH = False


# The reader's scripts and styles shipped in the package (the network view and its vendored
# Cytoscape.js): added to every site from here, so a project made by an older `dossier init`
# gets them with a new dossier, without copying them into its theme/.
ASSETS = Path(__file__).parent / "assets"
ASSETS_URI = "assets/dossier"


def _asset_files() -> list[Path]:
    return sorted(p for p in ASSETS.rglob("*") if p.is_file() and p.name != "VERSION")


class DossierPlugin(BasePlugin):
    def on_config(self, config, **kwargs):
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
        if SKIP_GENERATE:
            return
        project = load_project(Path(config.config_file_path).parent)
        generated = generate(project)
        report = write_generated(project, generated)
        for diagnostic in generated.dossier.diagnostics + report.diagnostics:
            log.warning(str(diagnostic))

    @event_priority(-100)  # last: the nav MkDocs builds the pages with
    def on_nav(self, nav, config, files, **kwargs):
        """Convert the pages in worker processes before MkDocs' own page loop runs."""
        self._nav = nav
        self._rendered = mkdocs_parallel.convert_pages(config, files, RENDER_WORKERS)
        return nav

    @event_priority(-100)  # last: the Markdown MkDocs is about to convert
    def on_page_markdown(self, markdown, page, config, files, **kwargs):
        rendered = getattr(self, "_rendered", {}).pop(page.file.src_uri, None)
        mkdocs_parallel.take(page, markdown, rendered, files)
        return markdown

    @event_priority(-100)  # last: every plugin has seen every page
    def on_env(self, env, config, files, **kwargs):
        """Build and write the pages in worker processes; MkDocs' page loop then passes
        over those."""
        self._skip_built().__exit__()
        built = mkdocs_parallel.build_pages(config, files, self._nav, env, RENDER_WORKERS)
        self._skip = mkdocs_parallel.SkipBuilt(built).__enter__()
        return env

    def _skip_built(self) -> mkdocs_parallel.SkipBuilt:
        return getattr(self, "_skip", None) or mkdocs_parallel.SkipBuilt({})

    def _end_build(self) -> None:
        """MkDocs' page loop as it was, the spool removed, and nothing of this build's pages
        kept here (the search index comes next, in the same process)."""
        self._skip_built().__exit__()
        self._skip = self._nav = None
        self._rendered = {}
        mkdocs_parallel.cleanup()

    def on_build_error(self, error, **kwargs):
        self._end_build()

    def on_post_build(self, config, **kwargs):
        """Index the built site (search_index.py: the search the theme's header uses)."""
        self._end_build()
        if DEFER_SEARCH:
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
