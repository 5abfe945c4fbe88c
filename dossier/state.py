"""The last build, kept under .dossier-cache/ so that the next one does only the work an edit
calls for (see pipeline.generate): the files as they were read, the dossier they made, and
what the build depended on besides the articles (the code, the settings, the editor's files).
A state that does not match is ignored, never trusted: the build is then done in full."""

from __future__ import annotations

import functools
import gc
import hashlib
import os
import pickle
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .cache import CACHE_DIR
from .ingest import FileRecord
from .model import Diagnostic, Dossier

STATE_FILE = "state.pickle"


@functools.cache
def code_version() -> str:
    """A hash of every module and data file of the package: any change to the code that turns
    articles into pages makes the last build's state useless."""
    digest = hashlib.sha256()
    root = resources.files("dossier")

    def walk(folder, prefix: str) -> None:
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.is_dir():
                if entry.name != "__pycache__":
                    walk(entry, f"{prefix}{entry.name}/")
            elif entry.name.endswith((".py", ".yml", ".html", ".css", ".js")):
                digest.update(f"{prefix}{entry.name}\0".encode())
                digest.update(entry.read_bytes())
    walk(root, "")
    return digest.hexdigest()[:16]


@dataclass
class BuildState:
    # The code, the project's settings and the editor's files (curation, introduction): when
    # any differs, nothing below may be reused.
    context: str
    files: dict[str, FileRecord] = field(default_factory=dict)
    dossier: Dossier | None = None
    # What the link stage reported (curation problems), apart from the files' diagnostics.
    link_diagnostics: list[Diagnostic] = field(default_factory=list)


def _path(root: Path) -> Path:
    return root / CACHE_DIR / STATE_FILE


def load_state(root: Path, context: str) -> BuildState | None:
    try:
        with open(_path(root), "rb") as fh:
            # The state is hundreds of thousands of small objects: the cyclic collector
            # would scan them again and again while they load (a third of the time).
            gc.disable()
            try:
                state = pickle.load(fh)
            finally:
                gc.enable()
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError,
            TypeError, ImportError):
        return None
    if not isinstance(state, BuildState) or state.context != context:
        return None
    return state


def save_state(root: Path, state: BuildState) -> None:
    path = _path(root)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            gc.disable()
            try:
                pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
            finally:
                gc.enable()
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError):
        pass  # a state that cannot be kept only costs the next build time
