"""Search terms the search engine cannot derive itself: every inflected form of the names on a
page, in a hidden element, so a query in any case finds the page ("Tokajewowi" finds Kasym-
Żomart Tokajew's profile and the articles that name him in other cases)."""

from __future__ import annotations

from functools import lru_cache

from ..link.forms import name_forms
from ..model import Actor
from .text import html_text


@lru_cache(maxsize=100_000)
def _forms(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name_forms(list(names)))


def actor_terms(actor: Actor) -> list[str]:
    """The inflected forms of the actor's name and aliases, and the words of the forms the
    texts used, as written (inflecting those again would index non-words: Putinema)."""
    written = {w for form in actor.forms for w in form.split()}
    return sorted(set(_forms(tuple([actor.name, *actor.aliases]))) | written)


def search_block(actors: list[Actor]) -> str:
    """A hidden block of search terms for the actors of a page."""
    terms: set[str] = set()
    for actor in actors:
        terms.update(actor_terms(actor))
    if not terms:
        return ""
    # Indexed from the attribute (search_index.py): its words find the page, but are not
    # part of the text a result quotes.
    return ('<span class="dossier-search-terms" hidden '
            f'data-search-forms="{html_text(" ".join(sorted(terms)))}"></span>')
