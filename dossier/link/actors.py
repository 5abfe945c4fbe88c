"""From the groups the rules and the editor left to the dossier's actors."""

from __future__ import annotations

from .. import ids
from ..model import Actor, Mention
from .group import Group


def to_actors(groups: dict[str, Group]) -> list[Actor]:
    slugs = ids.unique_slugs(list(groups), "actor")
    actors = []
    for name, g in groups.items():
        mentions = sorted({(m.article, m.start, m.end, m.text) for m in g.mentions})
        roles = sorted({m.role for m in g.mentions if m.role}) if g.kind == "person" else []
        role_sources = sorted({(m.role, m.article) for m in g.mentions if m.role}) \
            if g.kind == "person" else []
        forms = sorted({m.text for m in g.mentions})
        aliases = sorted(a for a in g.aliases if a != name)
        # A reporting verb before a person ("przekazał Łukaszenka") makes no outlet.
        role = "media" if g.media and g.kind == "organization" else None
        if g.role_override is not None:
            role = g.role_override or None
        actors.append(Actor(
            id=slugs[name], name=name, kind=g.kind, role=role,
            aliases=tuple(aliases), forms=tuple(forms),
            mentions=tuple(Mention(*m) for m in mentions), roles=tuple(roles),
            description=g.description, curated=g.curated,
            articles=tuple(sorted({m[0] for m in mentions})),
            role_sources=tuple(role_sources)))
    return sorted(actors, key=lambda a: a.id)
