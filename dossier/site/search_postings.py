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
from .search_files import dump, js_sorted, utf16

# What Postings holds changes with this: postings of another version are none.
POSTINGS_VERSION = 3


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
    JSON; ``pages``: number -> the content key of the page indexed under it
    (search_record.content_key)"""

    version: int = POSTINGS_VERSION
    space: int = 0
    average: float = 0.0  # BM25's rounded average page length the scores were made with
    pages: dict[int, tuple] = field(default_factory=dict)
    numbers: dict[str, array] = field(default_factory=dict)
    scores: dict[str, array] = field(default_factory=dict)
    entries: dict[str, str] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)  # the words in the browser's order

    def __getstate__(self) -> dict:
        """Pickled with every word's numbers and scores in one array each: pickle makes one
        object of each array, and 70,000 small arrays took most of loading and saving the
        postings (0.45 s of 0.5 at 1,000 articles, each build)."""
        state = dict(self.__dict__)
        words = list(self.numbers)
        state["numbers"] = (words, array("I", map(len, self.numbers.values())),
                            _joined(self.numbers.values()), _joined(self.scores.values()))
        del state["scores"]
        return state

    def __setstate__(self, state: dict) -> None:
        if not isinstance(state.get("numbers"), tuple):  # another version's: not used
            self.__dict__.update(state)
            return
        words, counts, numbers, scores = state.pop("numbers")
        state["numbers"], state["scores"] = {}, {}
        start = 0
        for word, count in zip(words, counts):
            state["numbers"][word] = numbers[start:start + count]
            state["scores"][word] = scores[start:start + count]
            start += count
        self.__dict__.update(state)


def _joined(arrays) -> array:
    out = array("I")
    for part in arrays:
        out.extend(part)
    return out


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
        _put(postings, number, word, score)
        touched.add(word)


def _put(postings: Postings, number: int, word: str, score: int) -> None:
    """Page ``number``'s posting of ``word`` with ``score``, added or its score changed."""
    numbers = postings.numbers.get(word)
    if numbers is None:
        postings.numbers[word] = array("I", (number,))
        postings.scores[word] = array("I", (score,))
        return
    i = bisect.bisect_left(numbers, number)
    if i < len(numbers) and numbers[i] == number:
        postings.scores[word][i] = score
    else:
        numbers.insert(i, number)
        postings.scores[word].insert(i, score)


def _replace(postings: Postings, number: int, old: dict[str, int], scored,
             touched: set[str]) -> None:
    """A page made again under its number: only the words whose score it changed, that it
    gained or lost are touched (a page made again is mostly what it was: the index pages
    and profiles of an edit changed a few hundred of their tens of thousands of words)."""
    old = dict(old)
    for word, score in scored:
        if old.pop(word, None) != score:
            _put(postings, number, word, score)
            touched.add(word)
    _remove(postings, number, old, touched)


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


def update(postings: Postings, gone: dict[int, dict], made: dict[int, tuple]) -> None:
    """Apply a build's changes: ``gone``: number -> the words (with their scores) of a page
    no longer indexed under it as it was; ``made``: number -> (content key, [(word, score)])
    of a page indexed anew."""
    touched: set[str] = set()
    empty = not postings.numbers
    for number, old in gone.items():
        if number in made and not empty:
            _replace(postings, number, old, made[number][1], touched)
        else:
            _remove(postings, number, old, touched)
        del postings.pages[number]
    if empty:
        touched = _add_all(postings, made)
    else:
        for number, (_, scored) in made.items():
            if number not in gone:
                _add(postings, number, scored, touched)
    for number, (key, _) in made.items():
        postings.pages[number] = key
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
        postings.order = js_sorted(postings.entries)
    else:
        for word in added:
            bisect.insort(postings.order, word, key=utf16)
