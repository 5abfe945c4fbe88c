"""What the reader's search index takes of one built page (search_index.py builds the index
from it): the page's words and the lemmas of its words with their weighted counts, its
length, its fragment (f/N.json) and its (folded word, lemma) pairs. Made by the workers that
build the pages (parallel.py), from the file each has just written, or by the index for
the pages no worker built."""

from __future__ import annotations

import functools
import hashlib
from array import array
from collections import Counter
from pathlib import Path
from typing import Iterator

from .search_files import dump
from .search_lemmas import LEMMA, lemmas
from .search_text import WORD, fold, page_record, words

# How much a word of the title counts against one of the text.
TITLE_WEIGHT = 4
# A posting's score also says whether the word is one of the page's names (its hidden forms,
# emit/search.py): NAMED times (1 + search_index.TITLE_SHARE) is added.
NAMED = 101


def url_of(site_dir: Path, path: Path) -> str:
    """The page's URL in the index (its folder's, for an index.html)."""
    rel = path.relative_to(site_dir).as_posix()
    if rel == "index.html":
        return ""
    return rel[:-len("index.html")] if rel.endswith("/index.html") else rel


def identity(site_dir: Path, path: Path) -> tuple:
    """The page file's identity: its path in the site, size, modification time and inode.
    Only a shortcut to its content key (the cache's ``stats``): a file keeps the content it
    had while it has this identity (the site builder never writes into a file: it writes a
    new one). A copied or moved site has other inodes: its files are read and hashed again,
    never parsed again."""
    st = path.stat()
    return (path.relative_to(site_dir).as_posix(), st.st_size, st.st_mtime_ns, st.st_ino)


def content_key(url: str, data: bytes) -> str:
    """What a page's record is kept under: a digest of its URL (the record holds it) and
    the bytes of its HTML, the same wherever the site lies."""
    h = hashlib.blake2b(digest_size=16)
    h.update(url.encode("utf-8", "surrogatepass") + b"\0")
    h.update(data)
    return h.hexdigest()


def read_bytes(path: Path, site_dir: Path) -> tuple[str, bytes] | None:
    """The page's URL and its file's bytes; None when it cannot be read."""
    try:
        return url_of(site_dir, path), path.read_bytes()
    except OSError:
        return None


def decoded(data: bytes) -> str:
    """The page's text as read in text mode (universal newlines)."""
    text = data.decode("utf-8", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def read_page(path: Path, site_dir: Path) -> tuple[str | None, object]:
    """The page's content key and page_data; (None, None) when it cannot be read."""
    read = read_bytes(path, site_dir)
    if read is None:
        return None, None
    url, data = read
    return content_key(url, data), page_data(decoded(data), url)


def page_data(html: str, url: str):
    """A page's words with their weighted counts (packed: _pack), its length, its fragment
    (f/N.json: URL, title and sentences) and its (folded word, lemma) pairs; None for a
    page with nothing to index."""
    record = page_record(html)
    if record is None:
        return None
    title, text, forms, said = record
    counts: dict[str, int] = {}
    for word in words(text):
        counts[word] = counts.get(word, 0) + 1
    length = sum(counts.values())
    named = set(words(forms))
    for word in named:
        counts[word] = counts.get(word, 0) + 1
        length += 1
    heading = words(title)
    for word in heading:
        counts[word] = counts.get(word, 0) + TITLE_WEIGHT
    shares = {w: round(100 * heading.count(w) / len(heading)) for w in set(heading)}
    seen = _add_lemmas(counts, shares, text, title)
    body = dump({"url": url, "title": title,
                 "sentences": said}).encode("utf-8")
    return (_pack(counts, shares, named), length, body, seen)


def _pack(counts: dict[str, int], shares: dict[str, int], named: set[str]) -> tuple:
    """A page's (word, count, share) triples as one string and two arrays: what the cache
    keeps of every page, loaded and saved each build, and read (unpack) only for the pages
    made again (a tuple per word took three quarters of the cache's loading and saving)."""
    return ("\0".join(counts), array("I", counts.values()),
            array("I", [shares.get(w, 0) + NAMED * (w in named) for w in counts]))


def unpack(packed: tuple) -> Iterator[tuple[str, int, int]]:
    words, counts, shares = packed
    return zip(words.split("\0") if words else (), counts, shares)


@functools.lru_cache(maxsize=500_000)
def fold_word(word: str) -> str:
    """fold of one word: words and lemmas repeat across pages and tables."""
    return fold(word)


@functools.lru_cache(maxsize=500_000)
def _lemma_keys(token: str) -> tuple[tuple[str, tuple[str, str]], ...]:
    """For each lemma of ``token``: the key the page is indexed under (LEMMA + the folded
    lemma) and the (folded token, lemma) pair for the table of forms."""
    return tuple((LEMMA + fold_word(lemma), (fold_word(token), lemma))
                 for lemma in lemmas(token))


def _add_lemmas(counts: dict, shares: dict, text: str, title: str) -> tuple:
    """The page's words counted under their lemmas too (search_lemmas.LEMMA + the folded
    lemma), the title's with TITLE_WEIGHT and their share of it. Returns the page's
    (folded word, lemma) pairs, for the table of forms."""
    seen: dict[tuple[str, str], None] = {}
    heading = WORD.findall(title)
    for weight, tokens in ((1, WORD.findall(text)), (TITLE_WEIGHT, heading)):
        # Each distinct word once, with how often the page has it.
        for token, n in Counter(tokens).items():
            for key, pair in _lemma_keys(token):
                counts[key] = counts.get(key, 0) + weight * n
                seen[pair] = None
    if heading:
        named: dict[str, int] = {}
        for token in heading:
            for key in {key for key, _ in _lemma_keys(token)}:
                named[key] = named.get(key, 0) + 1
        shares.update((k, round(100 * n / len(heading))) for k, n in named.items())
    return tuple(seen)
