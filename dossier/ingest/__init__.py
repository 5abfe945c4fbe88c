"""Ingest: every file under content/ becomes an Article, or a diagnostic naming the file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .. import ids
from ..errors import DossierError
from ..model import Article, Diagnostic
from .decode import decode
from .language import detect_language
from .readers import check_reader, read_seed_text, reader_for
from .title import derive_title

# Files in content/ that are curation or configuration, not articles.
NOT_ARTICLES = {"actors.yml", "actors.yaml", "dossier.yml", "index.md", "readme.md"}


def article_files(content_dir: Path) -> list[Path]:
    """Every article file under content_dir, in a stable order (sorted POSIX relative paths)."""
    files = []
    for path in content_dir.rglob("*"):
        rel = path.relative_to(content_dir)
        if any(part.startswith((".", "_")) for part in rel.parts):
            continue  # hidden files and editor folders such as _actors/
        if path.is_file() and path.name.lower() not in NOT_ARTICLES:
            files.append(path)
    return sorted(files, key=lambda p: p.relative_to(content_dir).as_posix())


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
    title = draft.title or derive_title(lead)
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


def ingest(content_dir: Path, default_language: str = "pl") -> tuple[list[Article], list[Diagnostic]]:
    """Read every article; a file that cannot be read becomes a diagnostic, the rest go on.

    The same text saved twice under different names is reported and kept once (the first
    by path), so it does not count twice in the dossier."""
    files = article_files(content_dir)
    rels = [f.relative_to(content_dir).as_posix() for f in files]
    id_of = ids.unique_slugs(rels, make=ids.article_slug)
    articles: list[Article] = []
    diagnostics: list[Diagnostic] = []
    seen_body: dict[str, str] = {}
    for path, rel in zip(files, rels):
        if reader_for(path.suffix) is None:
            diagnostics.append(Diagnostic(rel, f"unsupported file type '{path.suffix}' is skipped "
                                          "(dossier reads .txt and .md)"))
            continue
        try:
            article, problems = read_article(path, content_dir, id_of[rel], default_language)
        except DossierError as exc:
            diagnostics.append(Diagnostic(exc.path, exc.message, exc.line, "error"))
            continue
        except OSError as exc:
            diagnostics.append(Diagnostic(rel, f"cannot be read: {exc.strerror}", None, "error"))
            continue
        diagnostics.extend(problems)
        body_key = hashlib.sha256(article.body.encode("utf-8")).hexdigest()
        if body_key in seen_body:
            diagnostics.append(Diagnostic(rel, f"has the same text as {seen_body[body_key]}; "
                                          "only that one is kept (remove the duplicate)"))
            continue
        seen_body[body_key] = rel
        articles.append(article)
    return articles, diagnostics
