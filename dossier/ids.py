"""Slugs, ids and relative links: pure, total functions (every input gives a safe output)."""

from __future__ import annotations

import functools
import hashlib
import posixpath
import re
import unicodedata
from typing import Callable

# Letters NFKD does not decompose into ASCII, and Cyrillic, transliterated for readable slugs.
_TRANSLIT = {
    "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe",
    "đ": "d", "Đ": "d", "ı": "i", "þ": "th",
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia", "і": "i", "ї": "i", "є": "ie", "ў": "u", "ґ": "g",
}
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_NON_ID = re.compile(r"[^a-z0-9_]+")
MAX_SLUG = 80
# Slugs that name a folder's own page (an actor "Index" would be actors/index.md, the list of
# actors): they get a hash suffix, like slugs that collide.
RESERVED_SLUGS = frozenset({"index"})


def short_hash(text: str, n: int = 8) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


@functools.lru_cache(maxsize=200_000)  # an actor's name is slugged for its id and its keys
def slugify(text: str, fallback_prefix: str = "x", keep_underscore: bool = False) -> str:
    """A lower-case ASCII slug of ``text``; never empty, never a path (no dots, no slashes).

    Text that slugifies to nothing (only punctuation, an unknown script) gets a hash-based slug,
    so two such names still get distinct, stable slugs.
    """
    out = []
    for ch in text:
        low = ch.lower()
        if low in _TRANSLIT:
            out.append(_TRANSLIT[low])
            continue
        decomposed = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in decomposed if c.isascii()).lower())
    pattern = _NON_ID if keep_underscore else _NON_SLUG
    slug = pattern.sub("-", "".join(out)).strip("-_")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rstrip("-")
    return slug or f"{fallback_prefix}-{short_hash(text)}"


def unique_slugs(keys: list[str], fallback_prefix: str = "x",
                 make: Callable[[str], str] | None = None) -> dict[str, str]:
    """Map each distinct key to a distinct slug, independent of the keys' order.

    Keys whose slugs collide (Łukaszenka / Lukaszenka) all get a hash suffix of their own text,
    so neither overwrites the other and neither slug depends on which one was met first.
    """
    by_slug: dict[str, list[str]] = {}
    for key in sorted(set(keys)):
        slug = make(key) if make else slugify(key, fallback_prefix)
        by_slug.setdefault(slug, []).append(key)
    result: dict[str, str] = {}
    for slug, group in by_slug.items():
        if len(group) == 1 and slug not in RESERVED_SLUGS:
            result[group[0]] = slug
        else:
            for key in group:
                result[key] = f"{slug}-{short_hash(key, 6)}"
    return result


@functools.lru_cache(maxsize=65536)
def _relpath(path: str, start: str) -> str:
    """posixpath.relpath for docs/ paths (relative, normalised): by their parts, without
    the two trips through abspath and the working directory that relpath makes."""
    parts = [] if path in ("", ".") else path.split("/")
    base = [] if start in ("", ".") else start.split("/")
    common = 0
    while common < min(len(parts), len(base)) and parts[common] == base[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + parts[common:]) or "."


def relative_link(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A relative link between two docs/ paths (``articles/a.md`` -> ``../actors/b.md``)."""
    rel = _relpath(to_page, from_page.rpartition("/")[0] or ".")  # posixpath.dirname
    return f"{rel}#{anchor}" if anchor else rel


def article_slug(relative_path: str) -> str:
    """The id of an article from its path in content/, without the extension."""
    stem = posixpath.splitext(relative_path)[0]
    return slugify(stem.replace("/", "-"), "article", keep_underscore=True)


def _url_dir(page: str) -> str:
    """The folder a docs/ page is served from: a/b.md -> a/b, a/index.md -> a, index.md -> ''."""
    stem = page[:-3] if page.endswith(".md") else page
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")].rstrip("/")
    return stem


@functools.lru_cache(maxsize=65536)  # profiles link to the same pages thousands of times
def _site_rel(from_page: str, to_page: str) -> str:
    rel = _relpath(_url_dir(to_page), _url_dir(from_page))
    return "./" if rel == "." else rel + "/"


def site_href(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """The URL of ``to_page`` relative to ``from_page`` in the built site (directory URLs:
    ``a/b.md`` is served at ``a/b/``), for links inside raw HTML that MkDocs leaves alone."""
    rel = _site_rel(from_page, to_page)
    return f"{rel}#{anchor}" if anchor else rel
