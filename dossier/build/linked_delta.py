"""What one edit changed in the link (link.Linked): kept in a journal beside the last whole
link, so that saving the link after an edit costs the edit's size, not the dossier's.

The link a build starts from is only looked into (link.link_dossier and build/incremental.py
look its entries up by key, never by their order), so the link a journal replays to holds
the same entries as the one saved, though its dicts may list them in another order."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..link import Linked

# The dicts a link keeps by key: on the link itself, and on its names (link/naming.py).
_LINK_DICTS = ("keys", "early", "components")
_NAMES_DICTS = ("articles", "canons", "unknown")


def _changes(old: dict, new: dict) -> tuple[dict, list]:
    """The entries of ``new`` that are not ``old``'s own (a link made from ``old`` keeps
    what holds of it as the very objects), and the keys gone."""
    return ({k: v for k, v in new.items() if old.get(k) is not v},
            [k for k in old if k not in new])


def _applied(old: dict, changes: tuple[dict, list]) -> dict:
    changed, gone = changes
    out = {**old, **changed}
    for key in gone:
        out.pop(key, None)
    return out


@dataclass(frozen=True)
class LinkedDelta:
    link: dict[str, tuple[dict, list]]  # for each of _LINK_DICTS: its _changes
    names: dict[str, tuple[dict, list]]  # for each of _NAMES_DICTS
    actors: tuple[dict, list]  # by id
    diagnostics: tuple

    def apply(self, linked: Linked) -> Linked:
        """``linked`` as the edit left it."""
        names = replace(linked.names, **{f: _applied(getattr(linked.names, f), self.names[f])
                                         for f in _NAMES_DICTS})
        actors = _applied({a.id: a for a in linked.actors}, self.actors)
        return replace(linked, names=names, diagnostics=self.diagnostics,
                       actors=tuple(actors[i] for i in sorted(actors)),
                       **{f: _applied(getattr(linked, f), self.link[f]) for f in _LINK_DICTS})


def linked_delta(before: Linked, after: Linked) -> LinkedDelta:
    """What ``after``, linked from ``before``, changed of it."""
    return LinkedDelta(
        link={f: _changes(getattr(before, f), getattr(after, f)) for f in _LINK_DICTS},
        names={f: _changes(getattr(before.names, f), getattr(after.names, f))
               for f in _NAMES_DICTS},
        actors=_changes({a.id: a for a in before.actors}, {a.id: a for a in after.actors}),
        diagnostics=after.diagnostics)
