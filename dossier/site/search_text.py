"""What the reader's search reads of a built page (search_index.py builds the index from it):
its title, its text less what is no text (EXCLUDED), the words a page is found by and the
sentences an excerpt may quote. Words are folded (lower case, no diacritics) the same way
here and in the browser script (theme/partials/dossier-search.html)."""

from __future__ import annotations

import re
import unicodedata
from html import unescape

# A fragment holds at most this many characters of a page's text.
FRAGMENT_CHARS = 10_000
# Left out of the text: heading permalinks, skip links, the tags (names the text has), file
# names in the metadata box, the sentences a profile quotes from articles (found through
# the articles themselves), and the labels and controls of the charts and networks.
EXCLUDED = ("headerlink", "md-skip", "md-tags", "dossier-contexts", "dossier-network",
            "dossier-graph", "dossier-legend-row", "dossier-timeline-chart")
# Indexed, but never quoted in an excerpt: a profile's or article's metadata box ("Rodzaj:
# miejsce Formy w tekście: ..."), which the page's words find it by, a caption's label, and
# the title, which the result shows above its excerpt. The sentences a profile quotes
# (dossier-contexts), not indexed, may be quoted: they are what it says of the actor.
EXCERPT_EXCLUDED = ("dossier-meta", "dossier-caption-label")
EXCLUDED_INSIDE = (("dossier-meta", "code"),)
BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "td", "th", "tr", "br",
          "figcaption", "blockquote", "dt", "dd", "section", "figure", "table", "ul", "ol"}

WORD = re.compile(r"[^\W_]+")
# A sentence ends at . ! ? or … (a quotation mark after it), before one that starts with a
# capital, a digit or an opening quotation mark: "4,4 tys. osób" stays one sentence.
_SENTENCE = re.compile("(?<=[.!?…])([\"”»)]?)\\s+(?=[\"„«(]?[^\\W_a-ząćęłńóśźż])")
_COMBINING = re.compile("[\u0300-\u036f]")


def fold(text: str) -> str:
    """Lower case, diacritics off; the browser script folds a query the same way."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.lower())).replace("ł", "l")


def words(text: str) -> list[str]:
    return WORD.findall(fold(text))


# XPath's whitespace (normalize-space), not Python's: a no-break space is no separator.
_XML_SPACE = re.compile("[ \t\r\n]+")
# What the index drops from a page's text, and what an excerpt drops from its sentences:
# elements of these classes, or of these tags (an excerpt also drops the "↗" links), and
# every element inside one of these classes with one of these tags.
_DROP_CLASSES = frozenset(EXCLUDED)
_DROP_QUOTED_CLASSES = frozenset(c for c in EXCLUDED + EXCERPT_EXCLUDED
                                 if c != "dossier-contexts")
_DROP_TAGS = frozenset(("script", "style"))
_DROP_QUOTED_TAGS = frozenset(("script", "style", "h1"))
_INSIDE = EXCLUDED_INSIDE
_INSIDE_QUOTED = EXCLUDED_INSIDE + (("dossier-contexts", "h3"),)


# The only elements _to_drop may drop (fewer than one in three): XPath picks them out in C,
# in document order, so Python makes no object for the others.
_CANDIDATES = "descendant::*[@class or @data-search-ignore or %s]" % " or ".join(
    sorted({f"self::{tag}" for tag in _DROP_QUOTED_TAGS | _DROP_TAGS | {"a"}} |
           {f"self::{inner}" for _, inner in _INSIDE_QUOTED}))


def _classes(el) -> list[str]:
    value = el.get("class")
    return _XML_SPACE.split(value.strip(" \t\r\n")) if value else []


def _norm_space(text: str) -> str:
    return _XML_SPACE.sub(" ", text).strip(" \t\r\n")


def _to_drop(body, classes: frozenset, tags: frozenset, inside: tuple,
             arrows: bool = False) -> list:
    """The elements below ``body`` to drop, in document order (as an XPath union returns
    them): one pass over the tree in Python, not an XPath test of every class on every
    element (which took half of reading a page)."""
    found, out = set(), []
    for el in body.xpath(_CANDIDATES):
        tag = el.tag
        names = _classes(el)
        for outer, inner in inside:  # found before the elements inside it
            if outer in names:
                found.update(e for e in el.iter(inner) if e is not el)
        if el in found or tag in tags or el.get("data-search-ignore") is not None or \
                not classes.isdisjoint(names) or \
                (arrows and tag == "a" and _norm_space(el.text_content()) == "↗"):
            out.append(el)
    return out


def sentences(text: str) -> list[str]:
    """The sentences of one block of text (whitespace runs as one space)."""
    text = " ".join(text.split())
    if not text:
        return []
    return [s for s in _SENTENCE.sub(lambda m: m.group(1) + "\n", text).split("\n") if s]


def page_record(html: str) -> tuple[str, str, str, list[str]] | None:
    """(title, text, forms, sentences for excerpts) of a built page, or None when it has
    nothing to index."""
    import copy

    import lxml.html

    start = html.find("data-search-body")
    if start < 0:
        return None
    start = html.rfind("<", 0, start)
    try:
        # From the marked element on (what comes before it is the header and navigation);
        # what follows its end (the footer) is in the parsed tree too, beside it.
        parsed = lxml.html.fromstring(html[start:])
    except Exception:  # noqa: BLE001 - lxml's errors for markup it cannot read at all
        return None
    marked = parsed.xpath("descendant-or-self::*[@data-search-body]")
    if not marked:
        return None
    body = marked[0]
    forms = " ".join(el.get("data-search-forms", "")
                     for el in body.xpath(".//*[@data-search-forms]"))
    quoted = copy.deepcopy(body)
    for el in _to_drop(body, _DROP_CLASSES, _DROP_TAGS, _INSIDE):
        el.drop_tree()
    _mark_blocks(body)
    heading = body.xpath(".//h1")
    title = " ".join(heading[0].text_content().split()) if heading else ""
    if not title:
        found = re.search(r"<title>(.*?)</title>", html[:start], re.S)
        title = " ".join(unescape(found.group(1)).split()) if found else ""
    text = " ".join(body.text_content().split())
    if not text and not forms:
        return None
    return title, text, forms, _sentences(quoted)


def _sentences(body) -> list[str]:
    """The sentences an excerpt may quote: the indexed text, less EXCERPT_EXCLUDED, the
    heading and the lists of links ("Title — styczeń 2022 · 1 wzmianka", "Name — 1"), plus
    the sentences a profile quotes from its articles; FRAGMENT_CHARS at most."""
    for el in _to_drop(body, _DROP_QUOTED_CLASSES, _DROP_QUOTED_TAGS, _INSIDE_QUOTED,
                       arrows=True):
        el.drop_tree()
    for item in [li for li in body.iter("li") if li is not body]:
        linked = sum(len(a.text_content()) for a in item.iter("a"))
        if linked > 0.6 * len(item.text_content()):
            item.drop_tree()
    _mark_blocks(body)
    said: list[str] = []
    size = 0
    for block in body.text_content().split("\n"):
        for sentence in sentences(block):
            if size + len(sentence) > FRAGMENT_CHARS:
                return said
            said.append(sentence)
            size += len(sentence) + 1
    return said


def _mark_blocks(body) -> None:
    """A line break at each block's start and end, for text_content to keep them apart."""
    for el in body.iter(*BLOCKS):
        el.tail = "\n" + (el.tail or "")
        el.text = "\n" + (el.text or "")
