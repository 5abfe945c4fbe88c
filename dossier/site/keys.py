"""Content keys of the site's files: what decides, file by file, whether MkDocs makes it again.

The HTML MkDocs writes for a page is a function of: the page's Markdown; whether the pages and
files it links to exist (a link to a missing one is a warning, and stays unresolved); the nav
(the pages it lists, their titles and places: every page carries it); and what is the same
for every page (the versions of MkDocs, its theme, the Markdown library and dossier; the
configuration; the project's theme overrides; SOURCE_DATE_EPOCH). A static file is a function
of its bytes. A file's key is a hash of exactly those; a file whose key is the last build's,
in a site the last build wrote, is not converted, rendered or copied again (MkDocs' own
`dirty` build, with the dossier plugin telling it which files changed: plugin.py).

Two kinds of page are made again whatever their key: the nav's pages (their titles must be
known to every page MkDocs renders) and pages whose HTML a plugin fills in from all the
others (material's tags listing). Their keys are recorded all the same."""

from __future__ import annotations

import hashlib
import os
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from ..build.cache import read_pickle, write_pickle

# The targets of Markdown links and images: [text](target) and ![alt](target "title").
_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)")
_FRONT_MATTER = re.compile(r"\A---\s*\n.*?\n(?:---|\.\.\.)\s*\n", re.S)
_HEADING = re.compile(r"^#\s+.*$", re.M)


@dataclass
class SiteKeys:
    """One build's keys: what the next build compares its own with."""

    context: str = ""
    files: dict[str, str] = field(default_factory=dict)  # dest_uri -> key
    # The front matter and title of the pages that have front matter, by src_uri: a page not
    # made again is not read again, and the plugins that collect from every page (tags) get
    # them from here.
    meta: dict[str, tuple[dict, str | None]] = field(default_factory=dict)


def load_keys(path: Path) -> SiteKeys | None:
    return read_pickle(path, SiteKeys)


def save_keys(path: Path, keys: SiteKeys) -> None:
    write_pickle(path, keys)


def _digest(*parts) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part if isinstance(part, bytes) else str(part).encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def _versions() -> tuple:
    import markdown
    import material
    import mkdocs

    from ..build.state import code_version

    return (mkdocs.__version__, getattr(material, "__version__", "?"),
            markdown.__version__, code_version())


# The files of a theme that may be templates (MkDocs renders a theme's *.html, and static
# templates such as sitemap.xml): only these can print the build date.
TEMPLATES = (".html", ".htm", ".xml", ".txt", ".j2", ".jinja", ".jinja2")


def _folder_digest(folder: str | None, templates_only: bool = False) -> tuple[str, bool]:
    """The names and bytes of every file under ``folder`` (the project's theme overrides),
    and whether one of them shows the build date. ``templates_only``: only whether a
    template shows it (an installed theme, whose version is in every key already: reading
    its 14,000 icons every build cost half a second)."""
    if not folder or not os.path.isdir(folder):
        return "-", False
    dated = False
    h = hashlib.sha256()
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            if templates_only and not name.endswith(TEMPLATES):
                continue
            path = os.path.join(root, name)
            h.update(os.path.relpath(path, folder).encode("utf-8", "surrogatepass") + b"\0")
            with open(path, "rb") as fh:
                data = fh.read()
            h.update(data)
            dated = dated or b"build_date_utc" in data
    return h.hexdigest(), dated


def nav_title_source(markdown: str) -> str:
    """What a nav page's title is read from: its front matter and its first top heading."""
    front = _FRONT_MATTER.match(markdown)
    heading = _HEADING.search(markdown)
    return (front.group(0) if front else "") + "\0" + (heading.group(0) if heading else "")


def context_key(config, nav, sources: dict[str, str]) -> str:
    """What every page of the site is made with: versions, configuration, theme overrides,
    the nav (its items, their places and what their titles come from)."""
    custom = config.theme.custom_dir if hasattr(config.theme, "custom_dir") else None
    nav_items = []
    for page in nav.pages:
        src = page.file.src_uri
        nav_items.append((src, page.file.url, getattr(page, "_title", None),
                          nav_title_source(sources.get(src, ""))))
    with open(config.config_file_path, "rb") as fh:
        config_bytes = fh.read()
    theme, dated = _folder_digest(custom)
    dated = dated or any(_folder_digest(d, templates_only=True)[1]
                         for d in config.theme.dirs if d != custom)
    # The build date (SOURCE_DATE_EPOCH: the newest article's) is in the sitemap, made every
    # time; a page shows it only where a theme template prints it (neither MkDocs' nor
    # material's pages do).
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "") if dated else ""
    return _digest(_versions(), config_bytes, config.use_directory_urls, config.site_url,
                   config.theme.name, sorted(config.theme.items(), key=str), theme, epoch,
                   list(config.plugins), config.markdown_extensions, nav_items)


def link_targets(src_uri: str, markdown: str, exists) -> list[tuple[str, bool]]:
    """The local files a page's Markdown links to, each with whether it exists."""
    here = posixpath.dirname(src_uri)
    targets = set()
    for match in _LINK.finditer(markdown):
        target = match.group(1).split("#", 1)[0].split("?", 1)[0]
        if not target or target.startswith("/") or ":" in target:
            continue
        targets.add(posixpath.normpath(posixpath.join(here, unquote(target))))
    return [(t, exists(t)) for t in sorted(targets)]


def page_key(context: str, file, markdown: str, exists) -> str:
    return _digest(context, file.src_uri, file.dest_uri, markdown,
                   link_targets(file.src_uri, markdown, exists))


def static_key(context: str, file) -> str:
    """A static file's key: its bytes (and where it goes)."""
    return _digest(context, file.dest_uri, file.content_bytes)
