"""The last build, kept under .dossier-cache/ so that the next one does only the work an edit
calls for (see pipeline.generate): the files as they were read, the dossier they made, and
what the build depended on besides the articles (the code, the settings, the editor's files).
A state that does not match is ignored, never trusted: the build is then done in full."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import hashlib
import os
import pickle
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .cache import CACHE_DIR, dependency_versions, source_digest, write_pickle
from .linked_delta import LinkedDelta, linked_delta
from ..ingest import FileRecord
from ..link import Linked
from ..model import (Actor, Article, Diagnostic, Dossier, Event, Quote, event_order,
                    quote_order)

STATE_FILE = "state.pickle"
JOURNAL_FILE = "state.journal"
LINKED_FILE = "linked.pickle"
LINKED_JOURNAL = "linked.journal"
# After this many edits, the state is saved whole again (loading replays the journal).
MAX_DELTAS = 50


@functools.cache
def code_version() -> str:
    """A hash of every module and data file of the package: any change to the code that turns
    articles into pages makes the last build's state useless. (Not the scaffold that `dossier
    init` copies: the theme shapes the site, not the pages in docs/.)"""
    def walk(folder, prefix: str):
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.is_dir():
                if entry.name not in ("__pycache__", "scaffold"):
                    yield from walk(entry, f"{prefix}{entry.name}/")
            elif entry.name.endswith((".py", ".yml", ".json", ".crfsuite")):  # the tagger model
                yield f"{prefix}{entry.name}", entry
    # The libraries whose data shape the pages (a new dictionary) count as code too.
    code = source_digest(walk(resources.files("dossier"), ""))
    return hashlib.sha256(f"{code}\0{dependency_versions()}".encode()).hexdigest()[:16]


@dataclass
class BuildState:
    # The code, the project's settings and the editor's files (curation, introduction): when
    # any differs, nothing below may be reused.
    context: str
    files: dict[str, FileRecord] = field(default_factory=dict)
    dossier: Dossier | None = None
    # What the link stage reported (curation problems), apart from the files' diagnostics.
    link_diagnostics: list[Diagnostic] = field(default_factory=list)
    # (size, mtime_ns) of each generated file in docs/ once written: a file that differs
    # was edited by hand (or deleted) since.
    docs: dict[str, tuple[int, int]] = field(default_factory=dict)
    # Names the saved state the journal's deltas apply to.
    token: str = ""
    deltas: int = 0  # how many deltas the journal held when this state was loaded
    # This build's link (link.Linked), which the next link starts from: kept in a file of
    # its own, read only when an edit is linked (see load_linked). None when not kept.
    linked: Linked | None = None
    # The render key of each page spec (emit/keys.py): spec name -> (key, paths it renders).
    pages: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)


@dataclass
class Delta:
    """What an edit that took the edit path (pipeline._after_edit) changed in the state:
    saving this instead of the whole state keeps the edit's cost to the edit's size."""

    token: str
    changed: set[str]  # the articles whose events and quotes were made again
    files: dict[str, FileRecord]  # the records that differ (files read again)
    removed: list[str]  # records no longer kept
    order: list[str]  # every article's id, in order
    articles: dict[str, Article]  # the articles that came or changed
    actors: dict[str, Actor]  # the actors that came or changed
    gone: list[str]  # the ids of the actors no longer there
    events: list[Event]  # the changed articles' events and quotes
    quotes: list[Quote]
    diagnostics: list[Diagnostic]
    docs: dict[str, tuple[int, int]]  # the generated files written again
    pages: dict[str, tuple[str, tuple[str, ...]]]  # the render keys that changed
    pages_gone: list[str]  # the page specs no longer there

    def apply(self, state: BuildState) -> None:
        state.files.update(self.files)
        state.docs.update(self.docs)
        state.pages.update(self.pages)
        for name in self.pages_gone:
            state.pages.pop(name, None)
        for key in self.removed:
            state.files.pop(key, None)
        d = state.dossier
        before = {a.id: a for a in d.articles}
        kept = set(self.order) - self.changed
        actors = {a.id: a for a in d.actors}
        for gone in self.gone:
            actors.pop(gone, None)
        actors.update(self.actors)
        state.dossier = Dossier(
            title=d.title, language=d.language,
            articles=[self.articles.get(i) or before[i] for i in self.order],
            actors=sorted(actors.values(), key=lambda a: a.id),
            events=sorted([e for e in d.events if e.article in kept] + self.events,
                          key=event_order),
            quotes=sorted([q for q in d.quotes if q.article in kept] + self.quotes,
                          key=quote_order),
            diagnostics=self.diagnostics)


def delta_between(previous: BuildState, state: BuildState, changed: set[str]) -> Delta:
    d, was = state.dossier, previous.dossier
    before = {a.id: a for a in was.actors}
    old_articles = {a.id: a for a in was.articles}
    return Delta(
        token=previous.token, changed=set(changed),
        files={k: r for k, r in state.files.items() if previous.files.get(k) is not r},
        removed=sorted(set(previous.files) - set(state.files)),
        order=[a.id for a in d.articles],
        articles={a.id: a for a in d.articles if old_articles.get(a.id) != a},
        actors={a.id: a for a in d.actors if before.get(a.id) is not a and
                before.get(a.id) != a},
        gone=sorted(set(before) - {a.id for a in d.actors}),
        events=[e for e in d.events if e.article in changed],
        quotes=[q for q in d.quotes if q.article in changed],
        diagnostics=list(d.diagnostics),
        docs={k: v for k, v in state.docs.items() if previous.docs.get(k) != v},
        pages={k: v for k, v in state.pages.items() if previous.pages.get(k) != v},
        pages_gone=sorted(set(previous.pages) - set(state.pages)))


def _path(root: Path) -> Path:
    return root / CACHE_DIR / STATE_FILE


def _journal(root: Path) -> Path:
    return root / CACHE_DIR / JOURNAL_FILE


@contextlib.contextmanager
def _collector_paused():
    """The state is hundreds of thousands of small objects: the cyclic collector would scan
    them again and again while they load or are written (a third of the time)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def load_state(root: Path, context: str) -> BuildState | None:
    with _collector_paused():
        return _load_state(root, context)


def _load_state(root: Path, context: str) -> BuildState | None:
    try:
        with open(_path(root), "rb") as fh:
            state = pickle.load(fh)
        if not isinstance(state, BuildState) or state.context != context or \
                state.dossier is None:
            return None
        try:
            with open(_journal(root), "rb") as fh:
                while True:
                    try:
                        delta = pickle.load(fh)
                    except EOFError:
                        break
                    if not isinstance(delta, Delta) or delta.token != state.token:
                        return None  # a journal of another state: trust neither
                    delta.apply(state)
                    state.deltas += 1
        except FileNotFoundError:
            pass
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError,
            TypeError, ImportError, IndexError, KeyError):
        return None
    return state


def _linked_path(root: Path) -> Path:
    return root / CACHE_DIR / LINKED_FILE


def _linked_journal(root: Path) -> Path:
    return root / CACHE_DIR / LINKED_JOURNAL


_UNREADABLE = (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError,
               TypeError, ImportError, IndexError, KeyError)


def _replayed(root: Path, token: str, at: int, linked: Linked) -> tuple[int, Linked]:
    """``linked`` (the whole link saved after ``at`` deltas) with the deltas of its journal
    that follow applied: how many deltas it then holds, and it."""
    try:
        with open(_linked_journal(root), "rb") as fh:
            while True:
                try:
                    entry_token, n, delta = pickle.load(fh)
                except EOFError:
                    break
                if entry_token != token or not isinstance(delta, LinkedDelta) or n > at + 1:
                    break  # another state's, or one missing between: what follows is not ours
                if n == at + 1:
                    linked, at = delta.apply(linked), n
    except FileNotFoundError:
        pass
    return at, linked


def load_linked(root: Path, state: BuildState) -> Linked | None:
    """The link kept with ``state`` (as loaded: its token and the deltas applied), or
    None."""
    with _collector_paused():
        try:
            with open(_linked_path(root), "rb") as fh:
                token, deltas, linked = pickle.load(fh)
            if not token or token != state.token or not isinstance(linked, Linked):
                return None
            deltas, linked = _replayed(root, token, deltas, linked)
        except _UNREADABLE:
            return None
    return linked if deltas == state.deltas else None


def save_state(root: Path, state: BuildState, previous: BuildState | None = None,
               changed: set[str] | None = None, linked_before: Linked | None = None
               ) -> None:
    """Keep ``state``: when it follows ``previous`` by an edit of the ``changed`` articles,
    as a delta appended to the journal (until the journal grows long); else whole. Its link
    beside it, in a file of its own: after such an edit, what it changed of the link it
    started from (``linked_before``, as load_linked gave it) appended to that file's
    journal."""
    with _collector_paused():
        try:
            deltas, appended = 0, False
            if previous is not None and changed is not None and previous.token and \
                    previous.deltas < MAX_DELTAS:
                with open(_journal(root), "ab") as fh:
                    pickle.dump(delta_between(previous, state, changed), fh,
                                protocol=pickle.HIGHEST_PROTOCOL)
                token, deltas, appended = previous.token, previous.deltas + 1, True
            else:
                state.token = token = os.urandom(8).hex()
                write_pickle(_path(root), dataclasses.replace(state, linked=None))
                _journal(root).unlink(missing_ok=True)
            if state.linked is None:
                _linked_path(root).unlink(missing_ok=True)
            elif appended and linked_before is not None:
                with open(_linked_journal(root), "ab") as fh:
                    pickle.dump((token, deltas, linked_delta(linked_before, state.linked)), fh,
                                protocol=pickle.HIGHEST_PROTOCOL)
            else:
                write_pickle(_linked_path(root), (token, deltas, state.linked))
                _linked_journal(root).unlink(missing_ok=True)
        except (OSError, pickle.PicklingError):
            pass  # a state that cannot be kept only costs the next build time
