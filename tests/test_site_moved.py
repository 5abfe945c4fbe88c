"""A built project copied or moved elsewhere (CI restoring a cached project folder, an editor
moving their dossier) builds as if it had stayed: its keys are of content, not of where the
files lie or which inodes they have. No page is made again that a build in place would not
make again, the search index parses no page, and the site is the one a cold build of the
copy makes, byte for byte."""

import hashlib
import shutil

from dossier.build.cache import CACHE_DIR
from dossier.build.pipeline import generate, write_generated
from dossier.config import load_project
from dossier.site import search_index
from dossier.site.builder import build_site
from dossier.site.plugin import SiteSettings

from conftest import ROOT
from sitetools import copy_project


def _files(root):
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).digest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _build(project, **kwargs):
    settings = SiteSettings(generate=False, workers=2, min_pages=1)
    return build_site(project, strict=True, epoch=0, settings=settings, **kwargs)


def _spy(monkeypatch, name: str) -> list:
    """The pages search_index's ``name`` (read_bytes, page_data) is called for, by URL."""
    calls = []
    original = getattr(search_index, name)

    def spy(first, second):
        calls.append(second if name == "page_data" else first.name)
        return original(first, second)
    monkeypatch.setattr(search_index, name, spy)
    return calls


def test_a_moved_project_makes_and_parses_nothing_again(tmp_path, monkeypatch):
    project = load_project(copy_project(ROOT, tmp_path / "p"))
    write_generated(project, generate(project))
    _build(project)
    # Nothing changed: what a build in place makes again (the nav's pages), and the files
    # the index reads (those made again whose record no worker took: the theme's 404 page).
    read = _spy(monkeypatch, "read_bytes")
    in_place = _build(project)
    read_in_place = sorted(read)
    monkeypatch.undo()
    pages = len(list(project.docs_dir.rglob("*.md")))
    assert in_place.reused > in_place.made and in_place.made < pages
    assert len(read_in_place) < in_place.made

    # Moved: copied with the files' times (as `cp -a` or a restored cache keeps them), on
    # other inodes, and the old folder gone.
    shutil.copytree(project.root, tmp_path / "moved", symlinks=True)
    shutil.rmtree(project.root)
    moved = load_project(tmp_path / "moved")
    parsed = _spy(monkeypatch, "page_data")
    report = _build(moved)
    assert (report.made, report.reused, report.removed) == \
        (in_place.made, in_place.reused, in_place.removed)
    assert parsed == []
    # The next build there reads no more page files than one in place.
    read = _spy(monkeypatch, "read_bytes")
    _build(moved)
    assert sorted(read) == read_in_place
    monkeypatch.undo()

    # The same site as a cold build of the copy.
    cold = load_project(shutil.copytree(moved.root, tmp_path / "cold", symlinks=True))
    shutil.rmtree(cold.root / CACHE_DIR)
    shutil.rmtree(cold.site_dir)
    shutil.rmtree(cold.site_dir.with_name(f".{cold.site_dir.name}-previous"),
                  ignore_errors=True)
    _build(cold, reuse=False)
    assert _files(moved.site_dir) == _files(cold.site_dir)
