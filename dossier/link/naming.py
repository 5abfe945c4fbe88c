"""The first half of a link: every mention named (canonical.py), article by article, with
what the next link may reuse of it (``Names``): each article's placed mentions while its
mentions and their names are the same, each name while what it read of the name context
comes out the same, each unknown word's nominative while its tallies do."""

from __future__ import annotations

from dataclasses import dataclass

from ..extract.mentions import Extraction
from .rules import mention_names
from .canonical import AS_WRITTEN, Canon, Placed, canonical, canonical_as_written, digest, place
from .unknown import is_unknown, resolve_reusing


@dataclass(frozen=True)
class ArticleNames:
    """One article's mentions as they join their groups."""

    mentions: tuple  # the extraction's RawMentions
    written: bool  # in a language whose names stand as written (canonical.AS_WRITTEN)
    words: frozenset  # the words of its names
    unknown: frozenset  # those the dictionary does not know
    placed: tuple[Placed, ...]  # one per mention
    # Each group the article's mentions join, in the order the article first names it:
    # (its name, the first mention's position, a digest of what they bring it, the acronyms
    # they expand).
    groups: tuple[tuple[str, int, str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class Names:
    articles: dict[str, ArticleNames]  # by article id, in the articles' order
    canons: dict[tuple, Canon]  # by (whether its names stand as written, a mention's words)
    unknown: dict[str, tuple]  # unknown word -> (what resolving it read, its nominative)

    @property
    def nominatives(self) -> dict[str, str]:
        return {w: r[1] for w, r in self.unknown.items()}


def _article(ex: Extraction, written: bool, canons: dict[tuple, Canon], words, unknown
             ) -> ArticleNames:
    placed = tuple(place(m, canons[written, m.tokens]) for m in ex.mentions)
    by_name: dict[str, list[int]] = {}
    for i, p in enumerate(placed):
        by_name.setdefault(p.name, []).append(i)
    groups = tuple((name, at[0], digest([placed[i] for i in at]),
                    tuple(sorted({n for i in at for n in mention_names(placed[i].mention)})))
                   for name, at in by_name.items())
    return ArticleNames(ex.mentions, written, words, unknown, placed, groups)


def name_mentions(extractions: list[Extraction], previous: Names | None = None,
                  languages: dict[str, str] | None = None) -> Names:
    """Every mention of ``extractions`` (in the articles' order) named, reusing what holds
    of ``previous``. ``languages``: each article's language (names of an English article
    stand as written, and its words are not read as Polish ones the dictionary lacks)."""
    before = previous.articles if previous else {}
    written = {ex.article: (languages or {}).get(ex.article) in AS_WRITTEN
               for ex in extractions}
    words = {}
    for ex in extractions:
        was = before.get(ex.article)
        if was is not None and was.mentions == ex.mentions and was.written == written[ex.article]:
            words[ex.article] = (was.words, was.unknown)
        else:
            own = frozenset(w for m in ex.mentions for w in m.tokens)
            words[ex.article] = (own, frozenset() if written[ex.article]
                                 else frozenset(w for w in own if is_unknown(w)))
    resolved = resolve_reusing(set().union(*(u for _, u in words.values())),
                               previous.unknown if previous else {})
    unknown = {w: r[1] for w, r in resolved.items()}
    attested = frozenset().union(*(w for w, _ in words.values()))
    old = previous.canons if previous else {}
    canons: dict[tuple, Canon] = {}
    for ex in extractions:
        as_written = written[ex.article]
        for m in ex.mentions:
            key = (as_written, m.tokens)
            if key not in canons:
                c = old.get(key)
                canons[key] = canonical_as_written(m.tokens) if as_written else \
                    c if c is not None and c.holds(unknown, attested) \
                    else canonical(m.tokens, unknown, attested)
    articles = {}
    for ex in extractions:
        was = before.get(ex.article)
        as_written = written[ex.article]
        if was is not None and was.mentions == ex.mentions and was.written == as_written and \
                all(p.name == canons[as_written, m.tokens].name
                    for p, m in zip(was.placed, ex.mentions)):
            articles[ex.article] = was
        else:
            articles[ex.article] = _article(ex, as_written, canons, *words[ex.article])
    return Names(articles, canons, resolved)
