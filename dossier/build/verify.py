"""Verify mode (DOSSIER_VERIFY=1): every `dossier build` also builds the same project cold, in
a temporary copy with no state, no extraction cache and no site to start from, and fails
when the two differ in any file of docs/, site/ or the export. An incremental build must be a
cold build made faster, nothing else: this is how CI holds it to that, through a series of
real edits (tests/test_verify_edits.py)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from ..config import Project
from .cache import CACHE_DIR

VARIABLE = "DOSSIER_VERIFY"
MANIFEST = ".dossier-manifest.json"


def requested() -> bool:
    return os.environ.get(VARIABLE, "") not in ("", "0")


def tree_digests(folder: Path) -> dict[str, str]:
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _cold_copy(project: Project, dest: Path) -> Path:
    """The project as an editor would hand it over: its files without the build's state,
    caches and site, and docs/ without the pages dossier generated (only what people wrote)."""
    skipped = {CACHE_DIR, project.site_dir.name, f".{project.site_dir.name}-building",
               f".{project.site_dir.name}-previous", ".git"}
    shutil.copytree(project.root, dest, symlinks=True,
                    ignore=lambda folder, names: [n for n in names if n in skipped]
                    if Path(folder) == project.root else [])
    docs = dest / project.docs_dir.relative_to(project.root)
    manifest = docs / MANIFEST
    if manifest.exists():
        for rel in json.loads(manifest.read_text("utf-8")).get("files", {}):
            (docs / rel).unlink(missing_ok=True)
        manifest.unlink()
    return dest


def differences(project: Project, with_site: bool, main) -> list[str]:
    """Build the project cold beside it with ``main`` (the command line's: `dossier build`
    and `dossier export`, as an editor runs them) and list the files that differ
    ("docs/x.md", "site/y/index.html", "export")."""
    with tempfile.TemporaryDirectory(prefix="dossier-verify-") as tmp:
        copy = _cold_copy(project, Path(tmp) / project.root.name)
        saved = os.environ.pop(VARIABLE, None)
        try:
            args = ["build", "--project", str(copy), "--quiet"] + ([] if with_site
                                                                   else ["--no-site"])
            if main(args) != 0:
                return ["(the cold build failed)"]
            for where, out in ((project, Path(tmp) / "warm.json"), (None, Path(tmp) / "cold.json")):
                root = project.root if where else copy
                main(["export", "--project", str(root), "--output", str(out), "-q"])
        finally:
            if saved is not None:
                os.environ[VARIABLE] = saved
        found = []
        folders = [("docs", project.docs_dir, copy / project.docs_dir.relative_to(project.root))]
        if with_site:
            folders.append(("site", project.site_dir,
                            copy / project.site_dir.relative_to(project.root)))
        for name, warm, cold in folders:
            a, b = tree_digests(warm), tree_digests(cold)
            found += [f"{name}/{rel}" for rel in sorted(set(a) | set(b)) if a.get(rel) != b.get(rel)]
        if (Path(tmp) / "warm.json").read_bytes() != (Path(tmp) / "cold.json").read_bytes():
            found.append("export")
        return found
