"""The JSON export: the public, stable view of a dossier (shared/SCHEMA.md, schema 1)."""

from __future__ import annotations

import json

from ..model import Dossier

SCHEMA = 1


def article_json(article, actor_ids: list[str]) -> dict:
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "language": article.language,
        "date": article.date.to_json() if article.date else None,
        "byline": article.byline,
        "url": article.url,
        "actors": actor_ids,
        # Fields beyond schema 1 (adding is allowed; nothing above is renamed or removed).
        "tags": list(article.tags),
        "source_url": article.source_url,
        "outlet": article.outlet,
        "see_also": [s.title for s in article.see_also],
        "blocks": [{"kind": b.kind, "start": b.start, "end": b.end} for b in article.blocks],
    }


def to_export(dossier: Dossier) -> dict:
    actors_of: dict[str, list[str]] = {a.id: [] for a in dossier.articles}
    for actor in dossier.actors:
        for article_id in sorted({m.article for m in actor.mentions}):
            actors_of.setdefault(article_id, []).append(actor.id)
    articles = sorted(dossier.articles, key=lambda a: a.id)
    return {
        "schema": SCHEMA,
        "articles": [article_json(a, sorted(actors_of.get(a.id, []))) for a in articles],
        "actors": [actor.to_json() for actor in dossier.actors],
        "events": [event.to_json() for event in dossier.events],
        "quotes": [quote.to_json() for quote in dossier.quotes],
    }


def dumps(dossier: Dossier) -> str:
    return json.dumps(to_export(dossier), ensure_ascii=False, indent=2) + "\n"
