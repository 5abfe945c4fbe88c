"""Link: the whole-dossier stage. Canonical names, identity across articles, curation."""

from __future__ import annotations

from ..extract.mentions import Extraction
from ..model import Actor, Article, Diagnostic
from .actors import Group, build_groups, merge_identities, to_actors
from .curation import Entry, apply_curation


def link_actors(articles: list[Article], extractions: list[Extraction],
                curation: list[Entry] = ()) -> tuple[list[Actor], list[Diagnostic]]:
    groups = build_groups(sorted(extractions, key=lambda e: e.article))
    merge_identities(groups, {a.id: a.language for a in articles})
    diagnostics = apply_curation(groups, list(curation), Group)
    return to_actors(groups), diagnostics
