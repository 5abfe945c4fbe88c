"""The word index's postings, kept from one build to the next and changed page by page.

A page's number is a slot taken from a hash of its URL (page_numbers), not its place among
the site's pages: an article removed or added moves no other page's number (unless their
hashes meet, when the later one in URL order takes the next free slot), so after an edit
only the words of the pages made again are scored and encoded again, and only the chunks
and fragments holding them change. The postings of every word (numbers and scores) and
each word's encoded JSON are kept (``.postings`` beside the search cache); a build applies
what changed: it removes the postings of the pages gone or made again and adds those of the
pages made. A build with nothing kept (cold) is the same path with every page made: both
give the same bytes (DOSSIER_VERIFY=1, tests/test_search_postings.py)."""

from __future__ import annotations

import bisect
import hashlib
import operator
import pickle
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from ..build.cache import write_pickle
from .search_files import dump, utf16

# What Postings holds changes with this: postings of another version are none.
POSTINGS_VERSION = 1


def page_numbers(urls: list[str]) -> tuple[dict[str, int], int]:
    """Each URL's number, a slot in a space of at least twice as many slots as URLs (a
    power of two) taken from a hash of the URL; where two meet, the later URL in sorted order
    takes the next free slot. Returns the numbers and the space: a function of the URLs
    alone, so a cold build and a build after an edit number alike."""
    space = 1 << max(4, (2 * len(urls) - 1).bit_length())
    taken: set[int] = set()
    numbers: dict[str, int] = {}
    for url in sorted(urls):
        digest = hashlib.blake2b(url.encode("utf-8"), digest_size=8).digest()
        slot = int.from_bytes(digest, "big") % space
        while slot in taken:
            slot = (slot + 1) % space
        taken.add(slot)
        numbers[url] = slot
    return numbers, space


@dataclass
class Postings:
    """word -> its pages' numbers (increasing) and scores, and its entry of a chunk as
    JSON; ``pages``: number -> the identity of the page file indexed under it."""

    version: int = POSTINGS_VERSION
    space: int = 0
    average: float = 0.0  # BM25's rounded average page length the scores were made with
    pages: dict[int, tuple] = field(default_factory=dict)
    numbers: dict[str, array] = field(default_factory=dict)
    scores: dict[str, array] = field(default_factory=dict)
    entries: dict[str, str] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)  # the words in the browser's order


def postings_file(cache_file: Path) -> Path:
    return cache_file.with_name(cache_file.name + ".postings")


def load_postings(path: Path | None, space: int, average: float) -> Postings:
    """The last build's postings if they were made with this space and average (else none:
    every number or score would change)."""
    empty = Postings(space=space, average=average)
    if path is None:
        return empty
    try:
        with open(path, "rb") as fh:
            kept = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
            ValueError, TypeError):
        return empty
    if not isinstance(kept, Postings) or kept.version != POSTINGS_VERSION or \
            kept.space != space or kept.average != average:
        return empty
    return kept


def save_postings(path: Path, postings: Postings) -> None:
    try:
        write_pickle(path, postings)
    except (OSError, pickle.PicklingError):
        postings_path = Path(path)
        postings_path.unlink(missing_ok=True)  # a stale file would be read as this build's


def _remove(postings: Postings, number: int, words, touched: set[str]) -> None:
    for word in words:
        numbers = postings.numbers.get(word)
        if numbers is None:
            continue
        i = bisect.bisect_left(numbers, number)
        if i < len(numbers) and numbers[i] == number:
            del numbers[i]
            del postings.scores[word][i]
            touched.add(word)


def _add(postings: Postings, number: int, scored, touched: set[str]) -> None:
    for word, score in scored:
        numbers = postings.numbers.get(word)
        if numbers is None:
            postings.numbers[word] = array("I", (number,))
            postings.scores[word] = array("I", (score,))
        else:
            i = bisect.bisect_left(numbers, number)
            numbers.insert(i, number)
            postings.scores[word].insert(i, score)
        touched.add(word)


def _add_all(postings: Postings, made: dict[int, tuple]) -> set[str]:
    """_add of every page made, into postings that hold none yet (a cold build): each
    word's pages taken in increasing number, so each posting is appended, not inserted
    (a third of the time of a cold build's postings)."""
    numbers: dict[str, list[int]] = {}
    scores: dict[str, list[int]] = {}
    for number in sorted(made):
        for word, score in made[number][1]:
            found = numbers.get(word)
            if found is None:
                numbers[word], scores[word] = [number], [score]
            else:
                found.append(number)
                scores[word].append(score)
    postings.numbers = {word: array("I", found) for word, found in numbers.items()}
    postings.scores = {word: array("I", found) for word, found in scores.items()}
    return set(numbers)


def _entry(word: str, numbers: array, scores: array) -> str:
    """The word's entry of a chunk: [word, [page difference, score, ...]], as dump writes
    it (the differences and their interleaving made by C loops, not per posting)."""
    encoded = [0] * (2 * len(numbers))
    encoded[0::2] = map(operator.sub, numbers, (0, *numbers[:-1]))
    encoded[1::2] = scores
    return dump([word, encoded])


def update(postings: Postings, gone: dict[int, tuple], made: dict[int, tuple]) -> None:
    """Apply a build's changes: ``gone``: number -> the words of a page no longer indexed
    under it; ``made``: number -> (identity, [(word, score)]) of a page indexed anew."""
    touched: set[str] = set()
    for number, words in gone.items():
        _remove(postings, number, words, touched)
        del postings.pages[number]
    if postings.numbers:
        for number, (identity, scored) in made.items():
            _add(postings, number, scored, touched)
    else:
        touched = _add_all(postings, made)
    for number, (identity, scored) in made.items():
        postings.pages[number] = identity
    added = []
    for word in touched:
        numbers = postings.numbers[word]
        if numbers:
            if word not in postings.entries:
                added.append(word)
            postings.entries[word] = _entry(word, numbers, postings.scores[word])
        else:
            del postings.numbers[word], postings.scores[word], postings.entries[word]
            del postings.order[bisect.bisect_left(postings.order, utf16(word), key=utf16)]
    if len(added) > len(postings.order) // 8:
        postings.order = sorted(postings.entries, key=utf16)
    else:
        for word in added:
            bisect.insort(postings.order, word, key=utf16)
