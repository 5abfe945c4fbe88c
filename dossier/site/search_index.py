"""The reader's search index: a static, chunked inverted index over the built site.

Why not Pagefind (used up to here) or mkdocs-material's own search: the built-in index is one
JSON file the browser downloads whole before the first result (16.8 MB for the 500-article
dossier of benchmarks/scale.py); Pagefind splits its index, but its indexer holds about
200 KB per indexed page (measured on the articles of benchmarks/scale.py: 35 MB for 105
pages, 185 MB for 842), 3.3 GB for a 10,000-article dossier, and has no option that bounds
it. This index is made the way a query reads it, and holds only what it needs to:

- ``index.json``: the page count, and the sorted words' chunks (first and last word each);
- ``w/N.json``: one chunk of words, each with its pages (numbers as differences) and a score
  per page (BM25's term weight, 1 to 255, the page title's words counting more; plus the
  share of the title the word is, see TITLE_SHARE);
- ``f/N.json``: a page's URL, title and sentences, for the results a reader is shown: the
  sentences of its text, less what is indexed but no excerpt (EXCERPT_EXCLUDED: a profile's
  metadata box, the page's heading), so an excerpt quotes the text that matched;
- ``m/N.json``: folded form -> its lemmas (search_lemmas.py), and ``l/N.json``: folded
  lemma -> the folded words of the dossier that are its forms, which the browser marks in an
  excerpt (the matched words only, never a word that merely starts alike);
- the manifest's ``last``: the pages that list or chart others (the home page, section
  indexes, tags, network, timeline: LAST_PAGES), ranked after every other result.

A query fetches the manifest, the chunks holding its words (a word also matches the longer
words it begins, so "Kazachstan" finds "Kazachstanie"), and the fragments of the results it
shows: the browser script is theme/partials/dossier-search.html. Words are folded (lower
case, no diacritics: "Lukaszenka" finds "Łukaszenka") the same way here and there.

What is indexed is what Pagefind took: in each page the element marked
``data-search-body`` (theme/main.html: the page's content, unless its front matter says
``search: {exclude: true}``), less the selectors of EXCLUDED (search_text.py) and anything marked
``data-search-ignore``; an element's ``data-search-forms`` attribute adds its words to the
page's (the inflected forms of the names on it, emit/search.py) without showing them."""

from __future__ import annotations

import hashlib
import math
import os
from pathlib import Path
from typing import Iterator

from ..workers import can_fork, forked_imap, forked_map
from .search_files import dump, ends_chunk, put, remove_others, utf16, write_table
from .search_cache import SearchCache, load_cache, save_cache
from .search_lemmas import forms_of, warm
from .search_postings import (Postings, load_postings, page_numbers, postings_file,
                              save_postings, update)
# What the index takes of a page (NAMED, TITLE_WEIGHT, fold and words are named here by the
# tests and the browser script too).
from .search_record import (NAMED, TITLE_WEIGHT, content_key, decoded,  # noqa: F401
                            fold_word, identity, page_data, read_bytes, read_page, unpack,
                            url_of)
from .search_text import fold, words  # noqa: F401

OUTPUT = "dossier-search"
# Pages ranked after every other result: the home page, the tags, the network and the
# timeline (besides any page that is the index of a folder of indexed pages: actors/).
LAST_PAGES = ("", "tags/", "graph/", "timeline/")
# BM25's constants.
K1, B = 1.2, 0.75
# A posting's score: BM25's term weight on the page (1 to 255), plus TITLE_SHARE times the
# share of the page's title this word is, in hundredths: the browser ranks a page higher the
# more of its title a query names ("Donald Tusk" puts the profile titled so before the
# articles that name him in their text and title alike, whose weights BM25 saturates).
TITLE_SHARE = 256
# BM25's average page length is rounded to this many steps per doubling (_rounded_average).
AVERAGE_STEPS = 8
# A chunk of the word index holds about this many bytes (unless one word's pages alone
# take more).
CHUNK_BYTES = 24_000
# The chunks of m/ (form -> lemmas) and l/ (lemma -> forms) are smaller: a query reads one
# entry of each per word (the manifest names each chunk by its first key only).
FORM_CHUNK_BYTES, LEMMA_CHUNK_BYTES = 8_000, 4_000
# Below this many pages, or this many bytes of them, one process parses them (workers cost
# more than they save). After an edit the pages made again are few but large: the indexes
# and the profiles of the actors most named (8 MB for 111 pages at 1,000 articles).
PARALLEL_PAGES, PARALLEL_BYTES = 400, 2_000_000

def _read(job: tuple, index: int) -> tuple:
    """Page ``index``'s content key and, unless the cache holds its record, what the index
    takes of it (page_data), in a worker: (key, record, whether it was parsed)."""
    files, site_dir, cached = job
    read = read_bytes(files[index], site_dir)
    if read is None:
        return None, None, False
    url, data = read
    key = content_key(url, data)
    if key in cached:
        return key, None, False
    return key, page_data(decoded(data), url), True


def _records(files: list[Path], site_dir: Path, workers: int, cache: SearchCache,
             kept: SearchCache, built: dict) -> Iterator[tuple]:
    """(content key, read_page's record) of every page, in the pages' order: what the
    worker that built it took (``built``, by the file's identity), else the cache's record
    of its content key, known from the file's identity (cache.stats) or else by reading
    and hashing it; the pages the cache does not hold are parsed, by workers as they finish
    them (the parent merges each into the index and lets it go). ``kept`` receives what the
    next build's cache holds."""
    identities = [identity(site_dir, p) for p in files]
    known = [built[i][0] if i in built else cache.stats.get(i) for i in identities]
    todo = [n for n, key in enumerate(known)
            if identities[n] not in built and (key is None or key not in cache.pages)]
    # Forked only from a single-threaded process (`mkdocs serve` runs its server beside).
    parallel = len(todo) > 1 and can_fork() and (
        len(todo) >= PARALLEL_PAGES or sum(identities[i][1] for i in todo) >= PARALLEL_BYTES)
    if todo:
        warm()  # the dictionaries, loaded once here for the workers
    fresh = forked_imap(_read, todo, (files, site_dir, cache.pages), workers, parallel,
                        chunksize=max(1, len(todo) // (workers * 32)))
    for ident, key in zip(identities, known):
        if ident in built:
            key, record = built[ident]
        elif key is not None and key in cache.pages:
            record = cache.pages[key]
        else:
            key, record, parsed = next(fresh)
            if key is None:  # gone or unreadable since it was listed
                yield None, None
                continue
            if not parsed:
                record = cache.pages[key]
        kept.stats[ident], kept.pages[key] = key, record
        yield key, record


def _write_forms(out: Path, pairs: set[tuple[str, str]], digest, cache: SearchCache,
                 kept: SearchCache) -> list[str]:
    """m/N.json: folded form -> the folded lemmas it is a form of, for every form of every
    lemma of the dossier that differs from its lemma (search_lemmas.py), in chunks of about
    FORM_CHUNK_BYTES; returns each chunk's first form, for the manifest."""
    table: dict[str, set[str]] = {}
    words_of: dict[str, list[str]] = {}
    for word, lemma in pairs:
        words_of.setdefault(lemma, []).append(word)
    # The lemmas' forms, folded: from the last index's cache, else the dictionaries.
    found = forms_of([lemma for lemma in words_of if lemma not in cache.forms])
    for lemma, written in words_of.items():
        key = fold_word(lemma)
        folded = cache.forms.get(lemma)
        if folded is None:
            folded = tuple(sorted({fold_word(f) for f in found[lemma]}))
        kept.forms[lemma] = folded
        for form in (*written, *folded):
            if form != key:
                table.setdefault(form, set()).add(key)
    return write_table(out, "m", table, FORM_CHUNK_BYTES, digest)


def _write_lemmas(out: Path, pairs: set[tuple[str, str]], digest) -> list[str]:
    """l/N.json: folded lemma -> the folded words of the dossier that are forms of it, for
    the browser to mark every form of a query's word in an excerpt (and nothing else)."""
    table: dict[str, set[str]] = {}
    for word, lemma in pairs:
        table.setdefault(fold_word(lemma), set()).add(word)
    return write_table(out, "l", table, LEMMA_CHUNK_BYTES, digest)


def _last_pages(urls: dict[int, str]) -> list[int]:
    """The numbers of the pages ranked last (LAST_PAGES, and a folder's index page when
    pages below it are indexed: actors/, articles/), in increasing order."""
    below = set()  # the folders some other page's URL is inside
    for u in urls.values():
        below.update(u[:i + 1] for i, c in enumerate(u[:-1]) if c == "/")
    return sorted(n for n, u in urls.items() if u in LAST_PAGES or u in below)


def _rounded_average(average: float) -> float:
    """BM25's average page length, rounded to an eighth of an octave (9 %): the average of
    every page is in every score, so an edit that moved it at all would change nearly every
    chunk of the word index (414 of 414 at 1,000 articles), all to be written again; the
    ranking does not notice a normalisation a few per cent off."""
    if average <= 1.0:
        return 1.0
    return 2.0 ** (round(math.log2(average) * AVERAGE_STEPS) / AVERAGE_STEPS)


def _norm(length: int, average: float) -> float:
    """BM25's length normalisation of a page."""
    return K1 * (1 - B + B * length / max(average, 1.0))


def _scored(counts, length: int, average: float) -> list[tuple[str, int]]:
    """A page's words (``counts``: _pack's) with their scores: BM25's term weight on the
    page (1 to 255) plus TITLE_SHARE times the word's share of the title (and NAMED's)."""
    norm = _norm(length, average)
    out = []
    by_tf: dict[int, int] = {}  # a page's counts are mostly 1, 2, 3: each scored once
    for word, tf, share in unpack(counts):
        score = by_tf.get(tf)
        if score is None:
            weight = tf * (K1 + 1) / (tf + norm)  # BM25's term weight, below K1 + 1
            score = by_tf[tf] = max(1, min(255, round(weight / (K1 + 1) * 255)))
        out.append((word, score + TITLE_SHARE * share))
    return out


def _changes(postings: Postings, pages: dict[int, tuple], records, cache: SearchCache):
    """What changed since the postings were made: number -> the scored words of each page
    gone (or made again) from its number, number -> (content key, scored words) of each
    page made; None when the last build's record of a page gone is not in the cache."""
    gone = {}
    for number, key in postings.pages.items():
        if pages.get(number) != key:
            old = cache.pages.get(key)
            if old is None:
                return None
            # Scored as the postings hold them (they were made with this average).
            gone[number] = dict(_scored(old[0], old[1], postings.average))
    made = {number: (key, _scored(records[number][0], records[number][1],
                                     postings.average))
            for number, key in pages.items() if postings.pages.get(number) != key}
    return gone, made


def _write_words(out: Path, postings: Postings, digest) -> list[list[str]]:
    """w/N.json: the word index in chunks of about CHUNK_BYTES, each word with its pages (as
    differences) and their scores; returns each chunk's first and last word."""
    manifest_chunks: list[list[str]] = []
    current: list[str] = []
    first, size = None, 0
    for word in postings.order:
        if first is None:
            first = word
        current.append(postings.entries[word])
        entry = len(word) + 8 * len(postings.numbers[word]) + 8
        size += entry
        if ends_chunk(word, entry, size, CHUNK_BYTES):
            _flush_words(out, current, len(manifest_chunks), digest)
            manifest_chunks.append([first, word])
            current, first, size = [], None, 0
    if current:
        _flush_words(out, current, len(manifest_chunks), digest)
        manifest_chunks.append([first, postings.order[-1]])
    return manifest_chunks


def _flush_words(out: Path, entries: list[str], number: int, digest) -> None:
    data = ("[" + ",".join(entries) + "]").encode("utf-8")
    digest.update(data)
    put(out / "w" / f"{number}.json", data)


def _write_part(job: tuple, part: str) -> tuple:
    """One of the index's two independent parts, "words" (w/, and the postings kept for
    the next build) or "tables" (m/ and l/, and the cache kept for the next build): what
    the manifest names of it, and its digest."""
    out, postings, changes, pairs, cache, kept, cache_file = job
    digest = hashlib.sha256()
    if part == "words":
        update(postings, *changes)
        if cache_file is not None:
            save_postings(postings_file(cache_file), postings)
        return _write_words(out, postings, digest), digest.digest()
    form_chunks = _write_forms(out, pairs, digest, cache, kept)
    if cache_file is not None:
        save_cache(cache_file, cache, kept)
    return (form_chunks, _write_lemmas(out, pairs, digest)), digest.digest()


def _read_pages(site_dir: Path, files: list[Path], numbers: dict[str, int],
                workers: int | None, cache, kept, built: dict):
    """Read every page (or take what the last index read of a page with its content key)
    and write its fragment. Returns the digest of the fragments, the (folded word, lemma)
    pairs of every page, and by page number: its URL, its (counts, length) and its content
    key."""
    digest = hashlib.sha256()
    pairs: set[tuple[str, str]] = set()
    urls: dict[int, str] = {}
    records: dict[int, tuple] = {}
    pages: dict[int, tuple] = {}
    read = _records(files, site_dir, workers or os.cpu_count() or 1, cache, kept, built)
    for path, (key, record) in zip(files, read):
        if record is None:
            continue
        counts, length, body, seen = record
        url = url_of(site_dir, path)
        number = numbers[url]
        put(site_dir / OUTPUT / "f" / f"{number}.json", body)
        pairs.update(seen)
        urls[number], records[number], pages[number] = url, (counts, length), key
        digest.update(hashlib.sha256(body).digest())
    return digest, pairs, urls, records, pages


def build_search_index(site_dir: Path, language: str = "en", workers: int | None = None,
                       cache_file: Path | None = None, built: dict | None = None) -> str | None:
    """Write site_dir/dossier-search/. Returns a problem to report, or None. ``cache_file``:
    where the last index left what it read of each page (SearchCache), and this one leaves
    its own. ``built``: what the workers that built pages took of them (read_page), by
    the identity of the file they wrote (search_record.identity), with its content key."""
    site_dir = Path(site_dir)
    out = site_dir / OUTPUT
    (out / "w").mkdir(parents=True, exist_ok=True)
    (out / "f").mkdir(exist_ok=True)
    files = sorted((p for p in site_dir.rglob("*.html") if OUTPUT not in p.parts),
                   key=lambda p: p.relative_to(site_dir).as_posix())
    cache, kept = load_cache(cache_file), SearchCache()
    # A page's number is a slot from a hash of its URL (search_postings.page_numbers): an
    # article removed or added moves no other page's number. The numbers of pages with
    # nothing to index are not used.
    numbers, space = page_numbers([url_of(site_dir, p) for p in files])
    digest, pairs, urls, records, pages = _read_pages(site_dir, files, numbers, workers,
                                                      cache, kept, built or {})
    indexed = len(records)
    lengths = sum(length for _, length in records.values())
    average = _rounded_average(lengths / indexed if indexed else 1.0)
    postings = load_postings(None if cache_file is None else postings_file(cache_file),
                             space, average)
    changes = _changes(postings, pages, records, cache)
    if changes is None:  # the last build's records are not all at hand: start afresh
        postings = load_postings(None, space, average)
        changes = _changes(postings, pages, records, cache)
    del records
    # The word index, and the tables of forms and lemmas, are written side by side (each
    # part returns its chunks' names and the digest of what it wrote).
    tables = (out, postings, changes, pairs, cache, kept, cache_file)
    del postings, cache, kept, changes
    (manifest_chunks, words_digest), ((form_chunks, lemma_chunks), tables_digest) = \
        forked_map(_write_part, ["words", "tables"], tables, workers or os.cpu_count() or 1)
    digest.update(words_digest)
    digest.update(tables_digest)
    manifest = {"version": 2, "language": language, "pages": indexed, "forms": form_chunks,
                "lemmas": lemma_chunks, "last": _last_pages(urls),
                # What the browser adds to each file's address, so that after a rebuild it
                # never mixes the new manifest with chunks it keeps from the old index.
                "build": digest.hexdigest()[:12], "chunks": manifest_chunks}
    put(out / "index.json", dump(manifest).encode("utf-8"))
    remove_others(out, {"index.json", *(f"f/{n}.json" for n in urls),
                        *(f"w/{i}.json" for i in range(len(manifest_chunks))),
                        *(f"m/{i}.json" for i in range(len(form_chunks))),
                        *(f"l/{i}.json" for i in range(len(lemma_chunks)))})
    if not indexed:
        return ("search index is empty: no page is marked data-search-body (theme/main.html; "
                "a theme/ made before dossier's own search marks data-pagefind-body: take "
                "main.html and partials/dossier-search.html from a new `dossier init`)")
    return None

