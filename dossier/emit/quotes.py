"""Quotes on speakers' profiles."""

from __future__ import annotations

from ..ids import relative_link
from ..model import Dossier, Quote
from .text import Labels, md_escape


def quote_block(quote: Quote, dossier: Dossier, from_page: str) -> str:
    article = dossier.article(quote.article)
    block = article.block_at(quote.start)
    href = relative_link(from_page, article.page_path, block.anchor if block else None)
    labels = Labels(dossier.language)
    when = labels.date(article.date)
    return (f"> „{md_escape(quote.text)}”\n>\n> — [{md_escape(article.title)}]({href}), "
            f"{md_escape(when)}")


def term_line(quote: Quote, dossier: Dossier, from_page: str) -> str:
    article = dossier.article(quote.article)
    block = article.block_at(quote.start)
    href = relative_link(from_page, article.page_path, block.anchor if block else None)
    return (f"- „{md_escape(quote.text)}” — [{md_escape(article.title)}]({href}), "
            f"{md_escape(Labels(dossier.language).date(article.date))}")


def quotes_section(quotes: list[Quote], dossier: Dossier, from_page: str) -> str:
    """A speaker's statements, then the terms the speaker used: a phrase of a few words
    in quotation marks is shown as a term, not as a statement."""
    labels = Labels(dossier.language)
    statements = [q for q in quotes if q.kind != "term"]
    terms = [q for q in quotes if q.kind == "term"]
    parts = []
    if statements:
        parts.append(f"## {labels['quotes']}\n\n" + "\n\n".join(
            quote_block(q, dossier, from_page) for q in statements))
    if terms:
        parts.append(f"## {labels['terms']}\n\n" + "\n".join(
            term_line(q, dossier, from_page) for q in terms))
    return "\n\n".join(parts)
