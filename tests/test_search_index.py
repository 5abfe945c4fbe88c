"""The search index dossier writes after MkDocs (search_index.py): what it takes from a page,
what it leaves out, and files a query can read (the browser tests read them in Chromium)."""

import itertools
import json
import os
import shutil

from dossier.site import search_index, search_record
from dossier.site.search_index import build_search_index, fold, words

PAGE = """<!doctype html><html><head><title>{title} - Site</title></head><body>
<nav>Menu Nawigacja</nav><div class="md-content"><article>{body}</article></div>
<footer>Stopka strony</footer></body></html>"""


def _page(path, body, title="T"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PAGE.format(title=title, body=body), "utf-8")


def _site(tmp_path):
    site = tmp_path / "site"
    _page(site / "index.html", '<div data-search-body><h1 id="h">Strona główna'
          '<a class="headerlink" href="#h">¶</a></h1><p>Witamy w dossier.</p></div>')
    _page(site / "articles" / "a" / "index.html",
          '<div data-search-body><h1>Zamieszki w Ałmaty</h1><nav class="md-tags">Tagname</nav>'
          '<p>Prezydent <strong>Tokajew</strong> przemówił.</p><p>Drugi&nbsp;akapit.</p>'
          '<span class="dossier-search-terms" hidden data-search-forms="Tokajewowi Tokajewem">'
          '</span></div>')
    _page(site / "actors" / "x" / "index.html",
          '<div data-search-body><h1>Kasym-Żomart Tokajew</h1><div class="dossier-meta">'
          '<code>plik.txt</code> Rodzaj: osoba</div><div class="dossier-contexts">'
          '<p>Cytowane zdanie z artykułu.</p></div></div>')
    _page(site / "actors" / "hidden" / "index.html", "<p>Bez oznaczenia: poza indeksem.</p>")
    return site


def _file(url: str) -> str:
    return url if url.endswith(".html") else url + "index.html"


def _read(site):
    out = site / search_index.OUTPUT
    manifest = json.loads((out / "index.json").read_text("utf-8"))
    postings = {}
    for i in range(len(manifest["chunks"])):
        for word, pairs in json.loads((out / "w" / f"{i}.json").read_text("utf-8")):
            page, pages = 0, []
            for j in range(0, len(pairs), 2):
                page += pairs[j]
                pages.append(page)
            postings[word] = pages
    read = {int(p.stem): json.loads(p.read_text("utf-8")) for p in (out / "f").glob("*.json")}
    assert len(read) == manifest["pages"]
    # Postings name pages by their fragment's number (a slot from a hash of the URL):
    # renumbered here 0, 1, ... in the order of the site's files.
    numbers = sorted(read, key=lambda n: _file(read[n]["url"]))
    fragments = [read[n] for n in numbers]
    renumber = {n: i for i, n in enumerate(numbers)}
    postings = {w: sorted(renumber[n] for n in pages) for w, pages in postings.items()}
    return manifest, postings, fragments


def test_folding_matches_a_reader_without_polish_letters():
    assert fold("Łukaszenka ŻÓŁW Ałmaty") == "lukaszenka zolw almaty"
    assert words("Nur-Sułtan, 2022 r.") == ["nur", "sultan", "2022", "r"]


def test_the_index_takes_the_marked_content_only(tmp_path):
    site = _site(tmp_path)
    assert build_search_index(site, "pl", workers=1) is None
    manifest, postings, fragments = _read(site)
    urls = [f["url"] for f in fragments]
    assert urls == ["actors/x/", "articles/a/", ""]  # the unmarked page is not indexed
    by_url = {f["url"]: f for f in fragments}
    article = by_url["articles/a/"]
    assert article["title"] == "Zamieszki w Ałmaty"
    # The sentences an excerpt may quote: the text less the title (shown above it).
    assert article["sentences"] == ["Prezydent Tokajew przemówił.", "Drugi akapit."]
    assert by_url[""]["title"] == "Strona główna"  # the permalink's ¶ left out
    # A profile's metadata box is indexed ("rodzaj" finds it), never quoted; the sentences it
    # quotes from articles are quoted, not indexed (the articles are found by them).
    profile = by_url["actors/x/"]["sentences"]
    assert profile == ["Cytowane zdanie z artykułu."]
    assert "rodzaj" in postings and "plik" not in postings
    # The home page lists others: it ranks after every other result.
    (last,) = manifest["last"]  # a page's number: its fragment's
    assert json.loads((site / "dossier-search" / "f" / f"{last}.json").read_text())["url"] == ""
    number = urls.index("articles/a/")
    # The hidden forms find the page without being part of its text; folded words.
    assert postings["tokajewowi"] == [number] and "Tokajewowi" not in " ".join(article["sentences"])
    assert postings["almaty"] == [number]
    assert postings["tokajew"] == [urls.index("actors/x/"), number]
    for absent in ("menu", "stopka", "tagname", "cytowane", "plik", "oznaczenia"):
        assert absent not in postings
    # The manifest's ranges cover the chunks' words, in order, so a query finds its chunk.
    ordered = [w for i in range(len(manifest["chunks"]))
               for w, _ in json.loads((site / "dossier-search" / "w" / f"{i}.json").read_text())]
    assert ordered == sorted(ordered) and len(ordered) == len(postings)
    assert manifest["chunks"][0][0] == ordered[0] and manifest["chunks"][-1][1] == ordered[-1]


def _fragment(out, url):
    """The fragment file of the page at ``url``."""
    return next(p for p in (out / "f").glob("*.json")
                if json.loads(p.read_text("utf-8"))["url"] == url)


def test_title_words_and_short_pages_score_higher(tmp_path):
    site = _site(tmp_path)
    build_search_index(site, "pl", workers=1)
    out = site / "dossier-search"
    scores = {}
    for i in range(len(json.loads((out / "index.json").read_text())["chunks"])):
        for word, pairs in json.loads((out / "w" / f"{i}.json").read_text()):
            numbers = itertools.accumulate(pairs[0::2])
            scores[word] = dict(zip(numbers, pairs[1::2]))
    number = {url: int(_fragment(out, url).stem) for url in ("actors/x/", "articles/a/")}
    # in the profile's title, in the article's text
    profile, article = (scores["tokajew"][number[u]] for u in ("actors/x/", "articles/a/"))
    assert profile % 256 > article % 256
    # The title's share: "Tokajew" is a third of "Kasym-Żomart Tokajew", none of the article's.
    assert profile // 256 == 33 and article // 256 == 0
    assert scores["zamieszki"][number["articles/a/"]] // 256 == 33
    assert scores["przemowil"][number["articles/a/"]] // 256 == 0
    # A word of the page's names (its hidden forms) says so: NAMED added to the share.
    assert scores["tokajewowi"][number["articles/a/"]] // 256 == search_index.NAMED
    assert all(1 <= s % 256 <= 255 for pairs in scores.values() for s in pairs.values())


def test_small_chunks_split_the_words_and_the_output_is_deterministic(tmp_path, monkeypatch):
    site = _site(tmp_path)
    monkeypatch.setattr(search_index, "CHUNK_BYTES", 20)
    build_search_index(site, "pl", workers=1)
    out = site / "dossier-search"
    first = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    manifest = json.loads(first[next(k for k in first if k.name == "index.json")])
    assert len(manifest["chunks"]) > 5
    for (_, last), (nxt, _) in zip(manifest["chunks"], manifest["chunks"][1:]):
        assert last < nxt
    build_search_index(site, "pl", workers=1)
    again = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert again == first


def test_a_site_with_no_marked_page_is_reported(tmp_path):
    site = tmp_path / "site"
    _page(site / "index.html", "<p>Nic.</p>")
    assert "empty" in build_search_index(site, "pl", workers=1)


def test_workers_write_the_index_a_single_process_writes(tmp_path, monkeypatch):
    site = _site(tmp_path)
    out = site / search_index.OUTPUT

    def files():
        return {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*"))
                if p.is_file()}

    build_search_index(site, "pl", workers=1)
    serial = files()
    monkeypatch.setattr(search_index, "PARALLEL_PAGES", 1)
    build_search_index(site, "pl", workers=2)
    assert files() == serial


def _index_files(site):
    out = site / search_index.OUTPUT
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file()}


def test_a_cached_index_reads_only_the_pages_that_changed(tmp_path, monkeypatch):
    site = _site(tmp_path)
    cache = tmp_path / "search.pickle"
    assert build_search_index(site, "pl", workers=1, cache_file=cache) is None
    cold = _index_files(site)
    read = []
    original = search_record.page_record
    monkeypatch.setattr(search_record, "page_record",
                        lambda html: read.append(html) or original(html))
    assert build_search_index(site, "pl", workers=1, cache_file=cache) is None
    assert read == [] and _index_files(site) == cold
    # A page written again (a new file, as the site builder writes it) is read again, and
    # the index is the one a build without the cache makes.
    page = site / "articles" / "a" / "index.html"
    html = page.read_text("utf-8").replace("Drugi", "Trzeci")
    page.unlink()
    page.write_text(html, "utf-8")
    assert build_search_index(site, "pl", workers=1, cache_file=cache) is None
    assert len(read) == 1
    warm = _index_files(site)
    assert build_search_index(site, "pl", workers=1) is None
    assert warm == _index_files(site) != cold


def _rewrite(page, old, new):
    html = page.read_text("utf-8").replace(old, new)
    page.unlink()  # a new file, as the site builder writes it
    page.write_text(html, "utf-8")


def test_the_cache_grows_by_a_journal_and_a_broken_journal_costs_only_time(tmp_path,
                                                                           monkeypatch):
    from dossier.site import search_cache

    site = _site(tmp_path)
    cache = tmp_path / "search.pickle"
    journal = tmp_path / "search.pickle.journal"
    assert build_search_index(site, "pl", workers=1, cache_file=cache) is None
    base = cache.read_bytes()
    assert not journal.exists()
    read = []
    original = search_record.page_record
    monkeypatch.setattr(search_record, "page_record",
                        lambda html: read.append(html) or original(html))
    page = site / "articles" / "a" / "index.html"
    _rewrite(page, "Drugi", "Trzeci")
    assert build_search_index(site, "pl", workers=1, cache_file=cache) is None
    # The base is not written again; the journal holds the page read again.
    assert cache.read_bytes() == base and journal.stat().st_size > 0 and len(read) == 1
    warm = _index_files(site)
    assert build_search_index(site, "pl", workers=1, cache_file=cache) is None
    assert len(read) == 1 and _index_files(site) == warm  # the journal was read
    # A journal of another base is not trusted: the page is read again, the index the same,
    # and the next build writes a base of its own.
    loaded = search_cache.load_cache(cache)
    with open(journal, "wb") as fh:
        import pickle

        pickle.dump(("another", {k: ("wrong",) for k in loaded.pages}, {}), fh)
    assert build_search_index(site, "pl", workers=1, cache_file=cache) is None
    assert _index_files(site) == warm and len(read) > 1
    assert cache.read_bytes() != base and not journal.exists()
    # Once the journal has grown to half the base, the base is written again.
    _rewrite(page, "Trzeci", "Piąty")
    assert build_search_index(site, "pl", workers=1, cache_file=cache) is None
    assert journal.exists()

    def grown(path):
        loaded = search_cache.load_cache(path)
        loaded.journal_bytes = loaded.base_bytes
        return loaded

    monkeypatch.setattr(search_index, "load_cache", grown)
    _rewrite(page, "Piąty", "Czwarty")
    before = cache.read_bytes()
    assert build_search_index(site, "pl", workers=1, cache_file=cache) is None
    assert cache.read_bytes() != before and not journal.exists()
    assert build_search_index(site, "pl", workers=1) is None
    cold = _index_files(site)
    monkeypatch.undo()
    assert build_search_index(site, "pl", workers=1, cache_file=cache) is None
    assert _index_files(site) == cold


def test_an_index_written_over_the_last_one_equals_a_fresh_one_and_spares_linked_files(
        tmp_path):
    """The builder links the live site's index into the site being built: the index written
    there is the one a fresh folder gets, the last index's leftovers are gone, and a file
    that changes is replaced, never written into (the live site's copy keeps its bytes)."""
    site = _site(tmp_path)
    assert build_search_index(site, "pl", workers=1) is None
    fresh = _index_files(site)
    out = site / search_index.OUTPUT
    live = tmp_path / "live"
    live.mkdir()
    manifest = out / "index.json"
    os.link(manifest, live / "index.json")
    kept = _fragment(out, "actors/x/")  # the same after the edit
    os.link(kept, live / "1.json")
    before = manifest.read_bytes()
    (out / "w" / "99.json").write_text("[]", "utf-8")
    (out / "pagefind").mkdir()
    (out / "pagefind" / "x.js").write_text("", "utf-8")
    _rewrite(site / "index.html", "Witamy", "Żegnamy")
    assert build_search_index(site, "pl", workers=1) is None
    assert (live / "index.json").read_bytes() == before != manifest.read_bytes()
    assert os.path.samefile(kept, live / "1.json")  # the same bytes: not written again
    rebuilt = _index_files(site)
    shutil.rmtree(out)
    assert build_search_index(site, "pl", workers=1) is None
    assert rebuilt == _index_files(site) != fresh
