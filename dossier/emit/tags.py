"""Tags: each article is tagged with its main actors and places; mkdocs-material's tags
plugin lists them on the tags page."""

from __future__ import annotations

from collections import Counter

from ..model import Article, Dossier
from .page import GENERATED_NOTE, Page
from .text import Labels, front_matter

TAGS = "tags.md"
MAX_PEOPLE_AND_ORGS = 3
MAX_PLACES = 2


def article_tags(article: Article, actors: list,
                 mention_counts: dict[str, dict[str, int]]) -> list[str]:
    """The article's own tags, then its most mentioned people or organisations and places.
    (The theme prints tags unescaped: front_matter escapes them.) ``mention_counts``: actor
    id -> article id -> mentions."""
    counts = Counter()
    kinds = {}
    for actor in actors:
        n = mention_counts[actor.id].get(article.id, 0)
        if n:
            counts[actor.name] = n
            kinds[actor.name] = actor.kind
    ranked = sorted(counts, key=lambda name: (-counts[name], name))
    agents = [n for n in ranked if kinds[n] != "place"][:MAX_PEOPLE_AND_ORGS]
    places = [n for n in ranked if kinds[n] == "place"][:MAX_PLACES]
    tags = []
    for tag in [*article.tags, *agents, *places]:
        if tag not in tags:
            tags.append(tag)
    return tags


def render_tags(dossier: Dossier) -> Page:
    labels = Labels(dossier.language)
    # Left out of the search (mkdocs-material's key; theme/main.html reads it): the page
    # lists every tag with the titles of its pages, names and titles the search finds on
    # the pages themselves; and made again after nearly every edit, it was the one page
    # that cost most to index (1.2 MB of HTML at 1,000 articles, two seconds).
    parts = [front_matter({"title": labels["all_tags"], "search": {"exclude": True},
                           "generated_by": "dossier"}),
             GENERATED_NOTE.format(source="content/"), f"# {labels['all_tags']}",
             "<!-- material/tags -->"]
    return Page(TAGS, "\n\n".join(parts) + "\n")
