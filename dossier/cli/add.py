"""`dossier add`: bring articles into content/ under clean file names. Files are copied (the
original stays where it was); a feed becomes one Markdown file with front matter per article,
so each can be read and corrected on its own. Nothing already in content/ is overwritten."""

from __future__ import annotations

from pathlib import Path

import yaml

from .. import ids
from ..errors import DossierError
from ..ingest.decode import decode
from ..ingest.web import feed_entries

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")
FEED_SUFFIXES = (".jsonl", ".ndjson")


def _free_name(content: Path, stem: str, suffix: str, data: bytes) -> Path | None:
    """A file name in content/ for these bytes: None when the same bytes are already there."""
    for n in range(1, 1000):
        candidate = content / (f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}")
        if not candidate.exists():
            return candidate
        if candidate.read_bytes() == data:
            return None
    raise DossierError(str(content), f"too many files named {stem}{suffix}")


def add(sources: list[Path], content: Path) -> tuple[list[Path], list[str]]:
    """Returns (files written, messages about what was skipped)."""
    content.mkdir(parents=True, exist_ok=True)
    written, skipped = [], []
    files: list[Path] = []
    for source in sources:
        if source.is_dir():
            files += sorted(p for p in source.rglob("*") if p.is_file()
                            and p.suffix.lower() in ARTICLE_SUFFIXES + FEED_SUFFIXES)
        elif source.is_file():
            files.append(source)
        else:
            skipped.append(f"{source}: no such file or folder")
    for path in files:
        suffix = path.suffix.lower()
        data = path.read_bytes()
        if suffix in FEED_SUFFIXES:
            text, _ = decode(data, str(path))
            for line, entry, problem in feed_entries(text, str(path)):
                if problem:
                    skipped.append(f"{path}:{line}: {problem}")
                    continue
                meta = {k: entry[k] for k in ("title", "date", "url", "source", "language",
                                              "byline", "tags") if entry.get(k) is not None}
                front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
                doc = f"---\n{front}---\n\n{str(entry['text']).strip()}\n".encode("utf-8")
                stem = ids.slugify(str(entry.get("title") or f"{path.stem}-{line}"), "article")
                target = _free_name(content, stem[:60].rstrip("-"), ".md", doc)
                if target is None:
                    skipped.append(f"{path}:{line}: already in {content.name}/")
                    continue
                target.write_bytes(doc)
                written.append(target)
        elif suffix in ARTICLE_SUFFIXES:
            target = _free_name(content, ids.slugify(path.stem, "article", keep_underscore=True),
                                suffix, data)
            if target is None:
                skipped.append(f"{path}: already in {content.name}/")
                continue
            target.write_bytes(data)
            written.append(target)
        else:
            skipped.append(f"{path}: unsupported file type '{path.suffix}'")
    return written, skipped
