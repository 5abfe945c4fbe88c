"""Events: each dated sentence of an article, with the actors it mentions."""

from __future__ import annotations

from ..extract.dates import DateExpr, is_future_at, resolve
from ..extract.tokens import sentence_bounds
from ..model import Actor, Article, Event


def build_events(article: Article, expressions: list[DateExpr], actors: list[Actor]
                 ) -> list[Event]:
    mentions = [(m.start, m.end, a.id) for a in actors for m in a.mentions
                if m.article == article.id]
    events: list[Event] = []
    seen_sentences: set[tuple[int, int]] = set()
    previous = None
    for expr in expressions:
        block = article.block_at(expr.start)
        if block is None:
            continue
        s, e = sentence_bounds(block.text, expr.start - block.start)
        start, end = block.start + s, block.start + e
        sentence = article.body[start:end]
        resolved = resolve(expr, article.date,
                           is_future_at(article.body, expr.start, expr.end), previous)
        if resolved is None or (start, end) in seen_sentences:
            continue
        seen_sentences.add((start, end))  # one event per sentence: its first date wins
        previous = resolved.date
        who = sorted({aid for ms, me, aid in mentions if start <= ms and me <= end})
        events.append(Event(
            id=f"{article.id}-e{expr.start}", article=article.id, date=resolved.date,
            weekday=resolved.weekday, cue=expr.cue, start=start, end=end, text=sentence,
            actors=tuple(who), cue_start=expr.start))
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
