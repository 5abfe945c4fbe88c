"""Link: the whole-dossier stage. Canonical names, identity across articles, curation."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..extract.mentions import Extraction, RawMention
from ..model import Actor, Article, Diagnostic, Mention
from .actors import Group, build_groups, merge_identities, name_context, to_actors
from .curation import Entry, apply_curation
from .ledger import Added, Ledger
from .locality import LinkIndex, build_index, group_keys
from .names import has_cyrillic


def link_actors(articles: list[Article], extractions: list[Extraction],
                curation: list[Entry] = (), index: list | None = None
                ) -> tuple[list[Actor], list[Diagnostic]]:
    """The actors of the dossier. ``index``, when given, receives the LinkIndex of this
    link (what an edit's new names are checked against, see link_new_names)."""
    extractions = sorted(extractions, key=lambda e: e.article)
    context = name_context(m for ex in extractions for m in ex.mentions)
    groups = build_groups(extractions, context)
    made_of = list(groups)
    ledger = Ledger() if index is not None else None
    merge_identities(groups, {a.id: a.language for a in articles}, ledger)
    merged = [(g.name, *g.aliases) for g in groups.values()]
    diagnostics = apply_curation(groups, list(curation), Group)
    actors = to_actors(groups)
    if index is not None:
        expansions = {m.expansion_of for ex in extractions for m in ex.mentions
                      if m.expansion_of}
        names = set(made_of).union(*merged, *((a.name, *a.aliases) for a in actors))
        final = {a.name for a in actors}
        index.append(build_index([group_keys(names, expansions, final)], *context))
        index[-1].ledger = ledger
    return actors, diagnostics


def _curated_strings(curation: list[Entry]) -> set[str]:
    return {s for e in curation for s in (e.name, *e.same_as, *e.aliases, *e.forms)}


def _added_context(index: LinkIndex, mentions: list[RawMention]):
    """The name context (actors.name_context) of the dossier with ``mentions`` added, when
    their words leave every old name's canonical form as it was (else None); with the
    unknown words and the words of these mentions alone."""
    words = {w for m in mentions for w in m.tokens}
    own_unknown = index.resolve_new_words(words)
    if own_unknown is None:
        return None
    own_attested = frozenset(words)
    unknown = {**own_unknown, **{w: index.unknown[w] for w in words if w in index.unknown}}
    return (unknown, frozenset(index.attested) | own_attested), own_unknown, own_attested


def link_new_names(index: LinkIndex, mentions: list[RawMention],
                   article_language: dict[str, str], curation: list[Entry] = ()
                   ) -> tuple[list[Actor], LinkIndex] | None:
    """The actors that ``mentions``, added to a dossier whose last link is ``index``, make,
    when the link stage's rules provably leave every other actor as it was (locality.py):
    the new names' words change no old name's canonical form, and no key of theirs meets a
    key of the old groups. Then the dossier's actors are the old ones and these. Returns
    them with the index of what they add, or None."""
    found = _added_context(index, mentions)
    if found is None:
        return None
    context, own_unknown, own_attested = found
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
    added = build_index([(probe, keys)], {w: context[0][w] for w in own_unknown
                                          if w not in index.unknown}, own_attested)
    return actors, added


@dataclass
class Linked:
    """What an edit's added mentions make of the dossier's actors (link_added)."""

    actors: list[Actor]  # the new ones
    grown: dict[str, list[Mention]] = field(default_factory=dict)  # old actor id -> more
    index: LinkIndex = field(default_factory=LinkIndex)  # what they add to the link index


def link_added(index: LinkIndex, mentions: list[RawMention], article_language: dict[str, str],
               actors: list[Actor], curation: list[Entry] = ()) -> Linked | None:
    """The actors after ``mentions`` are added to a dossier whose last link is ``index`` and
    whose actors are ``actors``, when that needs no link of the whole dossier: the mentions
    of names the last link grouped (a pre-merge group of it) join the actor that group went
    to, when ledger.py shows every decision of that link comes out the same with them (and
    with what edits since added); the others are new names, linked alone (link_new_names).
    None when either cannot be shown."""
    found = _added_context(index, mentions)
    if found is None:
        return None
    context = found[0]
    ledger: Ledger | None = index.ledger
    known: list[tuple[str, Group]] = []  # (article, the group an old name makes there)
    new: list[RawMention] = []
    for article in sorted({m.article for m in mentions}):
        here = [m for m in mentions if m.article == article]
        for name, g in sorted(build_groups([Extraction(article, tuple(here))],
                                           context).items()):
            if ledger is not None and name in ledger.made_of:
                known.append((article, g))
            else:
                new += g.mentions
    linked = Linked([])
    if new:
        found = link_new_names(index, new, article_language, curation)
        if found is None:
            return None
        linked.actors, linked.index = found
    if not known:
        return linked
    if any(has_cyrillic(g.name) or any(m.expansion_of for m in g.mentions)
           for _, g in known):
        return None  # the rules for other scripts and acronyms: see ledger.check
    added = [Added(g.name, frozenset({article}), len(g.mentions),
                   tuple(sorted(g.votes.items())), frozenset(m.text for m in g.mentions))
             for article, g in known]
    destinations = ledger.check(index.added + added)
    if destinations is None:
        return None
    by_name = {a.name: a for a in actors}
    curated = _curated_strings(list(curation))
    for (article, g), addition in zip(known, added):
        actor = by_name.get(destinations[(g.name, article)])
        if actor is None or actor.curated:
            return None
        if {actor.name, *actor.aliases, *actor.forms, *addition.texts} & curated:
            return None  # the editor's entries may take them
        if any(m.role for m in g.mentions):
            # A role is the dossier's (a quote elsewhere may name its holder by it) and is
            # kept with the article that gives it (Actor.role_sources): linked in full.
            return None
        if g.media and actor.kind == "organization" and actor.role != "media":
            return None  # it would become an outlet
        linked.grown.setdefault(actor.id, []).extend(
            Mention(m.article, m.start, m.end, m.text) for m in g.mentions)
    linked.index.added += added
    return linked
