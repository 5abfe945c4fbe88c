"""Link: the whole-dossier stage. Canonical names, identity across articles, curation."""

from __future__ import annotations

from ..extract.mentions import Extraction, RawMention
from ..model import Actor, Article, Diagnostic
from .actors import Group, build_groups, merge_identities, name_context, to_actors
from .curation import Entry, apply_curation
from .locality import LinkIndex, build_index, group_keys


def link_actors(articles: list[Article], extractions: list[Extraction],
                curation: list[Entry] = (), index: list | None = None
                ) -> tuple[list[Actor], list[Diagnostic]]:
    """The actors of the dossier. ``index``, when given, receives the LinkIndex of this
    link (what an edit's new names are checked against, see link_new_names)."""
    extractions = sorted(extractions, key=lambda e: e.article)
    context = name_context(m for ex in extractions for m in ex.mentions)
    groups = build_groups(extractions, context)
    made_of = list(groups)
    merge_identities(groups, {a.id: a.language for a in articles})
    merged = [(g.name, *g.aliases) for g in groups.values()]
    diagnostics = apply_curation(groups, list(curation), Group)
    actors = to_actors(groups)
    if index is not None:
        expansions = {m.expansion_of for ex in extractions for m in ex.mentions
                      if m.expansion_of}
        names = set(made_of).union(*merged, *((a.name, *a.aliases) for a in actors))
        final = {a.name for a in actors}
        index.append(build_index([group_keys(names, expansions, final)], *context))
    return actors, diagnostics


def _curated_strings(curation: list[Entry]) -> set[str]:
    return {s for e in curation for s in (e.name, *e.same_as, *e.aliases, *e.forms)}


def link_new_names(index: LinkIndex, mentions: list[RawMention],
                   article_language: dict[str, str], curation: list[Entry] = ()
                   ) -> tuple[list[Actor], LinkIndex] | None:
    """The actors that ``mentions``, added to a dossier whose last link is ``index``, make,
    when the link stage's rules provably leave every other actor as it was (locality.py):
    the new names' words change no old name's canonical form, and no key of theirs meets a
    key of the old groups. Then the dossier's actors are the old ones and these. Returns
    them with the index of what they add, or None."""
    words = {w for m in mentions for w in m.tokens}
    if not index.new_words_isolated(words):
        return None
    own_unknown, own_attested = name_context(mentions)
    unknown = {**own_unknown, **{w: index.unknown[w] for w in words if w in index.unknown}}
    context = (unknown, frozenset(index.attested) | own_attested)
    groups = build_groups([Extraction("", tuple(mentions))], context)
    made_of = list(groups)
    merge_identities(groups, article_language)
    names = set(made_of).union(*((g.name, *g.aliases) for g in groups.values()))
    expansions = {m.expansion_of for m in mentions if m.expansion_of}
    probe, keys = group_keys(names, expansions, set(groups))
    if index.meets(probe, keys):
        return None
    if (names | {m.text for m in mentions}) & _curated_strings(curation):
        return None  # the editor's entries may take them
    actors = to_actors(groups)
    added = build_index([(probe, keys)], {w: unknown[w] for w in own_unknown
                                          if w not in index.unknown}, own_attested)
    return actors, added
