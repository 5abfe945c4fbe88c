"""What the last search index took of each page (search_index.py), kept for the next build.

The cache is a base file and a journal beside it: a build after an edit appends only the
records of the pages it read again (a few hundred KB) instead of writing every page's
again (39 MB for 1,000 articles, a second and a half). Once the journal has grown to half
the base, the next build writes the base again, with the pages the site still has only.
A journal whose token is not the base's belongs to another base and is not read."""

from __future__ import annotations

import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from ..build.cache import write_pickle

# What SearchCache holds changes with this: a cache of another version is no cache.
CACHE_VERSION = 5


@dataclass
class SearchCache:
    """What the last index took of each page, by the page's content key (its URL and the
    digest of its HTML: search_record.content_key), the content key of each page file by
    its identity (path, size, modification time, inode: a page the build kept is the last
    build's file, linked, and is not even read again), and the forms of each lemma: an
    index after an edit parses only the pages made again, and one after the project was
    copied or moved (other inodes) only hashes its pages."""

    version: int = CACHE_VERSION
    pages: dict[str, tuple | None] = field(default_factory=dict)
    stats: dict[tuple, str] = field(default_factory=dict)  # file identity -> content key
    forms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lemma -> folded forms
    token: str = ""  # names the base file; the journal's entries carry it
    # The sizes of the base and the journal as loaded: when to write the base again.
    base_bytes: int = 0
    journal_bytes: int = 0


def _journal(path: Path) -> Path:
    return path.with_name(path.name + ".journal")


def load_cache(path: Path | None) -> SearchCache:
    """The cache at ``path`` with its journal applied; an empty one when there is none or
    it cannot be read."""
    empty = SearchCache()
    if path is None:
        return empty
    try:
        with open(path, "rb") as fh:
            cache = pickle.load(fh)
            cache_bytes = fh.tell()
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
            ValueError, TypeError):
        return empty
    if not isinstance(cache, SearchCache) or cache.version != CACHE_VERSION or \
            not cache.token:
        return empty
    cache.base_bytes = cache_bytes
    try:
        with open(_journal(path), "rb") as fh:
            while True:
                try:
                    token, pages, forms, stats = pickle.load(fh)
                except EOFError:
                    break
                if token != cache.token:
                    # Another base's journal: what came before holds, and the next build
                    # writes a base (entries appended after this one would not be read).
                    cache.journal_bytes = cache.base_bytes
                    break
                cache.pages.update(pages)
                cache.forms.update(forms)
                cache.stats.update(stats)
                cache.journal_bytes = fh.tell()
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, AttributeError, ImportError, ValueError,
            TypeError):
        return empty
    return cache


def save_cache(path: Path, loaded: SearchCache, kept: SearchCache) -> None:
    """Keep ``kept`` (what this index took) for the next build: as a journal entry of what
    ``loaded`` (the last build's cache) did not hold, or, when the journal has grown long
    or there is no base, as a new base."""
    try:
        if loaded.token and loaded.journal_bytes * 2 < loaded.base_bytes and path.exists():
            pages = {k: v for k, v in kept.pages.items() if k not in loaded.pages}
            forms = {k: v for k, v in kept.forms.items() if k not in loaded.forms}
            stats = {k: v for k, v in kept.stats.items() if loaded.stats.get(k) != v}
            with open(_journal(path), "ab") as fh:
                pickle.dump((loaded.token, pages, forms, stats), fh,
                            protocol=pickle.HIGHEST_PROTOCOL)
            return
        kept.token = os.urandom(8).hex()
        write_pickle(path, kept)
        _journal(path).unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        pass  # a cache that cannot be kept only costs the next build time
