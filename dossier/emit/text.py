"""Safe text for generated pages: article text is untrusted and must reach the site as words,
never as markup, wherever it lands (Markdown, HTML, front matter)."""

from __future__ import annotations

import html
import re

import yaml

from .. import lexicon
from ..model import PartialDate

# Characters Python-Markdown treats as markup anywhere in a line; backslash-escaped.
_MD_INLINE = re.compile(r"([\\`*_\[\]{}#|])")
_LIST_START = re.compile(r"^(\d+)([.)])(\s)")
# Text md_escape leaves as it is: none of & < > or Markdown's inline marks, and a first
# character that cannot open a list, a quote, an admonition or a numbered item.
_PLAIN = re.compile(r"(?:[^-+>!0-9&<>\\`*_\[\]{}#|][^&<>\\`*_\[\]{}#|]*)?")


def md_escape(text: str) -> str:
    """Escape text so Python-Markdown renders it literally (no HTML, links, emphasis, lists,
    headings or attribute lists)."""
    if _PLAIN.fullmatch(text):
        return text  # most names and titles: nothing to escape (a fast path, same result)
    text = html.escape(text, quote=False)  # & < >: no raw HTML, no entities, no autolinks
    text = _MD_INLINE.sub(r"\\\1", text)
    if text[:1] in ("-", "+", ">", "!"):
        # list items and block quotes only start a line, and admonitions ("!!! note")
        text = "\\" + text
    text = _LIST_START.sub(r"\1\\\2\3", text)
    return text


def html_text(text: str) -> str:
    return html.escape(text, quote=True)


def safe_url(url: str | None) -> str | None:
    """Only http(s) URLs may become links: no javascript:, data: or relative tricks."""
    if url and re.match(r"^https?://[^\s<>\"']+$", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


# Control characters and line separators break YAML scalars (PyYAML reads NEL as a line
# break): they never belong in a title or a tag.
_YAML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def _escape_values(value):
    if isinstance(value, str):
        return html.escape(_YAML_UNSAFE.sub("", value), quote=False)
    if isinstance(value, dict):
        return {k: _escape_values(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_escape_values(v) for v in value]
    return value


# libyaml's dumper when PyYAML has it (ten times faster); the same YAML either way.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def front_matter(meta: dict) -> str:
    """YAML front matter. Themes print its values (title, tags, anything in page.meta)
    without escaping, so every string is HTML-escaped here, once, for all of them."""
    dumped = yaml.dump(_escape_values(meta), Dumper=_DUMPER, allow_unicode=True,
                       sort_keys=False, width=1000)
    return f"---\n{dumped}---\n"


class Labels:
    """The interface words of one language (falls back to English)."""

    def __init__(self, language: str):
        all_labels = lexicon.load("labels")
        self.language = language if language in all_labels else "en"
        self._d = all_labels[self.language]

    def __getitem__(self, key: str):
        return self._d[key]

    def date(self, d: PartialDate | None) -> str:
        if d is None:
            return self["undated"]
        if d.month is None:
            return str(d.year)
        if d.day is None:
            return f"{self['months_nominative'][d.month - 1]} {d.year}"
        return f"{d.day} {self['months_genitive'][d.month - 1]} {d.year}"

    def count(self, n: int, key: str) -> str:
        """"1 wzmianka", "3 wzmianki", "5 wzmianek": a number with its noun in the form the
        number asks for (Polish has three; English uses the first two)."""
        one, few, many = self[key]
        if n == 1:
            return f"{n} {one}"
        if self.language == "pl":
            return f"{n} {few if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else many}"
        return f"{n} {few}"

    def weekday(self, index: int) -> str:
        return self["weekdays"][index]
