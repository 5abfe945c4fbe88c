"""The timeline as TimelineJS JSON (Knight Lab's format: a `title` slide and `events`, each
with `start_date`, `text`, `group` and `media`; https://timeline.knightlab.com/docs/json-format.html).

TimelineJS renders `headline` and `text` as HTML, so every piece of article text is
HTML-escaped here: an article cannot put markup or script into a timeline built from it.
"""

from __future__ import annotations

import html
import json

from ..emit.text import safe_url
from ..model import Dossier

MAX_HEADLINE = 90  # letters: TimelineJS shows the headline large; the sentence is in `text`


def _headline(text: str) -> str:
    if len(text) <= MAX_HEADLINE:
        return text
    cut = text[:MAX_HEADLINE - 1].rsplit(" ", 1)[0] or text[:MAX_HEADLINE - 1]
    return cut + "…"


def _start_date(date) -> dict:
    # TimelineJS takes the parts as given, month and day optional: a month-only event stays one.
    out = {"year": str(date.year)}
    if date.month is not None:
        out["month"] = str(date.month)
    if date.day is not None:
        out["day"] = str(date.day)
    return out


def _media(article) -> dict:
    """The article as the event's media: its original address where the source gave one (a
    plain link: TimelineJS shows a link card for a web page), else its page in the site."""
    url = safe_url(article.source_url) or article.url
    media = {"url": url, "link": url, "caption": html.escape(article.title)}
    if article.outlet:
        media["credit"] = html.escape(article.outlet)
    return media


def _group(event, dossier: Dossier) -> str:
    """A row per leading actor: the first person or organisation the event names (a place
    would put most events in the row of the country the dossier is about)."""
    for actor_id in event.actors:
        actor = dossier.actor(actor_id)
        if actor.kind != "place":
            return actor.name
    article = dossier.article(event.article)
    return article.outlet or article.title


def timeline(dossier: Dossier) -> dict:
    events = []
    for event in dossier.events:
        article = dossier.article(event.article)
        events.append({
            "unique_id": f"event-{event.id}",
            "start_date": _start_date(event.date),
            "text": {"headline": html.escape(_headline(event.text)),
                     "text": f"<p>{html.escape(event.text)}</p>"
                             f"<p><em>{html.escape(event.cue)}</em></p>"},
            "group": html.escape(_group(event, dossier)),
            "media": _media(article),
        })
    return {"title": {"text": {"headline": html.escape(dossier.title),
                               "text": html.escape(f"{len(events)} events")}},
            "events": events}


def dumps(dossier: Dossier) -> str:
    return json.dumps(timeline(dossier), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
