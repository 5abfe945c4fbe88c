"""What a reader does, in a real browser (headless Chromium driven by Playwright): search in
any inflected form, follow links from article to profile to article, see the timeline and
the network drawn, with no JavaScript error. Screenshots go to build/screenshots/."""

import os
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from sitetools import served_build

SHOTS = ROOT / "build" / "screenshots"


def _browser_path() -> str | None:
    for name in (os.environ.get("DOSSIER_CHROMIUM"), "chromium", "chromium-browser",
                 "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    path = _browser_path()
    if path is None:
        pytest.skip("no Chromium on this machine (.ci/run installs Debian's chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from served_build(ROOT, tmp_path_factory.mktemp("browser") / "project")


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    pg = context.new_page()
    errors = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield pg
    context.close()
    assert not errors, errors


def _shot(page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def _search(page, server, query: str) -> list[str]:
    """Type a query into the header's search box as a reader would."""
    page.goto(server.url)
    box = page.locator(".dossier-search__input")
    box.click()
    page.keyboard.type(query, delay=20)
    page.wait_for_selector(".dossier-search__link", timeout=15000)
    # Each keystroke starts a search: read the results once the last one has answered and
    # they stop changing (on a loaded machine a prefix's results may show first).
    page.wait_for_load_state("networkidle")
    read = "els => els.map(e => e.getAttribute('href'))"
    hrefs = page.eval_on_selector_all(".dossier-search__link", read)
    for _ in range(20):
        page.wait_for_timeout(250)
        again = page.eval_on_selector_all(".dossier-search__link", read)
        if again == hrefs:
            break
        hrefs = again
    return hrefs


def test_one_query_downloads_little(page, server):
    """What the browser fetches to answer one query: the index's manifest, chunks and fragments, not a whole index."""
    fetched = []
    page.on("response", lambda r: fetched.append((r.url, len(r.body()) if r.ok else 0)))
    _search(page, server, "Tokajewowi")
    search_bytes = sum(n for url, n in fetched if "/dossier-search/" in url)
    assert 0 < search_bytes < 500_000, fetched


def test_a_failed_index_fetch_is_asked_for_again(browser, server):
    """A manifest that failed to arrive (the network, a deploy in progress) is not kept: the
    reader's next query fetches it again and finds its results. (A page of its own: the
    failed request is logged to the console, which the page fixture counts as an error.)"""
    page = browser.new_page()
    failed = []

    def fail_once(route):
        if not failed:
            failed.append(route.request.url)
            return route.abort()
        return route.continue_()

    page.route("**/dossier-search/index.json", fail_once)
    page.goto(server.url)
    box = page.locator(".dossier-search__input")
    box.fill("Tokajewowi")
    page.wait_for_function(
        "document.querySelector('.dossier-search__message').textContent.length > 0")
    assert failed and page.locator(".dossier-search__link").count() == 0
    box.fill("Tokajew")
    page.wait_for_selector(".dossier-search__link", timeout=15000)
    assert "actors/kasym-zomart-tokajew/" in page.get_attribute(".dossier-search__link", "href")
    page.close()


@pytest.mark.parametrize("query,expected,first", [
    ("Ałmatach", "articles/000_fa6e131e1ecad4e0/", False),
    ("Tokajewowi", "actors/kasym-zomart-tokajew/", True),
    ("Łukaszence", "actors/alaksandr-lukaszenka/", True),
    ("Nur-Sułtanu", "articles/001_01fde6d5beb19eeb/", False),
])
def test_search_understands_inflection(page, server, query, expected, first):
    hrefs = _search(page, server, query)
    assert any(expected in h for h in hrefs), hrefs
    if first:
        assert expected in hrefs[0], hrefs
    _shot(page, f"search-{expected.split('/')[1]}")


def test_a_phrase_finds_its_article_not_the_profiles_that_quote_it(page, server):
    """A profile quotes each mention's sentence; the index takes those sentences from the
    article only (search_index.py), so the profiles quoting it are not results too."""
    hrefs = _search(page, server, "Kompania wojsk białoruskich")
    assert any("articles/001_01fde6d5beb19eeb/" in h for h in hrefs), hrefs
    assert not any("actors/" in h for h in hrefs), hrefs


def test_search_excerpts_quote_the_page_not_the_name_forms(page, server):
    """The hidden name forms make "Tokajewowi" find pages; the excerpts shown are the pages'
    own words, with the matches marked, not the list of forms ("Tokajewach" is in no text)."""
    _search(page, server, "Tokajewowi")
    excerpts = page.eval_on_selector_all(".dossier-search__excerpt",
                                         "els => els.map(e => e.textContent)")
    assert excerpts and not any("Tokajewach" in e for e in excerpts), excerpts
    assert page.eval_on_selector_all(".dossier-search__excerpt mark", "els => els.length")


def test_walk_article_profile_article(page, server):
    page.goto(server.url + "articles/000_fa6e131e1ecad4e0/")
    _shot(page, "article")
    page.click("article a[href$='actors/kasym-zomart-tokajew/']")
    page.wait_for_url("**/actors/kasym-zomart-tokajew/")
    assert page.inner_text("h1").rstrip("¶") == "Kasym-Żomart Tokajew"
    _shot(page, "profile")
    page.click("article a[href*='articles/001_01fde6d5beb19eeb/']")
    page.wait_for_url("**/articles/001_01fde6d5beb19eeb/**")
    assert "Strzały na placu" in page.inner_text("h1")


def test_timeline_and_graph_are_drawn(page, server):
    page.goto(server.url + "timeline/")
    assert page.locator(".dossier-timeline-chart circle").count() >= 5
    assert page.locator(".dossier-timeline-chart circle").first.is_visible()
    _shot(page, "timeline")
    page.goto(server.url + "graph/")
    # With script the live view replaces the picture (tests/test_network.py; the picture,
    # for readers without script, is checked there too).
    page.wait_for_selector(".dossier-network canvas", timeout=15000)
    box = page.locator(".dossier-network__canvas").bounding_box()
    assert box["width"] > 400 and box["height"] > 400
    _shot(page, "graph")
    page.goto(server.url)
    _shot(page, "home")
