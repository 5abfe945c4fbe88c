"""Ingest: every file under content/ becomes an Article, or a diagnostic naming the file."""

from __future__ import annotations

import functools
import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

from .. import ids
from ..errors import DossierError
from ..model import Article, Diagnostic, pickled_by_fields
from .decode import decode
from .language import detect_language
from .readers import SUPPORTED, check_reader, read_seed_text, reader_for
from .web import feed_entries, read_feed_entry
from .title import derive_title

# Files in content/ that are curation or configuration, not articles.
NOT_ARTICLES = {"actors.yml", "actors.yaml", "dossier.yml", "index.md", "readme.md"}


def article_files(content_dir: Path) -> list[Path]:
    """Every article file under content_dir, in a stable order (sorted POSIX relative paths)."""
    return [content_dir / rel for rel in _article_paths(content_dir)]


def _article_paths(content_dir: Path) -> list[str]:
    """article_files as sorted POSIX paths relative to content_dir (os.walk: pathlib costs
    more than the rest of an unchanged file's ingest)."""
    found = []
    for folder, subfolders, names in os.walk(content_dir):
        # Hidden files and folders, and editor folders such as _actors/, hold no articles.
        subfolders[:] = [d for d in subfolders if not d.startswith((".", "_"))]
        rel = os.path.relpath(folder, content_dir).replace(os.sep, "/")
        for name in names:
            if name.startswith((".", "_")) or name.lower() in NOT_ARTICLES:
                continue
            if os.path.isfile(os.path.join(folder, name)):
                found.append(name if rel == "." else f"{rel}/{name}")
    return sorted(found)


def article_from_text(text: str, article_id: str, source: str, reader=read_seed_text,
                      default_language: str = "pl", content_hash: str = ""
                      ) -> tuple[Article, list[Diagnostic]]:
    """Make an Article of decoded text with one of the readers (also used by benchmarks)."""
    if not text.strip():
        raise DossierError(source, "is empty; add the article's text or remove the file")
    draft = reader(text)
    diagnostics = [Diagnostic(source, msg, line) for line, msg in draft.problems]
    blocks = tuple(draft.structure.blocks)
    if not blocks:
        raise DossierError(source, "has no body text after its header and front matter")
    lead = next((b.text for b in blocks if b.kind == "paragraph"), blocks[0].text)
    # A headline over the text (structure.classify read its first line as a heading).
    headline = blocks[0].text if blocks[0].kind == "heading" else None
    title = draft.title or headline or derive_title(lead)
    language = draft.language or detect_language(" ".join(b.text for b in blocks),
                                                 default_language)
    article = Article(
        id=article_id,
        source=source,
        title=title,
        title_derived=draft.title is None,
        language=language,
        date=draft.date,
        byline=draft.byline,
        blocks=blocks,
        see_also=tuple(draft.structure.see_also),
        tags=tuple(draft.tags),
        source_url=draft.source_url,
        outlet=draft.outlet,
        content_hash=content_hash or hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
    return article, diagnostics


def read_article(path: Path, content_dir: Path, article_id: str,
                 default_language: str = "pl") -> tuple[Article, list[Diagnostic]]:
    """Read one file into an Article. Raises DossierError when the file cannot be used."""
    rel = path.relative_to(content_dir).as_posix()
    reader = check_reader(rel, path.suffix)
    data = path.read_bytes()
    text, _encoding = decode(data, rel)
    return article_from_text(text, article_id, rel, reader, default_language,
                             hashlib.sha256(data).hexdigest())


FEEDS = (".jsonl", ".ndjson")


def _units(content_dir: Path) -> tuple[list[tuple[str, str, object]], list[Diagnostic]]:
    """What to read: (key, source, loader) for every article, a file or a line of a feed."""
    units, diagnostics = [], []
    for rel in _article_paths(content_dir):
        path = content_dir / rel
        suffix = path.suffix.lower()
        if suffix in FEEDS:
            try:
                text, _ = decode(path.read_bytes(), rel)
            except DossierError as exc:
                diagnostics.append(Diagnostic(exc.path, exc.message, exc.line, "error"))
                continue
            for line, entry, problem in feed_entries(text, rel):
                if problem:
                    diagnostics.append(Diagnostic(rel, problem, line))
                    continue
                title = entry.get("title") if isinstance(entry.get("title"), str) else ""
                key = f"{rel}\0{line}\0{title}"
                units.append((key, f"{rel}:{line}", functools.partial(
                    _feed_article, entry, f"{rel}:{line}", rel, line)))
        elif reader_for(suffix) is None:
            diagnostics.append(Diagnostic(rel, f"unsupported file type '{path.suffix}' is "
                                          f"skipped (dossier reads {SUPPORTED})"))
        else:
            units.append((rel, rel, functools.partial(read_article, path, content_dir)))
    return units, diagnostics


def _unit_slug(key: str) -> str:
    if "\0" in key:  # a feed line: the feed's name and the article's title (or line)
        rel, line, title = key.split("\0", 2)
        return ids.article_slug(rel) + "-" + ids.slugify(title or line, "line")[:50].rstrip("-")
    return ids.article_slug(key)


def _feed_article(entry: dict, source: str, rel: str, line: int, article_id: str,
                  default_language: str) -> tuple[Article, list[Diagnostic]]:
    text = str(entry["text"])
    article, problems = article_from_text(
        text, article_id, source, lambda _text: read_feed_entry(entry), default_language)
    return article, [Diagnostic(rel, d.message, line, d.level) for d in problems]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class FileRecord:
    """What one file gave the last time it was read, and the size and modification time it
    had then: while they stay the same, the file is not read again."""

    stat: tuple[int, int]  # (size, mtime_ns)
    article_id: str
    article: Article
    problems: tuple[Diagnostic, ...]
    # False when the file was modified just before it was read: it may change again within
    # the same mtime tick (coarse on some file systems), so its stat proves nothing and its
    # bytes are compared.
    settled: bool = True


# See FileRecord.settled.
_RACY_SECONDS = 2.0


def _file_stat(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _same_bytes(path: Path, article: Article) -> bool:
    """Whether the file still holds the bytes the article was read from (hashing them is
    cheap beside parsing them again)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == article.content_hash
    except OSError:
        return False


def ingest(content_dir: Path, default_language: str = "pl",
           previous: dict[str, FileRecord] | None = None,
           records: dict[str, FileRecord] | None = None
           ) -> tuple[list[Article], list[Diagnostic]]:
    """Read every article; a file that cannot be read becomes a diagnostic, the rest go on.

    The same text saved twice under different names is reported and kept once (the first
    by path), so it does not count twice in the dossier. ``previous`` holds the records of
    the last build: a file whose size and mtime they match is taken from them, not parsed;
    ``records``, when given, receives this build's records."""
    units, diagnostics = _units(content_dir)
    id_of = ids.unique_slugs([key for key, _, _ in units], make=_unit_slug)
    articles: list[Article] = []
    seen_body: dict[str, str] = {}
    now = time.time_ns()
    for key, source, load in units:
        stat = _file_stat(content_dir / key) if "\0" not in key else None
        known = (previous or {}).get(key)
        try:
            if stat and known and known.stat == stat and known.article_id == id_of[key] \
                    and (known.settled or _same_bytes(content_dir / key, known.article)):
                article, problems = known.article, list(known.problems)
            else:
                article, problems = load(id_of[key], default_language)
        except DossierError as exc:
            diagnostics.append(Diagnostic(exc.path or source, exc.message, exc.line, "error"))
            continue
        except OSError as exc:
            diagnostics.append(Diagnostic(source, f"cannot be read: {exc.strerror}", None,
                                          "error"))
            continue
        if records is not None and stat:
            record = FileRecord(stat, id_of[key], article, tuple(problems),
                                settled=now - stat[1] > _RACY_SECONDS * 1e9)
            # The last build's record itself when nothing in it changed: the build state
            # keeps only the records that are not (build/state.py: Delta).
            records[key] = known if known is not None and known.article is article and \
                known.settled == record.settled and known.stat == stat else record
        diagnostics.extend(problems)
        body_key = hashlib.sha256(article.body.encode("utf-8")).hexdigest()
        if body_key in seen_body:
            diagnostics.append(Diagnostic(source, f"has the same text as {seen_body[body_key]}; "
                                          "only that one is kept (remove the duplicate)"))
            continue
        seen_body[body_key] = source
        articles.append(article)
    return articles, diagnostics
