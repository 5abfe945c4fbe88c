"""One reader per input format. Each turns decoded text into the fields of an Article."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import yaml

from ..errors import DossierError
from ..model import PartialDate, SeeAlso
from .structure import Structure, classify, clean, split_paragraphs

_HEADER = re.compile(r"^\s*date\s+(?P<date>\S+)[ \t]*(?P<rest>.*)$", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"^---[ \t]*\n(?P<yaml>.*?\n)?---[ \t]*(?:\n|$)", re.DOTALL)


@dataclass
class Draft:
    """What a reader found; the ingest driver completes it into an Article."""

    structure: Structure
    title: str | None = None
    date: PartialDate | None = None
    language: str | None = None
    byline: str | None = None
    tags: list[str] = field(default_factory=list)
    source_url: str | None = None
    outlet: str | None = None
    problems: list[tuple[int | None, str]] = field(default_factory=list)


def _parse_date(value, problems: list, line: int | None) -> PartialDate | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    try:
        return PartialDate.parse(str(value))
    except ValueError as exc:
        problems.append((line, f"{exc}; the date is ignored"))
        return None


def read_seed_text(text: str) -> Draft:
    """The seed format: `` date YYYY-MM[-DD] `` then the lead on the first line, blank lines
    between paragraphs. A file without the header is read as plain paragraphs."""
    problems: list = []
    date = None
    first, nl, rest = text.lstrip("\n").partition("\n")
    m = _HEADER.match(first)
    if m:
        date = _parse_date(m["date"], problems, 1)
        text = m["rest"] + nl + rest
    draft = Draft(classify(split_paragraphs(text)), date=date, problems=problems)
    draft.byline = draft.structure.byline
    return draft


_INLINE_MD = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])"), r"\2"),
    (re.compile(r"`([^`]+)`"), r"\1"),
)
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")


def _plain(md: str) -> str:
    for pattern, repl in _INLINE_MD:
        md = pattern.sub(repl, md)
    return clean(md)


def read_markdown(text: str) -> Draft:
    """Markdown with optional YAML front matter (title, date, source, url, language, tags).

    The body becomes plain text blocks: headings from ``#`` lines, captions, posts and
    see-also lines by the same rules as plain text, inline markup reduced to its words (the
    page escapes and re-renders it, so no raw HTML from the input reaches the site)."""
    problems: list = []
    meta: dict = {}
    m = _FRONT_MATTER.match(text)
    if m:
        try:
            loaded = yaml.safe_load(m["yaml"] or "")
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark is not None else 1
            problems.append((line, f"front matter is not valid YAML ({getattr(exc, 'problem', exc)}); "
                                   "it is ignored"))
            loaded = {}
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            problems.append((1, "front matter must be a mapping of keys to values; it is ignored"))
            loaded = {}
        meta = loaded
        text = text[m.end():]
    elif text.startswith("---\n"):
        problems.append((1, "front matter opened with '---' is never closed; read as body text"))

    st = Structure()
    paragraphs: list[str] = []

    def flush() -> None:
        if paragraphs:
            for para in paragraphs:
                _add_plain(st, para)
            paragraphs.clear()

    chunk: list[str] = []
    for line in text.split("\n") + [""]:
        heading = _MD_HEADING.match(line)
        if heading or not line.strip():
            if chunk:
                paragraphs.append(_plain(" ".join(l.lstrip("> ") for l in chunk)))
                chunk = []
            if heading:
                flush()
                title = _plain(heading[1])
                if title:
                    st.add("heading", title)
            continue
        chunk.append(line)
    flush()

    draft = Draft(st, problems=problems)
    title = meta.get("title")
    draft.title = clean(str(title)) if title not in (None, "") else None
    draft.date = _parse_date(meta.get("date"), problems, 1)
    lang = meta.get("language")
    draft.language = str(lang).strip().lower()[:8] if lang else None
    byline = meta.get("byline") or meta.get("author")
    draft.byline = clean(str(byline)) if byline else None
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list):
        problems.append((1, "tags must be a list of words; they are ignored"))
        tags = []
    draft.tags = [clean(str(t)) for t in tags if clean(str(t))]
    url = meta.get("url")
    draft.source_url = str(url).strip() if url else None
    source = meta.get("source")
    draft.outlet = clean(str(source)) if source else None
    return draft


def _add_plain(st: Structure, para: str) -> None:
    """Classify one Markdown paragraph by the plain-text rules (no heading guess: Markdown
    headings are explicit)."""
    if not para:
        return
    single = classify([para])
    for see in single.see_also:
        st.see_also.append(SeeAlso(see.title))
    for block in single.blocks:
        kind = "paragraph" if block.kind == "heading" else block.kind
        st.add(kind, block.text, credit=block.credit, author=block.author, date=block.date,
               links=block.links, stamp=block.stamp)


SUPPORTED = ".txt, .md, .html, .jsonl"


def reader_for(suffix: str):
    from .web import read_html

    return {".txt": read_seed_text, ".text": read_seed_text, ".md": read_markdown,
            ".markdown": read_markdown, ".html": read_html, ".htm": read_html
            }.get(suffix.lower())


def check_reader(path: str, suffix: str):
    reader = reader_for(suffix)
    if reader is None:
        raise DossierError(path, f"unsupported file type '{suffix}' (dossier reads {SUPPORTED})")
    return reader
