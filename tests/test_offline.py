"""The briefing that opens anywhere: `dossier build --offline` opened from file:// in Chromium
(every link lands on a page, not a folder listing; no console error; search says it needs a
server), and `dossier pack` writing the same zip twice."""

import hashlib
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from conftest import ROOT
from dossier.cli.main import main
from dossier.site.offline import rewrite_links
from sitetools import copy_project
from test_browser import browser  # noqa: F401 (the fixture)


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory) -> Path:
    project = copy_project(ROOT, tmp_path_factory.mktemp("offline") / "project")
    assert main(["build", "--offline", "--project", str(project), "-q"]) == 0
    return project / "site"


def _links(page) -> list[str]:
    return page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")


def test_every_link_of_the_offline_site_lands_on_a_page(browser, offline_site):  # noqa: F811
    """Walk the whole site from index.html as a reader clicking would, from file://."""
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    start = (offline_site / "index.html").as_uri()
    todo, seen, bad = [start], {start}, []
    while todo:
        url = todo.pop()
        page.goto(url)
        assert page.locator("article.md-content__inner").count() == 1, url
        for href in _links(page):
            parsed = urlparse(href)
            if parsed.scheme != "file":
                continue  # a source's own address: leaves the briefing on purpose
            target = Path(unquote(parsed.path))
            if not target.is_file():
                bad.append((url, href))  # a folder (listing) or nothing at all
                continue
            bare = target.as_uri()
            if target.suffix == ".html" and bare not in seen:
                seen.add(bare)
                todo.append(bare)
    context.close()
    assert not bad, bad[:10]
    assert not errors, errors[:10]
    html_pages = list(offline_site.rglob("*.html"))
    # Every page but 404.html is reached by links alone.
    assert len(seen) >= len(html_pages) - 1, sorted(set(p.as_uri() for p in html_pages) - seen)


def test_the_network_runs_from_file(browser, offline_site):  # noqa: F811
    """Cytoscape.js comes from beside the page, so the live view works from a file too, and
    its clicks open the profile's file."""
    page = browser.new_page()
    page.goto((offline_site / "graph" / "index.html").as_uri())
    page.wait_for_selector(".dossier-network canvas", timeout=15000)
    href = page.evaluate("document.querySelector('[data-dossier-network]').dossierNetwork"
                         ".getElementById('kasym-zomart-tokajew').data('href')")
    assert href.startswith("file://") and href.endswith("/actors/kasym-zomart-tokajew.html")
    assert Path(unquote(urlparse(href).path)).is_file()
    page.close()


def test_offline_search_says_it_needs_a_server(browser, offline_site):  # noqa: F811
    page = browser.new_page()
    page.goto((offline_site / "index.html").as_uri())
    page.locator(".dossier-search__input").fill("Tokajew")
    page.wait_for_function(
        "document.querySelector('.dossier-search__message').textContent.length > 0")
    assert "http.server" in page.text_content(".dossier-search__message")
    page.close()


def test_folder_links_become_page_links(tmp_path):
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "a.html").write_text("x")
    (tmp_path / "actors" / "index.html").write_text("x")
    page = tmp_path / "index.html"
    page.write_text('<a href="actors/a/#p3">a</a> <a href="actors/">all</a> '
                    '<a href="https://example.org/x/">out</a> <a href="#top">top</a> '
                    '<img src="actors/missing/"> <a href="actors/a.html">file</a>')
    # A page that was served from actors/a/: its folder links count from there.
    (tmp_path / "actors" / "a.html").write_text('<a href="../">up</a> <a href="./">me</a>')
    assert rewrite_links(tmp_path) == 4
    assert page.read_text() == ('<a href="actors/a.html#p3">a</a> '
                                '<a href="actors/index.html">all</a> '
                                '<a href="https://example.org/x/">out</a> <a href="#top">top</a> '
                                '<img src="actors/missing/"> <a href="actors/a.html">file</a>')
    assert (tmp_path / "actors" / "a.html").read_text() == \
        '<a href="index.html">up</a> <a href="a.html">me</a>'


def test_pack_writes_the_same_zip_twice(project, tmp_path):
    digests = []
    for name in ("a.zip", "b.zip"):
        assert main(["pack", "--project", str(project), "-o", str(tmp_path / name), "-q"]) == 0
        digests.append(hashlib.sha256((tmp_path / name).read_bytes()).hexdigest())
    assert digests[0] == digests[1]
    with zipfile.ZipFile(tmp_path / "a.zip") as zf:
        names = zf.namelist()
        assert f"{project.name}/index.html" in names
        assert names == sorted(names)
        assert zf.testzip() is None
        site_files = sorted(p.relative_to(project / "site").as_posix()
                            for p in (project / "site").rglob("*") if p.is_file())
        assert names == [f"{project.name}/{n}" for n in site_files]


def test_pack_refuses_a_zip_inside_the_site(project, capsys):
    (project / "site").mkdir()
    assert main(["pack", "--project", str(project), "-o", str(project / "site" / "x.zip"),
                 "-q"]) == 1
    assert "inside the site" in capsys.readouterr().err
