"""After an edit: the dossier again without redoing its dossier-wide work, when the edit allows.

Linking (names, identities, kinds) is a function of every article's mentions, and rendering
reads across articles (titles in lists, shared dates, names met in one paragraph). An edit that
leaves all of that as it was (a sentence reworded, a typo fixed, a paragraph added that names
no one new) changes only the edited articles' own text, offsets, events and quotes. Then the
last build's actors are kept with the edited articles' mention offsets moved, and only the
pages that show those articles' text are rendered again (see emit.render_pages ``changed``).

An edit that adds names keeps the old actors too when link.link_new_names proves that the
link stage's rules cannot bring the new names together with any old one (link/locality.py):
the new names then make actors of their own, linked alone. Such an actor named too seldom for
a page of its own (emit.has_profile) changes no list, graph or count the site shows; one with
a page adds to the lists, the graph and the tags, which are rendered again with it.

An edit that names again someone the dossier knows, under a name the last link grouped, adds
those mentions to the actor that name went to when link/ledger.py shows that no decision of
the last link would come out otherwise (link.link_added). That actor's counts change: its
profile, the lists, the graph, the profiles of the actors named in a paragraph with it, and
the articles naming it (their related articles) are rendered again (_grown_pages).

Every condition is checked, none assumed: when one fails, ``relink`` returns None and the
build is done in full. tests/test_incremental.py compares both ways byte for byte."""

from __future__ import annotations

import bisect
import dataclasses

from .. import emit
from ..emit import has_profile, profiled
from ..emit.graph import CoMentionRows, paragraph_members
from ..emit.actors import listed_actors
from ..emit.articles import month_of
from ..emit.related import common_after
from ..extract.mentions import Extraction, RawMention
from ..link import link_added as link_mentions
from ..link.events import build_events, mentions_by_article
from ..link.locality import LinkIndex
from ..link.quotes import extract_quotes, roles_of
from ..model import Actor, Article, Dossier, Mention

# What the link stage reads of a mention: everything but where it stands in the text.
_LINKED_FIELDS = tuple(f.name for f in dataclasses.fields(RawMention)
                       if f.name not in ("start", "end"))


def listing(article: Article) -> tuple:
    """What pages other than its own show of an article: everything but its text."""
    return tuple(getattr(article, f.name) for f in dataclasses.fields(Article)
                 if f.name not in ("blocks", "content_hash"))


def _paragraph_groups(article: Article, mentions) -> list[tuple[str, ...]]:
    """Who is named with whom, paragraph by paragraph (wherever the paragraphs stand)."""
    return sorted(tuple(sorted(g)) for g in paragraph_members(article, mentions).values())


def _event_days(events) -> set:
    return {e.date for e in events if e.date.precision == "day"}


def _event_months(events) -> set:
    """The timeline's month pages these events are on (emit/timeline.py): a partial write
    prunes no page, so an edit must neither empty one nor need a new one."""
    return {month_of(e.date) for e in events}


def _align(old: tuple[RawMention, ...], new: tuple[RawMention, ...]
           ) -> tuple[list[tuple[RawMention, RawMention]], list[RawMention]] | None:
    """The old mentions paired with the same mentions in the new text, and the new text's
    other mentions; None unless every old mention is still there, as the link stage sees it,
    in the same order. (An added mention that reads like an old one is a name the dossier
    knows: link_new_names declines it, whichever of the two it was paired with.)"""
    key = lambda m: tuple(getattr(m, f) for f in _LINKED_FIELDS)  # noqa: E731
    pairs, added, i = [], [], 0
    for m in new:
        if i < len(old) and key(old[i]) == key(m):
            pairs.append((old[i], m))
            i += 1
        else:
            added.append(m)
    return (pairs, added) if i == len(old) else None


def _shift(pairs: list[tuple[RawMention, RawMention]]):
    """Maps a span inside one of the old raw mentions to the same span in the new text."""
    pairs = sorted(pairs, key=lambda p: p[0].start)
    starts = [o.start for o, _ in pairs]

    def move(start: int, end: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(starts, start) - 1
        if i < 0 or end > pairs[i][0].end:
            return None
        delta = pairs[i][1].start - pairs[i][0].start
        return start + delta, end + delta
    return move


@dataclasses.dataclass
class Relinked:
    dossier: Dossier
    changed: set[str]  # the ids of the articles the edit changed
    # Whether only the pages showing the changed articles need rendering (emit.render_pages
    # ``changed``), and with them the lists, the graph and the tags (``lists``: an actor the
    # edit brought has a page of its own, which they show). Not partial when such an actor
    # is among those the actors' index lists: another then leaves it, and that one's page
    # changes too.
    partial: bool
    lists: bool = False
    link_added: LinkIndex | None = None  # what the edit's new names add to the link index
    # Beyond the changed articles' pages and their actors' profiles, what an edit adding
    # mentions to known actors changes: the profiles showing such an actor among their
    # neighbours (its count), and the articles naming it (their related articles).
    profiles: set[str] = dataclasses.field(default_factory=set)
    articles: set[str] = dataclasses.field(default_factory=set)
    months: set = dataclasses.field(default_factory=set)  # of the timeline, beyond theirs


def relink(previous: Dossier, articles: list[Article], expressions: dict[str, list],
           old_extractions: dict[str, Extraction], new_extractions: dict[str, Extraction],
           diagnostics: list, link_index=None, curation=()) -> Relinked | None:
    """The dossier for ``articles`` (every article, post-extraction) from the previous one,
    when the articles that differ from it (those in ``new_extractions``, whose previous
    extraction is in ``old_extractions``) change nothing beyond their own pages, or add
    names that link.link_new_names proves touch no other actor (``link_index``: a function
    that gives the last link's LinkIndex, or None). Returns None when the edit does more."""
    if [a.id for a in articles] != [a.id for a in previous.articles]:
        return None
    before = {a.id: a for a in previous.articles}
    changed = {a.id for a in articles if a != before[a.id]}
    if not changed <= set(new_extractions) or not changed <= set(old_extractions):
        return None
    new_articles = {a.id: a for a in articles}
    movers, added = {}, []
    for article_id in sorted(changed):
        if listing(new_articles[article_id]) != listing(before[article_id]):
            return None
        aligned = _align(old_extractions[article_id].mentions,
                         new_extractions[article_id].mentions)
        if aligned is None:
            return None
        movers[article_id] = _shift(aligned[0])
        added += aligned[1]

    new_actors, link_added, grown = [], None, {}
    if added:
        index = link_index() if link_index else None
        found = index and link_mentions(index, added, {a.id: a.language for a in articles},
                                        previous.actors, list(curation))
        if not found:
            return None
        new_actors, link_added, grown = found.actors, found.index, found.grown
        if any(a.roles for a in new_actors):
            return None  # a role is the dossier's: a quote elsewhere may name its holder so

    # The same actors; the changed articles' mentions moved to where their text has them.
    actors: list[Actor] = []
    for actor in previous.actors:
        if not changed.intersection(actor.articles) and actor.id not in grown:
            actors.append(actor)
            continue
        mentions = []
        for m in actor.mentions:
            if m.article in changed:
                moved = movers[m.article](m.start, m.end)
                if moved is None:
                    return None
                m = Mention(m.article, moved[0], moved[1], m.text)
            mentions.append(m)
        actors.append(with_mentions(actor, mentions, grown.get(actor.id, [])))
    actors = sorted(actors + new_actors, key=lambda a: a.id)

    # What the site shows of the new actors: a page of their own, or only their names. The
    # co-mentions of the old actors must stay as they were: an actor's neighbourhood shows
    # the ones named with it most. (A new actor's are named in the edited article: their
    # pages are rendered again.)
    n = len(articles)
    shown_new = {a.id for a in new_actors if has_profile(a, n)}
    new_ids = {a.id for a in new_actors}
    # The co-mentions of the actors the edit named again may change (their neighbours'
    # profiles are rendered again, see _grown_pages); those of the others may not.
    unshown = new_ids | set(grown)
    by_article_new = _mentions_of(actors, changed)
    by_article_old = _mentions_of(previous.actors, changed)
    roles = roles_of(actors)
    events = [e for e in previous.events if e.article not in changed]
    quotes = [q for q in previous.quotes if q.article not in changed]
    for article_id in sorted(changed):
        article = new_articles[article_id]
        if _paragraph_groups(article, [t for t in by_article_new.get(article_id, [])
                                       if t[2].id not in unshown]) != \
                _paragraph_groups(before[article_id], [
                    t for t in by_article_old.get(article_id, []) if t[2].id not in unshown]):
            return None  # the co-mention graph would change
        own = build_events(article, expressions[article_id], by_article_new.get(article_id, []))
        was = [e for e in previous.events if e.article == article_id]
        if _event_days(own) != _event_days(was):
            return None  # related articles (shared days) would change
        if _event_months(own) != _event_months(was):
            return None  # a month page of the timeline would come or go
        events += own
        quotes += extract_quotes(article, by_article_new.get(article_id, []), roles)
    dossier = Dossier(title=previous.title, language=previous.language, articles=articles,
                      actors=actors, events=events, quotes=quotes, diagnostics=diagnostics)
    partial = not shown_new or n <= emit.LARGE_DOSSIER or \
        not shown_new & listed_actors(profiled(dossier))
    relinked = Relinked(dossier, changed, partial, bool(shown_new), link_added)
    if grown:
        pages = _grown_pages(previous, dossier, set(grown))
        relinked.lists = True  # the lists, the graph and the tags show their counts
        relinked.profiles, relinked.articles, relinked.months = pages
        if n > emit.LARGE_DOSSIER and \
                listed_actors(profiled(previous)) != listed_actors(profiled(dossier)):
            relinked.partial = False  # one leaves the actors' index: its page changes
    return relinked


def _grown_pages(previous: Dossier, dossier: Dossier, grown: set[str]
                 ) -> tuple[set[str], set[str], set]:
    """The pages beyond the changed articles' own that show what the ``grown`` actors
    (named again by the edit) are: the profiles of the actors named in a paragraph with
    one (their neighbourhood shows its count), and the articles naming one (their related
    articles weigh and order the actors they share by their counts). One that gets a page
    of its own by the edit (emit.has_profile) is shown from then on wherever it is named:
    on those articles (a link), those profiles (a neighbour), and the timeline's months of
    its events (which name it now); its quotes are on its own page."""
    n = len(dossier.articles)
    common = common_after(n)
    old = {a.id: a for a in previous.actors if a.id in grown}
    rows = CoMentionRows(dossier)
    profiles, articles, months = set(grown), set(), set()
    for actor in dossier.actors:
        if actor.id not in grown:
            continue
        here = set(actor.articles)
        if not has_profile(old[actor.id], n) and has_profile(actor, n):
            # (Its articles are rendered below: an actor with no page is named in one
            # article, far from the common ones.)
            months |= {month_of(e.date) for e in dossier.events if actor.id in e.actors}
        if len(actor.articles) <= common or len(old[actor.id].articles) <= common:
            articles |= here | set(old[actor.id].articles)
        profiles |= set(rows[actor.id])  # the actors named in a paragraph with it
    return profiles, articles, months


def with_mentions(actor: Actor, mentions: list[Mention], more: list[Mention]) -> Actor:
    """The actor with these ``mentions`` and ``more`` (link.Linked.grown): its forms and
    articles follow."""
    mentions = sorted(set(mentions) | set(more), key=lambda m: (m.article, m.start, m.end,
                                                                m.text))
    return dataclasses.replace(
        actor, mentions=tuple(mentions),
        forms=tuple(sorted(set(actor.forms) | {m.text for m in more})),
        articles=tuple(sorted({m.article for m in mentions})))


def _mentions_of(actors: list[Actor], articles: set[str]) -> dict[str, list]:
    """mentions_by_article for these articles only."""
    return mentions_by_article([a for a in actors if articles.intersection(a.articles)])


def touched_actors(previous: Dossier, dossier: Dossier, changed: set[str]) -> set[str]:
    """The actors whose profiles show something of the changed articles: those named there,
    and those their events and quotes (before and after) name or quote."""
    ids: set[str] = set()
    for d in (previous, dossier):
        ids.update(a.id for a in d.actors if changed.intersection(a.articles))
        for e in d.events:
            if e.article in changed:
                ids.update(e.actors)
        ids.update(q.speaker for q in d.quotes if q.article in changed and q.speaker)
    return ids
