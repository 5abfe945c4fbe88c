"""FollowTheMoney entities (the model Aleph and OpenAleph read), one JSON object a line.

Actors become Person, Organization or Address (FtM has no schema for a place as such; Address
with its `full` name is what Aleph shows for one); articles become Article (a Document); each
actor named in an article is a Mention (for people and organisations: FtM's Mention resolves
to a LegalEntity only) or a Documentation (for places); each dated event is an Event with the
article as its proof. dossier does not import followthemoney to write these: the format is
plain JSON, and the tests check it with the package itself.
"""

from __future__ import annotations

import json

from ..model import Dossier
from ..emit.text import safe_url

SCHEMA_OF = {"person": "Person", "organization": "Organization", "place": "Address"}
# FtM's language type holds ISO 639-2 codes.
LANGUAGES = {"pl": "pol", "en": "eng", "de": "deu", "ru": "rus", "uk": "ukr", "fr": "fra"}
MAX_NAME = 200  # an Event's name is a name, not a paragraph: its sentence is the summary


def _entity(entity_id: str, schema: str, **properties) -> dict:
    """One entity, empty values dropped and each property's values in a fixed order."""
    props = {}
    for key, values in properties.items():
        values = [values] if isinstance(values, str) else values
        kept = sorted({v for v in values if v})
        if kept:
            props[key] = kept
    return {"id": entity_id, "schema": schema, "properties": props}


def _ftm_id(kind: str, *parts: str) -> str:
    """An FtM entity id: letters, digits, '-' and '.' only (FtM drops a reference to any
    other id). dossier's ids hold '_' but never '.' (ids.slugify), so '_' -> '.' keeps two
    ids distinct."""
    return ".".join(("dossier", kind) + tuple(p.replace("_", ".") for p in parts))


def actor_id(actor_id_: str) -> str:
    return _ftm_id("actor", actor_id_)


def article_id(article_id_: str) -> str:
    return _ftm_id("article", article_id_)


def _actor(actor) -> dict:
    schema = SCHEMA_OF[actor.kind]
    # The inflected forms the text used ("Tokajewa") are weak aliases: good for matching
    # mentions, not names to show; those already aliases stay aliases only.
    others = [f for f in actor.forms if f != actor.name and f not in actor.aliases]
    props = {"name": actor.name, "alias": list(actor.aliases), "weakAlias": others,
             "description": actor.description or ""}
    if schema == "Person":
        props["position"] = list(actor.roles)
    else:
        props["summary"] = "; ".join(actor.roles)
    if schema == "Address":
        props["full"] = actor.name
    return _entity(actor_id(actor.id), schema, **props)


def _article(article) -> dict:
    return _entity(article_id(article.id), "Article",
                   title=article.title, name=article.title,
                   publishedAt=article.date.value if article.date else "",
                   author=article.byline or "", publisher=article.outlet or "",
                   sourceUrl=safe_url(article.source_url) or "",
                   language=LANGUAGES.get(article.language, ""),
                   fileName=article.source, keywords=list(article.tags),
                   bodyText=article.body)


def _mentions(actor) -> list[dict]:
    out = []
    for doc in sorted({m.article for m in actor.mentions}):
        forms = sorted({m.text for m in actor.mentions if m.article == doc})
        key = _ftm_id("mention", actor.id, doc)
        if actor.kind == "place":
            out.append(_entity(key, "Documentation", document=article_id(doc),
                               entity=actor_id(actor.id), role="mentioned",
                               summary=", ".join(forms)))
        else:
            out.append(_entity(key, "Mention", document=article_id(doc),
                               resolved=actor_id(actor.id), name=forms,
                               detectedSchema=SCHEMA_OF[actor.kind]))
    return out


def _event(event, kinds: dict[str, str]) -> dict:
    name = event.text if len(event.text) <= MAX_NAME else event.text[:MAX_NAME - 1] + "…"
    return _entity(_ftm_id("event", event.id), "Event", name=name, summary=event.text,
                   date=event.date.value, proof=article_id(event.article),
                   involved=[actor_id(a) for a in event.actors if kinds[a] != "place"],
                   addressEntity=[actor_id(a) for a in event.actors if kinds[a] == "place"],
                   description=event.cue)


def entities(dossier: Dossier) -> list[dict]:
    kinds = {a.id: a.kind for a in dossier.actors}
    out = [_article(a) for a in dossier.articles]
    for actor in dossier.actors:
        out.append(_actor(actor))
        out.extend(_mentions(actor))
    out.extend(_event(e, kinds) for e in dossier.events)
    return sorted(out, key=lambda e: e["id"])


def dumps(dossier: Dossier) -> str:
    return "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n"
                   for e in entities(dossier))
