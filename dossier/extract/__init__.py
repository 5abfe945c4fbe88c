"""Extract: per article, a pure function of its text (so it is cached and run in parallel)."""

from __future__ import annotations

from ..model import Article
from .dates import DateExpr, article_expressions, infer_article_date
from .mentions import Extraction, extract_mentions


def extract_article(article: Article) -> tuple[Article, list[DateExpr], Extraction]:
    """The article with its date inferred where the text anchors it, its date expressions
    and its name mentions."""
    expressions = article_expressions(article)
    article = infer_article_date(article, expressions)
    return article, expressions, extract_mentions(article)
