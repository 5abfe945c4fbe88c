"""Helpers for tests over a built site: build it once, serve it on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

from dossier.cli.main import main


def copy_project(root: Path, dest: Path, content: bool = True) -> Path:
    """A copy of the dossier project at ``root``: mkdocs.yml, theme/, the hand-written
    docs/about.md, and (unless ``content`` is False) content/. Returns ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(root / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(root / "theme", dest / "theme")
    (dest / "docs").mkdir()
    shutil.copy(root / "docs" / "about.md", dest / "docs" / "about.md")
    if content:
        shutil.copytree(root / "content", dest / "content")
    return dest


def build_copy(root: Path, dest: Path) -> Path:
    """Copy the default dossier to ``dest`` and build it there; returns the site folder."""
    copy_project(root, dest)
    assert main(["build", "--project", str(dest), "--quiet"]) == 0
    return dest / "site"


def served_build(root: Path, dest: Path):
    """Build a copy of the dossier at ``root`` in ``dest`` and serve its site: a generator
    for a module fixture to ``yield from`` (the server is closed when the module is done)."""
    server = Server(build_copy(root, dest))
    try:
        yield server
    finally:
        server.close()


class Server:
    """A static file server for the site on a free loopback port, stopped by close()."""

    def __init__(self, directory: Path):
        handler = functools.partial(_QuietHandler, directory=str(directory))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass
