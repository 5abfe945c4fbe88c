"""Events: each dated sentence of an article, with the actors it mentions."""

from __future__ import annotations

from ..extract.dates import DateExpr, direction_at, resolve
from ..extract.tokens import sentence_bounds
from ..model import Actor, Article, Event


def build_events(article: Article, expressions: list[DateExpr],
                 mentions: list[tuple[int, int, Actor]]) -> list[Event]:
    """The article's events; ``mentions`` are its (start, end, actor) (see mentions_in and
    mentions_by_article)."""
    mentions = [(s, e, a.id) for s, e, a in mentions]
    events: list[Event] = []
    previous = None
    for (start, end), dated in _by_sentence(article, expressions):
        # One event per sentence, on the most precise date it states ("do jesieni tego roku,
        # … 29 marca 2019": the day, not the year), the first of equals.
        best = None
        for expr in dated:
            resolved = resolve(expr, article.date,
                               direction_at(article.body, expr.start, expr.end,
                                            article.language), previous)
            if resolved is not None and (best is None or _PRECISION[resolved.date.precision]
                                         > _PRECISION[best[1].date.precision]):
                best = (expr, resolved)
        if best is None:
            continue
        expr, resolved = best
        previous = resolved.date
        who = sorted({aid for ms, me, aid in mentions if start <= ms and me <= end})
        events.append(Event(
            id=f"{article.id}-e{expr.start}", article=article.id, date=resolved.date,
            weekday=resolved.weekday, cue=expr.cue, start=start, end=end,
            text=article.body[start:end], actors=tuple(who), cue_start=expr.start))
    for block in article.blocks:
        # An embedded post is an event on its own date stamp.
        if block.kind == "post" and block.date is not None:
            who = sorted({aid for ms, me, aid in mentions
                          if block.start <= ms and me <= block.end})
            events.append(Event(
                id=f"{article.id}-e{block.start}p", article=article.id, date=block.date,
                weekday=None, cue=block.stamp or block.date.value, start=block.start,
                end=block.end, text=block.text, actors=tuple(who), cue_start=block.start))
    return sorted(events, key=lambda ev: (ev.start, ev.id))


_PRECISION = {"year": 0, "month": 1, "day": 2}


def _by_sentence(article: Article, expressions: list[DateExpr]):
    """The expressions grouped by the sentence they are in: ((start, end), [expr, ...]) in
    the order of the sentences' first expressions."""
    groups: dict[tuple[int, int], list[DateExpr]] = {}
    for expr in expressions:
        block = article.block_at(expr.start)
        if block is None:
            continue
        s, e = sentence_bounds(block.text, expr.start - block.start)
        groups.setdefault((block.start + s, block.start + e), []).append(expr)
    return groups.items()


def mentions_in(article_id: str, actors: list[Actor]) -> list[tuple[int, int, Actor]]:
    """One article's (start, end, actor) mentions."""
    return [(m.start, m.end, a) for a in actors for m in a.mentions if m.article == article_id]


def mentions_by_article(actors: list[Actor]) -> dict[str, list[tuple[int, int, Actor]]]:
    """Every article's (start, end, actor) mentions, in one pass over the dossier."""
    out: dict[str, list[tuple[int, int, Actor]]] = {}
    for a in actors:
        for m in a.mentions:
            out.setdefault(m.article, []).append((m.start, m.end, a))
    return out
