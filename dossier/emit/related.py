"""Related articles (by shared actors and dates, with the reason shown) and see-also lines
that point to an article of this dossier."""

from __future__ import annotations

import heapq
import math
import re

from ..ids import relative_link
from ..model import Article, Dossier
from .text import Labels, md_escape

MAX_RELATED = 5


def common_after(n_articles: int) -> int:
    """An actor named in more articles than this relates nothing (like a stop word)."""
    return max(20, n_articles // 20)
_WORD = re.compile(r"\w+")


class RelatedIndex:
    """What related-article ranking needs, computed once for the dossier: each article's
    actors and event days, and for each actor the articles that mention it."""

    def __init__(self, dossier: Dossier, actors_in: dict[str, list]):
        self.actors_in = actors_in
        self.days: dict[str, set] = {}
        for e in dossier.events:
            if e.date.precision == "day":
                self.days.setdefault(e.article, set()).add(e.date)
        self.by_day: dict = {}
        for article_id, days in self.days.items():
            for d in days:
                self.by_day.setdefault(d, set()).add(article_id)
        self.n_articles = max(len(dossier.articles), 1)
        self.common = common_after(self.n_articles)
        self._articles_of: dict[str, frozenset] = {}
        self._title_words: dict[str, set[str]] = {}

    def articles_of(self, actor) -> frozenset:
        """The articles naming ``actor``, as a set (made when first asked)."""
        found = self._articles_of.get(actor.id)
        if found is None:
            found = self._articles_of[actor.id] = frozenset(actor.articles)
        return found

    def title_words(self, article: Article) -> set[str]:
        """_words of the article's title (made when first asked: see-also lines compare
        against every title)."""
        found = self._title_words.get(article.id)
        if found is None:
            found = self._title_words[article.id] = _words(article.title)
        return found


def related_articles(article: Article, dossier: Dossier, index: RelatedIndex
                     ) -> list[tuple[float, Article, list[str], int]]:
    """Other articles ranked by the actors they share (rarer actors weigh more) and the days
    their events share. Only articles sharing something are looked at; the names shared are
    gathered for the ones shown only."""
    rare = [a for a in index.actors_in.get(article.id, []) if len(a.articles) <= index.common]
    # (An actor named nearly everywhere, the country of the story, is no signal, and
    # following it from every article would cost the square of the dossier.)
    weight: dict[str, float] = {}
    get = weight.get
    for actor in rare:
        w = math.log(1 + index.n_articles / len(actor.articles))
        for other in actor.articles:
            # Summed in the order met, from 0, as sum() over the shared actors would be.
            weight[other] = get(other, 0) + w
    weight.pop(article.id, None)
    day_hits: dict[str, int] = {}
    for d in index.days.get(article.id, ()):
        for other in index.by_day.get(d, ()):
            if other != article.id:
                day_hits[other] = day_hits.get(other, 0) + 1
    scored = []
    for other_id in weight.keys() | day_hits.keys():
        days = day_hits.get(other_id, 0)
        score = weight.get(other_id, 0) + 0.5 * days
        if score > 0:
            scored.append((round(score, 6), other_id, days))
    out = []
    for score, other_id, days in heapq.nsmallest(MAX_RELATED, scored,
                                                 key=lambda t: (-t[0], t[1])):
        shared = sorted((a for a in rare if other_id in index.articles_of(a)),
                        key=lambda a: (-len(a.mentions), a.name))
        out.append((score, dossier.article(other_id), [a.name for a in shared], days))
    return out


def related_section(article: Article, dossier: Dossier, index: RelatedIndex,
                    ranked: list | None = None) -> str:
    """The related articles' section; ``ranked``: related_articles' list, when made."""
    labels = Labels(dossier.language)
    items = []
    if ranked is None:
        ranked = related_articles(article, dossier, index)
    for _score, other, shared, days in ranked:
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


def see_also_links(article: Article, dossier: Dossier, index: RelatedIndex | None = None
                   ) -> dict[int, str]:
    """See-also lines whose title matches an article of this dossier (most of its words in
    the other's title), by position in the list -> a relative link. ``index``: where the
    titles' words are kept once made."""
    title_words = index.title_words if index is not None else (lambda a: _words(a.title))
    out = {}
    for i, see in enumerate(article.see_also):
        words = _words(see.title)
        if not words:
            continue
        best, best_score = None, 0.0
        for other in dossier.articles:
            if other.id == article.id:
                continue
            score = len(words & title_words(other)) / len(words)
            if score > best_score:
                best, best_score = other, score
        if best is not None and best_score >= 0.8:
            out[i] = relative_link(article.page_path, best.page_path)
    return out
