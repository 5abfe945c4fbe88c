"""The word index kept from build to build (search_postings.py): a page's number depends on
its URL alone, and an index updated after an edit or a removal is the one a cold build
writes, byte for byte, having written again only what holds the pages that changed."""

import json
import shutil

from dossier.site.search_index import OUTPUT, build_search_index
from dossier.site.search_postings import page_numbers

PAGE = """<!doctype html><html><head><title>{title}</title></head><body>
<div data-search-body><h1>{title}</h1><p>{text}</p></div></body></html>"""
TEXTS = ["Prezydent Tokajew przemówił w Ałmaty.", "Protesty w Ałmaty trwały trzy dni.",
         "Rząd podał się do dymisji.", "Minister mówił o cenach gazu.",
         "Protestujący zajęli lotnisko.", "Tokajew poprosił o pomoc sojuszników."]


def _site(root, texts):
    site = root / "site"
    for i, text in enumerate(texts):
        path = site / "articles" / f"a{i}" / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(PAGE.format(title=f"Artykuł {i}", text=text), "utf-8")
    return site


def _files(site):
    out = site / OUTPUT
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file()}


def _mtimes(site):
    out = site / OUTPUT
    return {p.relative_to(out).as_posix(): p.stat().st_mtime_ns for p in out.rglob("*.json")}


def test_numbers_depend_on_the_urls_alone():
    urls = [f"articles/a{i}/" for i in range(300)] + ["", "actors/", "tags/"]
    numbers, space = page_numbers(urls)
    assert space >= 2 * len(urls) and len(set(numbers.values())) == len(urls)
    assert page_numbers(list(reversed(urls))) == (numbers, space)
    fewer, same_space = page_numbers(urls[:150] + urls[151:])
    assert same_space == space
    # A removal moves no other page's number but those whose slot its own had pushed on.
    moved = [u for u in fewer if fewer[u] != numbers[u]]
    assert len(moved) <= 3 and all(numbers[u] != fewer[u] for u in moved)


def test_an_index_updated_after_an_edit_and_a_removal_is_a_cold_one(tmp_path):
    site = _site(tmp_path / "inc", TEXTS)
    cache = tmp_path / "inc" / "search.pickle"
    assert build_search_index(site, "pl", workers=1, cache_file=cache) is None
    before = _mtimes(site)
    # One article reworded (a new file, as the site builder writes it), another removed.
    edited = site / "articles" / "a2" / "index.html"
    html = edited.read_text("utf-8").replace("dymisji", "dymisji wczoraj")
    edited.unlink()
    edited.write_text(html, "utf-8")
    shutil.rmtree(site / "articles" / "a4")
    assert build_search_index(site, "pl", workers=1, cache_file=cache) is None
    # The same pages, indexed cold.
    cold = tmp_path / "cold" / "site"
    shutil.copytree(site, cold, ignore=shutil.ignore_patterns(OUTPUT))
    assert build_search_index(cold, "pl", workers=1) is None
    assert _files(site) == _files(cold)
    # The fragments of the pages not changed are the last build's files, not written again.
    after = _mtimes(site)
    manifest = json.loads((site / OUTPUT / "index.json").read_text("utf-8"))
    fragments = {json.loads((site / OUTPUT / n).read_bytes())["url"]: n
                 for n in after if n.startswith("f/")}
    assert len(fragments) == manifest["pages"] == 5
    for url in ("articles/a0/", "articles/a1/", "articles/a3/", "articles/a5/"):
        assert after[fragments[url]] == before[fragments[url]]
