"""After an edit: the dossier again without redoing its dossier-wide work, when the edit allows.

Linking (names, identities, kinds) is a function of every article's mentions, and rendering
reads across articles (titles in lists, shared dates, names met in one paragraph). An edit that
leaves all of that as it was (a sentence reworded, a typo fixed, a paragraph added that names
no one new) changes only the edited articles' own text, offsets, events and quotes. Then the
last build's actors are kept with the edited articles' mention offsets moved, and only the
pages that show those articles' text are rendered again (see emit.render_pages ``changed``).

Every condition is checked, none assumed: when one fails, ``relink`` returns None and the
build is done in full. tests/test_incremental.py compares both ways byte for byte."""

from __future__ import annotations

import bisect
import dataclasses

from .emit.graph import paragraph_members
from .extract.mentions import Extraction, RawMention
from .link.events import build_events, mentions_by_article
from .link.quotes import extract_quotes, roles_of
from .model import Actor, Article, Dossier, Mention

# What the link stage reads of a mention: everything but where it stands in the text.
_LINKED_FIELDS = tuple(f.name for f in dataclasses.fields(RawMention)
                       if f.name not in ("start", "end"))


def link_key(article: Article, extraction: Extraction) -> tuple:
    """All the link stage sees of one article (its language decides whether a name in
    another script is kept)."""
    return (article.language,
            tuple(tuple(getattr(m, f) for f in _LINKED_FIELDS) for m in extraction.mentions))


def listing(article: Article) -> tuple:
    """What pages other than its own show of an article: everything but its text."""
    return tuple(getattr(article, f.name) for f in dataclasses.fields(Article)
                 if f.name not in ("blocks", "content_hash"))


def _paragraph_groups(article: Article, mentions) -> list[tuple[str, ...]]:
    """Who is named with whom, paragraph by paragraph (wherever the paragraphs stand)."""
    return sorted(tuple(sorted(g)) for g in paragraph_members(article, mentions).values())


def _event_days(events) -> set:
    return {e.date for e in events if e.date.precision == "day"}


def _shift(old: tuple[RawMention, ...], new: tuple[RawMention, ...]):
    """Maps a span inside one of the old raw mentions to the same span in the new text."""
    pairs = sorted(zip(old, new), key=lambda p: p[0].start)
    starts = [o.start for o, _ in pairs]

    def move(start: int, end: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(starts, start) - 1
        if i < 0 or end > pairs[i][0].end:
            return None
        delta = pairs[i][1].start - pairs[i][0].start
        return start + delta, end + delta
    return move


def relink(previous: Dossier, articles: list[Article], expressions: dict[str, list],
           old_extractions: dict[str, Extraction], new_extractions: dict[str, Extraction],
           diagnostics: list) -> tuple[Dossier, set[str]] | None:
    """The dossier for ``articles`` (every article, post-extraction) from the previous one,
    when the articles that differ from it (those in ``new_extractions``, whose previous
    extraction is in ``old_extractions``) change nothing beyond their own pages. Returns it
    with the ids of the changed articles, or None."""
    if [a.id for a in articles] != [a.id for a in previous.articles]:
        return None
    before = {a.id: a for a in previous.articles}
    changed = {a.id for a in articles if a != before[a.id]}
    if not changed <= set(new_extractions) or not changed <= set(old_extractions):
        return None
    for article_id in changed:
        new = next(a for a in articles if a.id == article_id)
        if listing(new) != listing(before[article_id]) or \
                link_key(new, new_extractions[article_id]) != \
                link_key(before[article_id], old_extractions[article_id]):
            return None

    # The same actors; the changed articles' mentions moved to where their text has them.
    movers = {aid: _shift(old_extractions[aid].mentions, new_extractions[aid].mentions)
              for aid in changed}
    actors: list[Actor] = []
    for actor in previous.actors:
        if not changed.intersection(actor.articles):
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
        actors.append(dataclasses.replace(actor, mentions=tuple(sorted(
            mentions, key=lambda m: (m.article, m.start, m.end, m.text)))))

    by_article_new = _mentions_of(actors, changed)
    by_article_old = _mentions_of(previous.actors, changed)
    new_articles = {a.id: a for a in articles}
    roles = roles_of(actors)
    events = [e for e in previous.events if e.article not in changed]
    quotes = [q for q in previous.quotes if q.article not in changed]
    for article_id in sorted(changed):
        article = new_articles[article_id]
        if _paragraph_groups(article, by_article_new.get(article_id, [])) != \
                _paragraph_groups(before[article_id], by_article_old.get(article_id, [])):
            return None  # the co-mention graph would change
        own = build_events(article, expressions[article_id], by_article_new.get(article_id, []))
        if _event_days(own) != _event_days(e for e in previous.events
                                           if e.article == article_id):
            return None  # related articles (shared days) would change
        events += own
        quotes += extract_quotes(article, by_article_new.get(article_id, []), roles)
    return Dossier(title=previous.title, language=previous.language, articles=articles,
                   actors=actors, events=events, quotes=quotes,
                   diagnostics=diagnostics), changed


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
