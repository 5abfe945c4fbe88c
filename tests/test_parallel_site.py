"""MkDocs' pages converted in worker processes give the same site, byte for byte, and the
same warnings (a broken link still fails a strict build)."""

import hashlib
import tempfile
from pathlib import Path

import pytest

from dossier.site import parallel as mkdocs_parallel
from dossier.site.plugin import SiteSettings
from dossier.config import load_project
from dossier.errors import DossierError
from dossier.build.pipeline import generate, write_generated
from dossier.site.builder import build_site

from conftest import ROOT
from sitetools import copy_project


def _site(project, workers):
    """The site built whole (no reuse of the last one), and what the build did."""
    report = build_site(project, strict=True, epoch=0, reuse=False,
                        settings=SiteSettings(generate=False, workers=workers, min_pages=1))
    return {p.relative_to(project.site_dir).as_posix(): hashlib.sha256(p.read_bytes()).digest()
            for p in sorted(project.site_dir.rglob("*")) if p.is_file()}, report


@pytest.fixture
def project(tmp_path, monkeypatch):
    proj = load_project(copy_project(ROOT, tmp_path / "p"))
    write_generated(proj, generate(proj))
    return proj


def test_parallel_conversion_gives_the_same_site(project, tmp_path, monkeypatch):
    assert mkdocs_parallel.usable(2)  # else the comparison below would compare nothing
    # The spool in a temporary folder of this test's own: other builds running on the
    # machine (another checkout's tests) spool into the shared one meanwhile.
    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    made = []
    mkdtemp = tempfile.mkdtemp
    monkeypatch.setattr(tempfile, "mkdtemp", lambda *a, **k: made.append(mkdtemp(*a, **k))
                        or made[-1])
    serial, one = _site(project, 1)
    assert one.converted == one.built == 0
    parallel, two = _site(project, 2)
    pages = len(list(project.docs_dir.rglob("*.md")))
    assert two.converted == pages > 20
    # Built by the workers too; their HTML went through the spool, removed after the build
    # (the tags page, whose listing the tags plugin writes into its HTML, did not).
    assert two.built == pages
    # The workers that built the pages took their search records too; the index the same.
    assert two.indexed == pages and one.indexed == 0
    assert any(Path(m).name.startswith("dossier-pages-") for m in made)
    assert not list(spool.glob("dossier-pages-*"))
    assert parallel == serial


def test_an_mkdocs_not_tested_with_builds_every_page_itself(project, monkeypatch):
    """MkDocs' private page loop is used only under the versions the tests cover (site/gate.py):
    under another, MkDocs' own loop builds every page (the workers only convert, through
    MkDocs' public Page.render) and dossier's own converter is not used; the same site."""
    from dossier.site import direct, gate

    parallel, two = _site(project, 2)
    assert two.converted > 20
    monkeypatch.setattr(gate, "TESTED_MKDOCS", ("0.0.",))
    calls = []
    monkeypatch.setattr(direct, "convert", lambda *a, **k: calls.append(a))
    plain, report = _site(project, 2)
    assert report.built == 0 and two.built > 20 and not calls
    assert plain == parallel


def test_a_plugin_that_collects_pages_keeps_them_in_mkdocs_process(project):
    """MkDocs' search plugin collects every page in its page-context event: with it in the
    config, the workers still convert the pages, but MkDocs builds them itself."""
    config = project.config_file
    config.write_text(config.read_text("utf-8").replace("  - tags\n", "  - tags\n  - search\n"),
                      "utf-8")
    serial, _ = _site(project, 1)
    parallel, report = _site(project, 2)
    assert report.converted > 20 and report.built == 0
    assert parallel == serial
    assert (project.site_dir / "search" / "search_index.json").exists()


def test_a_warning_in_a_worker_still_fails_a_strict_build(project):
    assert mkdocs_parallel.usable(2)
    (project.docs_dir / "about.md").write_text("# O\n\n[zepsuty](nie-ma-takiej-strony.md)\n",
                                               "utf-8")
    with pytest.raises(DossierError):
        _site(project, 2)


def test_few_pages_go_to_workers_only_when_their_markdown_is_large(tmp_path):
    from types import SimpleNamespace

    def pages(*sizes):
        out = []
        for i, size in enumerate(sizes):
            path = tmp_path / f"{i}-{size}.md"
            path.write_bytes(b"x" * size)
            out.append(SimpleNamespace(file=SimpleNamespace(abs_src_path=str(path))))
        return out

    big = mkdocs_parallel.MIN_BYTES
    assert not mkdocs_parallel._worth_workers(pages(10, 10), 200)
    assert mkdocs_parallel._worth_workers(pages(big // 2, big // 2 + 1), 200)
    assert not mkdocs_parallel._worth_workers(pages(big * 2), 200)  # one page: no gain
    assert mkdocs_parallel._worth_workers(pages(10, 10), 2)
    # A page with no source file (generated in memory) counts for nothing, not an error.
    assert not mkdocs_parallel._worth_workers(
        [SimpleNamespace(file=SimpleNamespace(abs_src_path=None))] * 3, 200)
