"""The inline Markdown of generated pages, read as Python-Markdown's inline patterns read it
(direct.py builds the tree from what this returns).

The emitters write text through emit/text.md_escape: every character Python-Markdown could
take for markup is backslash-escaped, and & < > are entities. So a text holds plain
characters, backslash escapes and entities, and the emitters' own links, images, bold labels,
code spans, autolinks and line breaks. Anything else (an unescaped mark, a "!" before a link,
which Python-Markdown would read as an image) makes inline() return None, and the page goes
through Python-Markdown."""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown import util


@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class Raw:  # HTML Python-Markdown stashes (an entity, an inline tag)
    html: str


@dataclass(frozen=True, slots=True)
class Link:
    href: str
    parts: list


@dataclass(frozen=True, slots=True)
class Image:
    src: str
    parts: list


@dataclass(frozen=True, slots=True)
class Strong:
    parts: list


@dataclass(frozen=True, slots=True)
class Emphasis:
    parts: list


@dataclass(frozen=True, slots=True)
class Code:
    text: str


@dataclass(frozen=True, slots=True)
class Tag:  # a line break ("br") or an autolink (its URL)
    kind: str
    text: str = ""


# Characters that are plain text in a run: the rest start a construct or are refused.
_PLAIN = re.compile(r"(?:[^\\&\[\]*_`<>{}#|!\n ]+|!(?!\[)| (?! \n))+")
_ENTITY = re.compile(r"&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z0-9]+);")
_HREF = re.compile(r"\(([A-Za-z0-9./#%~+=:?-][A-Za-z0-9./#%~+=:?_-]*)\)")
_CODE = re.compile(r"`([^`\n]+)`")
_AUTOLINK = re.compile(r"<(https?://[^\s<>\\`\[\]]*)>")


def inline(text: str, escaped: frozenset, suffix: str = "", links: bool = True
           ) -> list | None:
    """The parts of ``text`` (``suffix`` appended to it as written: an attribute list);
    None when it holds anything outside the subset."""
    parts: list = []
    pos, end = 0, len(text)
    while pos < end:
        got = _one(text, pos, escaped, links)
        if got is None:
            return None
        part, pos = got
        parts.append(part)
    if suffix:
        parts.append(Text(suffix))
    return parts


def _one(text: str, pos: int, escaped: frozenset, links: bool):
    """The part at ``pos`` and the position after it, or None."""
    plain = _PLAIN.match(text, pos)
    if plain:
        return Text(plain.group(0)), plain.end()
    char = text[pos]
    if char == "\\":
        nxt = text[pos + 1:pos + 2]
        # An escaped backtick follows an odd run of backslashes, so Python-Markdown's code
        # pattern (which runs first) takes it for no code span either.
        if nxt in escaped:
            return Text(f"{util.STX}{ord(nxt)}{util.ETX}"), pos + 2
        return None
    if char == "&":
        entity = _ENTITY.match(text, pos)
        return (Raw(entity.group(0)), entity.end()) if entity else None
    if text.startswith("  \n", pos):
        return Tag("br"), pos + 3
    if char == "\n":
        return Text("\n"), pos + 1
    if char == "*":
        return _strong(text, pos, escaped, links)
    if char == "_":
        return _emphasis(text, pos, escaped)
    if char == "`":
        code = _CODE.match(text, pos)
        return (Code(code.group(1)), code.end()) if code else None
    if char == "<":
        auto = _AUTOLINK.match(text, pos)
        return (Tag("autolink", auto.group(1)), auto.end()) if auto else None
    if not links:
        return None
    if char == "[":
        return _link(text, pos + 1, escaped, Link)
    if text.startswith("![", pos) and pos == 0:
        # The emitters' one image opens its paragraph (a profile's neighbourhood); a "!"
        # before a link elsewhere is the article's text, refused above.
        return _link(text, pos + 2, escaped, Image)
    return None


def _link(text: str, start: int, escaped: frozenset, kind):
    """A link or image whose text starts at ``start``: its text holds no bracket but an
    escaped one, and its target is a plain relative or absolute path."""
    close = start
    while close < len(text) and text[close] != "]":
        if text[close] == "[" or text[close] == "\n":
            return None
        close += 2 if text[close] == "\\" else 1
    href = _HREF.match(text, close + 1)
    if close >= len(text) or not href:
        return None
    parts = inline(text[start:close], escaped, links=False)
    if not parts or any(isinstance(p, Tag) and p.kind == "br" for p in parts):
        return None
    return kind(href.group(1), parts), href.end()


def _emphasis(text: str, pos: int, escaped: frozenset):
    """``_text_`` opened at the start or after a space and closed at the end or before one,
    its text without an unescaped underscore, star or line break."""
    close = text.find("_", pos + 1)
    if (pos and text[pos - 1] != " ") or close < pos + 2 or \
            (close + 1 < len(text) and text[close + 1] not in " \n"):
        return None
    inner = text[pos + 1:close]
    if inner != inner.strip() or "*" in inner or "\n" in inner or inner.endswith("\\"):
        return None
    parts = inline(inner, escaped, links=False)
    return (Emphasis(parts), close + 1) if parts else None


def _strong(text: str, pos: int, escaped: frozenset, links: bool):
    """``**text**`` (a label, a link in it maybe) opened at the start or after a space or
    line end, and closed before one or the end, its text without a star or a line break."""
    close = text.find("**", pos + 2)
    if not text.startswith("**", pos) or (pos and text[pos - 1] not in " \n") \
            or close < pos + 3 or (close + 2 < len(text) and text[close + 2] not in " \n"):
        return None
    inner = text[pos + 2:close]
    if inner != inner.strip() or "*" in inner or "\n" in inner or inner.endswith("\\"):
        return None
    parts = inline(inner, escaped, links=links)
    return (Strong(parts), close + 2) if parts else None
