"""Write generated pages into docs/ without ever touching what a person wrote.

A manifest (docs/.dossier-manifest.json, hidden from MkDocs) records each generated file and the
hash of the bytes written. So the writer can tell its own files from hand-written ones, prune its
stale files, skip files whose bytes did not change (MkDocs serve and CI rebuild less), and notice a
generated file edited by hand (kept, with a warning, never overwritten)."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..emit.page import Page
from ..model import Diagnostic

MANIFEST = ".dossier-manifest.json"


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # Generated files edited by hand since: kept as they are, and warned about.
    edited: list[str] = field(default_factory=list)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _safe_target(docs_dir: Path, rel: str) -> Path:
    """A page path must stay inside docs/: no absolute paths, no '..'."""
    pure = PurePosixPath(rel)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts:
        raise ValueError(f"unsafe page path {rel!r}")
    return docs_dir.joinpath(*pure.parts)


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def load_manifest(docs_dir: Path) -> dict[str, str]:
    try:
        data = json.loads((docs_dir / MANIFEST).read_text("utf-8"))
        return {str(k): str(v) for k, v in data.get("files", {}).items()}
    except (OSError, ValueError, AttributeError):
        return {}


def write_pages(docs_dir: Path, pages: list[Page], kept=()) -> WriteReport:
    """Write every generated page whose bytes differ from the file's; prune the generated
    files no longer generated (never a file edited by hand). ``kept``: generated files not
    rendered this time, known to be in docs/ as the manifest says (their render key is the
    last build's, and the build checked the files' stats): they stay as they are."""
    report = WriteReport()
    old = load_manifest(docs_dir)
    new: dict[str, str] = {}
    for path in kept:
        if path in old:
            new[path] = old[path]
            report.unchanged.append(path)
    for page in sorted(pages, key=lambda p: p.path):
        target = _safe_target(docs_dir, page.path)
        data = page.text.encode("utf-8")
        digest = _digest(data)
        shown = f"{docs_dir.name}/{page.path}"
        if target.exists():
            current = _digest(target.read_bytes())
            if page.path not in old and current == digest:
                # Our own bytes, the manifest lost (a fresh clone, a deleted manifest): adopt.
                report.unchanged.append(page.path)
                new[page.path] = digest
                continue
            if page.path not in old:
                report.diagnostics.append(Diagnostic(
                    shown, "is a hand-written page: it is kept and the generated page of the "
                    "same name is not written (rename or remove it to get the generated one)"))
                continue
            if current != old[page.path] and current != digest:
                report.diagnostics.append(Diagnostic(
                    shown, "was edited by hand since dossier generated it: your edit is kept "
                    "and the page is not regenerated; move the edit into content/ and delete "
                    "the file to let dossier regenerate it"))
                new[page.path] = old[page.path]
                report.edited.append(page.path)
                continue
            if current == digest:
                report.unchanged.append(page.path)
                new[page.path] = digest
                continue
        _write_atomic(target, data)
        report.written.append(page.path)
        new[page.path] = digest
    _prune(docs_dir, {rel: old[rel] for rel in sorted(set(old) - set(new))}, report)
    manifest = json.dumps({"generator": "dossier", "files": dict(sorted(new.items()))},
                          indent=1, sort_keys=False) + "\n"
    manifest_path = docs_dir / MANIFEST
    if not manifest_path.exists() or manifest_path.read_text("utf-8") != manifest:
        _write_atomic(manifest_path, manifest.encode("utf-8"))
    return report


def _prune(docs_dir: Path, gone: dict[str, str], report: WriteReport) -> None:
    """Remove the generated files no longer generated (``gone``: path -> the digest written),
    but one edited by hand since."""
    for rel, written in gone.items():
        try:
            target = _safe_target(docs_dir, rel)
        except ValueError:
            continue
        if not target.exists():
            continue
        if _digest(target.read_bytes()) != written:
            report.diagnostics.append(Diagnostic(
                f"{docs_dir.name}/{rel}", "is no longer generated but was edited by hand: kept"))
            continue
        target.unlink()
        report.pruned.append(rel)
        _remove_empty_dirs(target.parent, docs_dir)


def file_stats(docs_dir: Path, paths) -> dict[str, tuple[int, int]]:
    """(size, mtime_ns) of each of ``paths`` in docs/ (missing ones left out)."""
    out, base = {}, os.fspath(docs_dir)
    for rel in paths:
        if not rel or rel.startswith("/") or ".." in rel.split("/"):
            continue  # not a path inside docs/ (see _safe_target; Path objects cost here)
        try:
            st = os.stat(os.path.join(base, rel))
        except OSError:
            continue
        out[rel] = (st.st_size, st.st_mtime_ns)
    return out


def generated_files_as_written(docs_dir: Path, written: dict[str, tuple[int, int]]) -> bool:
    """Whether every file the last build generated is still in docs/ as it was written
    (``written``: their stats then): a file deleted or edited by hand since calls for a build
    from scratch (which brings it back, or warns about the edit)."""
    old = load_manifest(docs_dir)
    return bool(old) and set(old) <= set(written) and \
        file_stats(docs_dir, old) == {rel: written[rel] for rel in old}


def _remove_empty_dirs(directory: Path, stop: Path) -> None:
    while directory != stop and directory.is_dir() and not any(directory.iterdir()):
        directory.rmdir()
        directory = directory.parent
