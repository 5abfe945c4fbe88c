"""Related articles (by shared actors and dates, with the reason shown) and see-also lines
that point to an article of this dossier."""

from __future__ import annotations

import math
import re

from ..ids import relative_link
from ..model import Article, Dossier
from .text import Labels, md_escape

MAX_RELATED = 5
_WORD = re.compile(r"\w+")


def related_articles(article: Article, dossier: Dossier, actors_in: dict[str, list]
                     ) -> list[tuple[float, Article, list[str], int]]:
    """Other articles ranked by the actors they share (rarer actors weigh more) and the days
    their events share."""
    n_articles = max(len(dossier.articles), 1)
    mine = {a.id: a for a in actors_in.get(article.id, [])}
    my_days = {e.date for e in dossier.events if e.article == article.id
               and e.date.precision == "day"}
    out = []
    for other in dossier.articles:
        if other.id == article.id:
            continue
        shared = [a for a in actors_in.get(other.id, []) if a.id in mine]
        days = {e.date for e in dossier.events if e.article == other.id
                and e.date.precision == "day"} & my_days
        score = sum(math.log(1 + n_articles / len(a.articles)) for a in shared) + 0.5 * len(days)
        if score > 0:
            shared.sort(key=lambda a: (-len(a.mentions), a.name))
            out.append((round(score, 6), other, [a.name for a in shared], len(days)))
    out.sort(key=lambda t: (-t[0], t[1].id))
    return out[:MAX_RELATED]


def related_section(article: Article, dossier: Dossier, actors_in: dict[str, list]) -> str:
    labels = Labels(dossier.language)
    items = []
    for _score, other, shared, days in related_articles(article, dossier, actors_in):
        href = relative_link(article.page_path, other.page_path)
        reasons = []
        if shared:
            names = ", ".join(shared[:5]) + ("…" if len(shared) > 5 else "")
            reasons.append(f"{labels['shared_actors']} ({len(shared)}): {names}")
        if days:
            reasons.append(f"{labels['shared_dates']}: {days}")
        items.append(f"- [{md_escape(other.title)}]({href}) — "
                     f"{md_escape(labels.date(other.date))}  \n  "
                     f"_{md_escape('; '.join(reasons))}_")
    if not items:
        return ""
    return f"## {labels['related']} {{: #related }}\n\n" + "\n".join(items)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) > 2}


def see_also_links(article: Article, dossier: Dossier) -> dict[int, str]:
    """See-also lines whose title matches an article of this dossier (most of its words in
    the other's title), by position in the list -> a relative link."""
    out = {}
    for i, see in enumerate(article.see_also):
        words = _words(see.title)
        if not words:
            continue
        best, best_score = None, 0.0
        for other in dossier.articles:
            if other.id == article.id:
                continue
            score = len(words & _words(other.title)) / len(words)
            if score > best_score:
                best, best_score = other, score
        if best is not None and best_score >= 0.8:
            out[i] = relative_link(article.page_path, best.page_path)
    return out
