"""A cache of per-article extraction results, keyed by the article's id and content hash and
by the extractor's version (a hash of the code and lexicons that produce the results), so a
change to either invalidates it. Stored under .dossier-cache/ beside content/."""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
from importlib import metadata, resources
from pathlib import Path

from ..extract.world import library_versions

CACHE_DIR = ".dossier-cache"


def source_digest(entries) -> str:
    """A short hash of package files, ``entries`` being (label, file) pairs in a fixed order:
    the version of the code and data a cache's contents were made by."""
    digest = hashlib.sha256()
    for label, entry in entries:
        digest.update(f"{label}\0".encode())
        digest.update(entry.read_bytes())
    return digest.hexdigest()[:16]


def write_pickle(path: Path, value) -> None:
    """Pickle ``value`` to ``path`` atomically (a reader sees the old file or the new one,
    never half of one). Raises OSError or PicklingError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def read_pickle(path: Path | None, kind: type):
    """The ``kind`` object pickled at ``path``, or None when there is none, it cannot be
    read, or it is of another kind (a cache from another version is no cache)."""
    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            value = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    return value if isinstance(value, kind) else None


@functools.cache
def extractor_version() -> str:
    package = resources.files("dossier")
    # The name tagger's code and model (extract/tagger, data/tagger) make extractions too.
    entries = [(f"{folder}/{entry.name}", entry)
               for folder, suffix in (("extract", ".py"), ("extract/tagger", ".py"),
                                      ("ingest", ".py"), ("data", ".yml"), ("data", ".json"),
                                      ("data/tagger", ".json"), ("data/tagger", ".crfsuite"))
               for entry in sorted(package.joinpath(folder).iterdir(), key=lambda e: e.name)
               if entry.name.endswith(suffix)]
    digest = source_digest(entries + [("model.py", package.joinpath("model.py"))])
    return hashlib.sha256(f"{digest}\0{dependency_versions()}".encode()).hexdigest()[:16]


# Libraries whose own data make extractions: Morfeusz's dictionary (lemmas, cases), CRFsuite
# (the tagger's scores); besides the world's names (extract/world.py).
ANALYSERS = ("morfeusz2", "python-crfsuite")


@functools.cache
def dependency_versions() -> str:
    """The installed versions of the libraries whose data, not only code, shape what a build
    makes: an upgrade of one (a new SGJP dictionary) must not reuse the last build's results."""
    versions = dict(library_versions())
    for name in ANALYSERS:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "absent"
    return repr(sorted(versions.items()))


class ExtractionCache:
    def __init__(self, root: Path):
        self.dir = root / CACHE_DIR / extractor_version()

    def _path(self, article) -> Path:
        key = hashlib.sha256(f"{article.id}\0{article.source}\0{article.content_hash}\0"
                             f"{article.date.value if article.date else ''}".encode())
        return self.dir / key.hexdigest()[:2] / key.hexdigest()

    def get(self, article):
        try:
            with open(self._path(article), "rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            return None

    def put(self, article, value) -> None:
        try:
            write_pickle(self._path(article), value)
        except OSError:
            pass  # a cache that cannot be written only costs time
