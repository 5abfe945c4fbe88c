"""A site that opens from the file system (file://): MkDocs, built with
``use_directory_urls: false``, links its own pages as ``page.html``; the links dossier writes
into raw HTML (profiles in the network, timeline and article pages: ids.site_href) are
directory URLs, which a browser shows from file:// as a folder listing. This pass points each
of those at the file that is the page."""

from __future__ import annotations

import os
import re
from pathlib import Path

# A relative folder URL (ending in "/") in a double-quoted href or src: what ids.site_href
# writes. MkDocs' own links, with use_directory_urls false, name files and are left alone.
_LINK = re.compile(r'(?P<attr>\s(?:href|src))="(?P<path>(?![a-zA-Z][a-zA-Z0-9+.-]*:|/)'
                   r'[^"#?]*/)(?P<rest>[#?][^"]*)?"')


def served_folder(html_file: Path) -> Path:
    """The folder a page was served from under directory URLs, which site_href's links are
    relative to: a/x.html was a/x/, a/index.html was a/."""
    return html_file.parent if html_file.name == "index.html" else html_file.with_suffix("")


def page_for(html_file: Path, path: str, site_dir: Path) -> str | None:
    """The folder link ``path`` of ``html_file`` as a link to the page's file, relative to
    ``html_file``; None when it names no page of the site."""
    target = Path(os.path.normpath(served_folder(html_file) / path))
    try:
        target.relative_to(site_dir)
    except ValueError:
        return None  # outside the site: leave it
    if (target / "index.html").is_file():
        page = target / "index.html"
    elif target.with_suffix(".html").is_file() and target != site_dir:
        page = target.with_suffix(".html")
    else:
        return None
    return Path(os.path.relpath(page, html_file.parent)).as_posix()


def rewrite_links(site_dir: Path) -> int:
    """Point every folder link of every page under ``site_dir`` at its page's file; returns
    how many changed."""
    site_dir = Path(os.path.normpath(site_dir.resolve()))
    changed = 0
    for html_file in sorted(site_dir.rglob("*.html")):
        text = html_file.read_text(encoding="utf-8")

        def fix(m: re.Match) -> str:
            nonlocal changed
            new = page_for(html_file, m.group("path"), site_dir)
            if new is None:
                return m.group(0)
            changed += 1
            return f'{m.group("attr")}="{new}{m.group("rest") or ""}"'

        new_text = _LINK.sub(fix, text)
        if new_text != text:
            html_file.write_text(new_text, encoding="utf-8", newline="\n")
    return changed
