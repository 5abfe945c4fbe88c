"""The results a reader is shown, in a real browser over the default dossier: the count is
what can be reached (show more, to the end), a page whose title the query names whole comes
first, the pages that list or chart others (home, indexes, tags, network, timeline) come
after every article and profile, excerpts quote sentences holding the matched word and
never a profile's metadata or a chart's labels, only the matched words are marked, and no
request leaves the site."""

import re

import pytest

from conftest import ROOT
from dossier.site.search_index import fold
from sitetools import served_build
from test_browser import browser  # noqa: F401 (the fixture)

LISTING = re.compile(r"^(|actors/|articles/|tags/|graph/|timeline/)$")
QUERIES = ["Kazachstan", "Kazachstanu", "Rosji", "protestów", "prezydent Tokajew", "lotnisku"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from served_build(ROOT, tmp_path_factory.mktemp("results") / "project")


@pytest.fixture
def page(browser, server):  # noqa: F811
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    pg = context.new_page()
    errors, outside = [], []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    pg.on("request", lambda r: None if r.url.startswith((server.url, "data:", "blob:"))
          else outside.append(r.url))
    yield pg
    context.close()
    assert not errors, errors
    assert not outside, outside


def _all_results(page, server, query: str) -> tuple[int, list[tuple[str, str, list[str]]]]:
    """The count shown, and every result (path, excerpt, marked words) after clicking "show
    more" until it is gone."""
    page.goto(server.url)
    page.fill(".dossier-search__input", query)
    page.wait_for_function(
        "document.querySelector('.dossier-search__message').textContent.length > 0",
        timeout=30000)
    page.wait_for_timeout(300)
    while page.is_visible(".dossier-search__more"):
        n = page.locator(".dossier-search__result").count()
        page.click(".dossier-search__more")
        page.wait_for_function(
            f"document.querySelectorAll('.dossier-search__result').length > {n}", timeout=15000)
    message = page.text_content(".dossier-search__message")
    count = int(re.match(r"\d+", message).group()) if message[0].isdigit() else 0
    rows = page.eval_on_selector_all(".dossier-search__result", """els => els.map(e => [
        e.querySelector('a').getAttribute('href'),
        (e.querySelector('.dossier-search__excerpt') || {}).textContent || '',
        Array.from(e.querySelectorAll('mark')).map(m => m.textContent)])""")
    return count, [(h.replace(server.url, ""), x, m) for h, x, m in rows]


def test_the_count_is_what_show_more_reaches(page, server):
    count, rows = _all_results(page, server, "Kazachstan")
    assert count > 8  # more than one screen of results: "show more" is needed
    assert len(rows) == count
    assert len({h for h, _x, _m in rows}) == count  # no result twice


@pytest.mark.parametrize("query,first", [("Kazachstan", "actors/kazachstan/"),
                                          ("Kazachstanu", "actors/kazachstan/"),
                                          ("Rosji", "actors/rosja/"),
                                          ("Armenia", "actors/armenia/")])
def test_a_title_the_query_names_ranks_first(page, server, query, first):
    _count, rows = _all_results(page, server, query)
    assert rows[0][0] == first, [h for h, _x, _m in rows[:5]]


@pytest.mark.parametrize("query", QUERIES)
def test_listing_pages_come_after_articles_and_profiles(page, server, query):
    _count, rows = _all_results(page, server, query)
    kinds = [bool(LISTING.match(h)) for h, _x, _m in rows]
    assert kinds == sorted(kinds), [h for h, _x, _m in rows]


@pytest.mark.parametrize("query", QUERIES)
def test_excerpts_quote_matching_sentences_not_metadata(page, server, query):
    _count, rows = _all_results(page, server, query)
    assert rows
    for href, text, marks in rows:
        for junk in ("Rodzaj:", "Formy w tekście", "Wzmianki:", "Przeciągnij", "Co najmniej"):
            assert junk not in text, (href, text)
        if text:  # an excerpt is a sentence holding a matched word, marked
            assert marks, (href, text)
    assert sum(1 for _h, text, _m in rows if text) >= len(rows) // 2
    if query == "lotnisku":
        # "lotniska" is a form of its word; "lotniczy" (port lotniczy) only starts alike.
        marks = [fold(m) for _h, _x, ms in rows for m in ms]
        assert marks and all(m.startswith("lotnisk") for m in marks), marks
    if query == "Kazachstan":
        assert all(any(fold(m).startswith("kazachstan") for m in ms)
                   for _h, text, ms in rows if text), rows


def test_screenshots_of_the_results(browser, server):  # noqa: F811
    from test_browser import SHOTS
    SHOTS.mkdir(parents=True, exist_ok=True)
    for name, width in (("desktop", 1280), ("phone", 390)):
        context = browser.new_context(viewport={"width": width, "height": 900})
        pg = context.new_page()
        pg.goto(server.url)
        if width < 700 and not pg.is_visible(".dossier-search__input"):
            pytest.fail("the search box is not visible at 390 px")
        pg.fill(".dossier-search__input", "Kazachstan")
        pg.wait_for_selector(".dossier-search__link", timeout=30000)
        pg.wait_for_timeout(300)
        pg.screenshot(path=str(SHOTS / f"search-results-{name}.png"))
        box = pg.locator(".dossier-search__drawer").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width + 1, box
        context.close()
