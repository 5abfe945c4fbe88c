"""The last build, kept under .dossier-cache/ so that the next one does only the work an edit
calls for (see pipeline.generate): the files as they were read, the dossier they made, and
what the build depended on besides the articles (the code, the settings, the editor's files).
A state that does not match is ignored, never trusted: the build is then done in full."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import os
import pickle
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .cache import CACHE_DIR, source_digest, write_pickle
from ..ingest import FileRecord
from ..link.locality import LinkIndex
from ..model import (Actor, Article, Diagnostic, Dossier, Event, Quote, event_order,
                    quote_order)

STATE_FILE = "state.pickle"
JOURNAL_FILE = "state.journal"
LINK_INDEX_FILE = "link-index.pickle"
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
    return source_digest(walk(resources.files("dossier"), ""))


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
    # The last full link's LinkIndex (link/locality.py): kept in a file of its own, read only
    # when an edit adds names (see load_link_index); what edits since added to it.
    link_index: LinkIndex | None = None
    link_extra: list[LinkIndex] = field(default_factory=list)


@dataclass
class Delta:
    """What an edit that took the shortcut (incremental.relink) changed in the state: saving
    this instead of the whole state keeps the edit's cost to the edit's size."""

    token: str
    changed: set[str]  # article ids
    files: dict[str, FileRecord]  # the records that differ (files read again)
    removed: list[str]  # records no longer kept
    articles: dict[str, Article]
    actors: dict[str, Actor]  # the actors named in the changed articles (moved mentions)
    events: list[Event]  # the changed articles' events and quotes
    quotes: list[Quote]
    diagnostics: list[Diagnostic]
    docs: dict[str, tuple[int, int]]  # the generated files written again
    # What the edit's new names add to the link index.
    link_added: list[LinkIndex] = field(default_factory=list)

    def apply(self, state: BuildState) -> None:
        state.files.update(self.files)
        state.docs.update(self.docs)
        for key in self.removed:
            state.files.pop(key, None)
        state.link_extra = state.link_extra + self.link_added
        d = state.dossier
        known = {a.id for a in d.actors}
        state.dossier = Dossier(
            title=d.title, language=d.language,
            articles=[self.articles.get(a.id, a) for a in d.articles],
            # The actors the edit brought join the others, in the order of their ids.
            actors=sorted([self.actors.get(a.id, a) for a in d.actors] +
                          [a for a in self.actors.values() if a.id not in known],
                          key=lambda a: a.id),
            events=sorted([e for e in d.events if e.article not in self.changed] + self.events,
                          key=event_order),
            quotes=sorted([q for q in d.quotes if q.article not in self.changed] + self.quotes,
                          key=quote_order),
            diagnostics=self.diagnostics)


def delta_between(previous: BuildState, state: BuildState, changed: set[str]) -> Delta:
    d = state.dossier
    return Delta(
        token=previous.token, changed=set(changed),
        files={k: r for k, r in state.files.items() if previous.files.get(k) is not r},
        removed=sorted(set(previous.files) - set(state.files)),
        articles={a.id: a for a in d.articles if a.id in changed},
        actors={a.id: a for a in d.actors if changed.intersection(a.articles)},
        events=[e for e in d.events if e.article in changed],
        quotes=[q for q in d.quotes if q.article in changed],
        diagnostics=list(d.diagnostics),
        docs={k: v for k, v in state.docs.items() if previous.docs.get(k) != v},
        link_added=state.link_extra[len(previous.link_extra):])


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


def _link_path(root: Path) -> Path:
    return root / CACHE_DIR / LINK_INDEX_FILE


def load_link_index(root: Path, token: str, extra: list[LinkIndex]) -> LinkIndex | None:
    """The LinkIndex saved with the state named ``token``, with the ``extra`` additions of
    the edits since; None when there is none for that state."""
    with _collector_paused():
        try:
            with open(_link_path(root), "rb") as fh:
                saved_token, index = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError,
                TypeError, ImportError, IndexError, KeyError):
            return None
    if saved_token != token or not token or not isinstance(index, LinkIndex):
        return None
    if extra:
        index.add(*extra)
    return index


def save_state(root: Path, state: BuildState, previous: BuildState | None = None,
               changed: set[str] | None = None) -> None:
    """Keep ``state``: when it follows ``previous`` by an edit of the ``changed`` articles,
    as a delta appended to the journal (until the journal grows long); else whole, with its
    link index beside it."""
    with _collector_paused():
        try:
            if previous is not None and changed is not None and previous.token and \
                    previous.deltas < MAX_DELTAS:
                with open(_journal(root), "ab") as fh:
                    pickle.dump(delta_between(previous, state, changed), fh,
                                protocol=pickle.HIGHEST_PROTOCOL)
                return
            index = state.link_index
            if index is None and previous is not None and changed is not None:
                index = load_link_index(root, previous.token, state.link_extra)
            state.token = os.urandom(8).hex()
            write_pickle(_path(root), dataclasses.replace(state, link_index=None,
                                                          link_extra=[]))
            _journal(root).unlink(missing_ok=True)
            if index is None:
                _link_path(root).unlink(missing_ok=True)
            else:
                write_pickle(_link_path(root), (state.token, index))
        except (OSError, pickle.PicklingError):
            pass  # a state that cannot be kept only costs the next build time
