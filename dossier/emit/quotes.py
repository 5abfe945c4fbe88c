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


def quotes_section(quotes: list[Quote], dossier: Dossier, from_page: str) -> str:
    if not quotes:
        return ""
    labels = Labels(dossier.language)
    return f"## {labels['quotes']}\n\n" + "\n\n".join(
        quote_block(q, dossier, from_page) for q in quotes)
