"""An article's metadata (title, date, outlet, address, language, tags, byline), from
Markdown front matter or a plain-text header block, every field checked.

A field that is wrong is left out with a message naming its line, and the article is built
without it: one mistyped date never costs the rest of the dossier. Dates are parsed here, not
by YAML, which would build ``datetime.date(2024, 13, 45)`` itself and raise with no file or
line to name."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field

import yaml

from .. import lexicon
from ..model import PartialDate
from .structure import clean

# The fields an article may set, and other names writers and export tools use for them.
FIELDS = ("title", "date", "source", "url", "language", "tags", "byline")
ALIASES = {"author": "byline", "authors": "byline", "by": "byline", "lang": "language",
           "link": "url", "outlet": "source", "published": "date"}


@dataclass
class Metadata:
    title: str | None = None
    date: PartialDate | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    tags: list[str] = field(default_factory=list)
    byline: str | None = None
    problems: list[tuple[int | None, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Entry:
    """One ``key: value`` as written: the value as YAML built it, the scalar's own text (so
    ``title: 1984`` stays "1984" and ``title: yes`` stays "yes"), and its line in the file."""

    key: object
    value: object
    text: str | None
    line: int


# ---- dates ----------------------------------------------------------------------------

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}.*)?$")
_YMD = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_DMY_DOTS = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+\d{1,2}:\d{2}.*)?$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_WORDS = re.compile(r"^(?:(\d{1,2})\.?\s+)?([^\W\d_]+)\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})\b.*$")
_EXPECTED = "write it as YYYY-MM-DD (or YYYY-MM when only the month is known)"


def parse_date(value) -> tuple[PartialDate | None, str | None]:
    """(the date, None) or (None, why not). ISO dates and datetimes, 2024/09/15, the European
    15.09.2024, "15 września 2024", "September 15, 2024" and "wrzesień 2024"; 04/05/2024 is
    refused as ambiguous (April or May?), 13/05/2024 is not."""
    if value is None:  # none given (a saved page naming none, `date:` left empty): no
        return None, None  # problem to report; the build notes the undated article
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day), None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None, f"'date' must be a date such as 2024-09-15, not {_kind(value)}"
    text = " ".join(str(value).split())
    if not text:
        return None, None
    try:
        return _parse_date_text(text)
    except ValueError as exc:
        return None, f"impossible date {text!r} ({exc}); {_EXPECTED}"


def _parse_date_text(text: str) -> tuple[PartialDate | None, str | None]:
    if m := _ISO.match(text) or _YMD.match(text):
        y, mo, d = m.groups()
        return PartialDate(int(y), int(mo) if mo else None, int(d) if d else None), None
    if m := _DMY_DOTS.match(text):
        d, mo, y = m.groups()
        return PartialDate(int(y), int(mo), int(d)), None
    if m := _SLASHED.match(text):
        a, b, y = (int(g) for g in m.groups())
        if a <= 12 and b <= 12 and a != b:
            return None, (f"ambiguous date {text!r}: day {a} of month {b} or day {b} of month "
                          f"{a}? Write it as {y:04d}-{b:02d}-{a:02d} or {y:04d}-{a:02d}-{b:02d}")
        day, month = (a, b) if a > 12 or a == b else (b, a)
        return PartialDate(y, month, day), None
    if m := _WORDS.match(text):
        day_before, word, day_after, year = m.groups()
        month = lexicon.load("dates")["months"].get(word.lower())
        day = day_before or day_after
        if month is not None and not (day_before and day_after):
            return PartialDate(int(year), month, int(day) if day else None), None
    return None, f"not a date: {text!r}; {_EXPECTED}"


def _kind(value) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, bool):
        return "yes/no"
    return type(value).__name__


# ---- the fields -----------------------------------------------------------------------

_URL = re.compile(r"^https?://[^\s/]+\S*$", re.IGNORECASE)
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?$", re.IGNORECASE)


def _text_of(entry: Entry, name: str, problems: list) -> str | None:
    if entry.value is None:
        return None
    if isinstance(entry.value, (dict, list)):
        problems.append((entry.line, f"'{name}' must be text, not {_kind(entry.value)}; it is "
                                     "ignored"))
        return None
    return clean(entry.text if entry.text is not None else str(entry.value)) or None


def read_fields(entries: list[Entry]) -> Metadata:
    """The metadata of an article from its entries, with a message for each one left out:
    unknown keys (with the nearest known one), keys given twice, values of the wrong type,
    impossible or ambiguous dates, addresses that are no web address."""
    meta = Metadata()
    problems = meta.problems
    seen: dict[str, int] = {}
    for entry in entries:
        if not isinstance(entry.key, str):
            problems.append((entry.line, f"a key must be a word, not {_kind(entry.key)}; the "
                                         "entry is ignored"))
            continue
        key = entry.key.strip().lower()
        name = ALIASES.get(key, key)
        if name not in FIELDS:
            near = difflib.get_close_matches(key, FIELDS + tuple(ALIASES), n=1, cutoff=0.6)
            hint = f" (did you mean '{near[0]}'?)" if near else \
                f" (dossier reads {', '.join(FIELDS)})"
            problems.append((entry.line, f"unknown key '{entry.key}'{hint}; it is ignored"))
            continue
        if name in seen:
            problems.append((entry.line, f"'{name}' is given twice (also on line {seen[name]}); "
                                         "the value on this line is ignored"))
            continue
        seen[name] = entry.line
        _set_field(meta, name, entry, problems)
    return meta


def _set_field(meta: Metadata, name: str, entry: Entry, problems: list) -> None:
    line = entry.line
    if name == "date":
        meta.date, problem = parse_date(entry.value)
        if problem:
            problems.append((line, f"{problem}; the date is ignored"))
    elif name == "tags":
        meta.tags = _tags(entry, problems)
    elif name == "url":
        meta.url = _matching(entry, name, _URL, "a web address starting with http:// or "
                             "https://", problems)
    elif name == "language":
        language = _matching(entry, name, _LANGUAGE, "a language code such as pl or en",
                             problems)
        meta.language = language.lower().replace("_", "-") if language else None
    else:
        value = _text_of(entry, name, problems)
        setattr(meta, {"source": "outlet"}.get(name, name), value)


def _matching(entry: Entry, name: str, pattern: re.Pattern, what: str, problems: list
              ) -> str | None:
    """The field's text when it has the form ``pattern`` describes, else None and a message."""
    text = _text_of(entry, name, problems)
    if text and not pattern.match(text):
        problems.append((entry.line, f"'{name}' must be {what}, not {text[:60]!r}; it is "
                                     "ignored"))
        return None
    return text


def _tags(entry: Entry, problems: list) -> list[str]:
    value = entry.value
    if value is None:
        return []
    if isinstance(value, dict):
        problems.append((entry.line, "'tags' must be a list of words, not a mapping; they are "
                                     "ignored"))
        return []
    if not isinstance(value, list):
        # "tags: protesty, Kazachstan": a list written on one line.
        value = (entry.text if entry.text is not None else str(value)).split(",")
    tags = []
    for tag in value:
        if isinstance(tag, (dict, list)):
            problems.append((entry.line, f"a tag must be a word, not {_kind(tag)}; it is "
                                         "ignored"))
            continue
        if tag is not None and clean(str(tag)):
            tags.append(clean(str(tag)))
    return tags


# ---- Markdown front matter --------------------------------------------------------------


class _Loader(yaml.SafeLoader):
    """YAML without its timestamp type: a date stays text until parse_date reads it."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def front_matter_entries(text: str, first_line: int
                         ) -> tuple[list[Entry], tuple[int, str] | None]:
    """The entries of YAML front matter whose first line is ``first_line`` of the file, or
    ([], (line, why it cannot be read))."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return [], None
        if not isinstance(node, yaml.MappingNode):
            return [], (first_line, "front matter must be a mapping of keys to values")
        entries = []
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            value = loader.construct_object(value_node, deep=True)
            raw = value_node.value if isinstance(value_node, yaml.ScalarNode) else None
            entries.append(Entry(key, value, raw, first_line + key_node.start_mark.line))
        return entries, None
    except yaml.YAMLError as exc:
        # Where the broken construct opens ("[unclosed" on line 3) says more than where the
        # parser gave up (the end of the front matter).
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = first_line + mark.line if mark is not None else first_line - 1
        problem = str(getattr(exc, "problem", None) or exc)
        if "mapping values are not allowed" in problem:
            problem += "; a value holding ': ' needs quotes, as in title: \"Kyiv: day 5\""
        return [], (line, f"front matter is not valid YAML ({problem})")
    finally:
        loader.dispose()


# ---- plain-text header blocks -------------------------------------------------------------

# "Title:", "Date:", "Source:" lines at the top of a .txt, as clipping tools and exports
# write them; the Polish names too.
HEADER_KEYS = {
    "title": "title", "tytuł": "title", "date": "date", "data": "date",
    "published": "date", "opublikowano": "date", "data publikacji": "date",
    "author": "byline", "by": "byline", "autor": "byline", "autorka": "byline",
    "source": "source", "źródło": "source", "url": "url", "link": "url", "adres": "url",
    "language": "language", "język": "language", "tags": "tags", "tagi": "tags",
}
_HEADER_LINE = re.compile(r"^\s*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?)\s*:\s*(.*?)\s*$")
_URL_IN = re.compile(r"https?://\S+", re.IGNORECASE)


def header_block(lines: list[str], first_line: int = 1) -> tuple[list[Entry], int]:
    """The entries of a header block opening ``lines`` and how many lines it takes (0 when
    the text opens with no header). The block ends at the first line that is no known
    ``Key: value``; a blank line after it belongs to it."""
    entries: list[Entry] = []
    taken = 0
    for i, line in enumerate(lines):
        m = _HEADER_LINE.match(line)
        if not m or m[1].lower() not in HEADER_KEYS:
            break
        key, value = HEADER_KEYS[m[1].lower()], m[2]
        where = first_line + i
        if key == "source" and (url := _URL_IN.search(value)):
            # "Source: PAP, https://…": the outlet and the address on one line.
            entries.append(Entry("url", url[0], url[0], where))
            value = (value[:url.start()] + value[url.end():]).strip(" ,;-–|")
        if value:
            entries.append(Entry(key, value, value, where))
        taken = i + 1
    return entries, taken
