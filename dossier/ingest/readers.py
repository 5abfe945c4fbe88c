"""One reader per input format. Each turns decoded text into the fields of an Article."""

from __future__ import annotations

import re

from ..errors import DossierError
from ..model import SeeAlso
from .metadata import Metadata, front_matter_entries, header_block, read_fields
from .draft import Draft, parse_date_into
from .structure import Structure, classify, clean, split_paragraphs

_HEADER = re.compile(r"^\s*date\s+(?P<date>\S+)[ \t]*(?P<rest>.*)$", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"^---[ \t]*\n(?P<yaml>.*?\n)?---[ \t]*(?:\n|$)", re.DOTALL)


def _apply(draft: Draft, meta: Metadata) -> None:
    draft.problems.extend(meta.problems)
    draft.title, draft.date, draft.language = meta.title, meta.date, meta.language
    draft.byline, draft.tags = meta.byline, meta.tags
    draft.source_url, draft.outlet = meta.url, meta.outlet


def read_seed_text(text: str) -> Draft:
    """Plain text: paragraphs between blank lines, opened by either the seed header
    (`` date YYYY-MM[-DD] `` then the lead on the same line) or a header block of
    ``Title:``, ``Date:``, ``Author:``/``By:``, ``Source:``/``URL:`` lines (``Tytuł:``,
    ``Data:``, ``Autor:``, ``Źródło:`` in Polish). A file with neither is read as paragraphs."""
    problems: list = []
    blank_lines = len(text) - len(text.lstrip("\n"))
    text = text.lstrip("\n")
    first, nl, rest = text.partition("\n")
    m = _HEADER.match(first)
    if m:
        date = parse_date_into(m["date"], problems, 1 + blank_lines)
        text = m["rest"] + nl + rest
        draft = Draft(classify(split_paragraphs(text)), date=date, problems=problems)
        draft.byline = draft.structure.byline
        return draft
    lines = text.split("\n")
    entries, taken = header_block(lines, 1 + blank_lines)
    draft = Draft(classify(split_paragraphs("\n".join(lines[taken:]))), problems=problems)
    draft.byline = draft.structure.byline
    if entries:
        meta = read_fields(entries)
        if meta.byline is None:
            meta.byline = draft.byline
        _apply(draft, meta)
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
    entries: list = []
    m = _FRONT_MATTER.match(text)
    if m:
        entries, problem = front_matter_entries(m["yaml"] or "", 2)
        if problem:
            problems.append((problem[0], f"{problem[1]}; the front matter is ignored"))
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
    _apply(draft, read_fields(entries))
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
