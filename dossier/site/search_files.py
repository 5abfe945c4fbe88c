"""The search index's files: JSON in chunks, each written only when its bytes change.

The index (search_index.py) is rewritten after every build, but after an edit nearly all of
it is the same: a chunk ends where its keys say (_ends_chunk), not where a running count
does, and a file is written only when it holds other bytes (_put), so an edit costs the few
files it changes. The folder may hold the last build's files linked from the live site
(builder.py): a file is unlinked before it is written, never written into."""

from __future__ import annotations

import json
import os
import re
import shutil
import zlib
from pathlib import Path


def put(path: Path, data: bytes) -> None:
    """``data`` as the file at ``path``, written only when the file holds other bytes: the
    folder may hold the last build's index, its files linked from the live site (builder.py),
    so a file is unlinked before it is written, never written into. Creating a file costs
    tens of times what reading one does, and after an edit most of the index is the same."""
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return
        path.unlink()
    except FileNotFoundError:
        pass
    with open(path, "wb") as fh:
        fh.write(data)


def remove_others(out: Path, expected: set[str]) -> None:
    """What the last index left in ``out`` and this one did not write."""
    for folder in list(out.iterdir()):
        if folder.is_dir() and not folder.is_symlink() and folder.name in ("f", "w", "m", "l"):
            for entry in os.scandir(folder):
                if f"{folder.name}/{entry.name}" not in expected:
                    if entry.is_dir(follow_symlinks=False):
                        shutil.rmtree(entry.path)
                    else:
                        os.unlink(entry.path)
        elif folder.name not in expected:
            if folder.is_dir() and not folder.is_symlink():
                shutil.rmtree(folder)
            else:
                folder.unlink()


def utf16(word: str) -> bytes:
    """The order of JavaScript's string comparison, which the browser script relies on."""
    return word.encode("utf-16-be", "surrogatepass")


# Characters beyond the Basic Multilingual Plane: UTF-16 writes them as surrogates, which
# sort below U+E000..U+FFFF; without them, UTF-16's order is Python's own.
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def js_sorted(words) -> list[str]:
    """``words`` in JavaScript's order (utf16): Python's own sort, with no key to make,
    when no word has a character beyond the BMP (a fifth of writing the tables)."""
    words = list(words)
    if _ASTRAL.search("".join(words)):
        return sorted(words, key=utf16)
    return sorted(words)


def dump(data) -> str:
    """JSON with <, > and & as escapes: text from articles stays text even for a client that
    would put a file's bytes into a page (JSON.parse reads them back as the characters)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def ends_chunk(key: str, entry: int, size: int, chunk_bytes: int) -> bool:
    """Whether a chunk ends after ``key`` (an entry of ``entry`` bytes, the chunk ``size``
    bytes with it). Where chunks end is decided by the keys themselves, past half the
    chunk's bytes (a key ends one with a chance of its share of that half, by a hash of it),
    not by a running count: a word an edit adds or removes moves the end of its own chunk
    at most, so the chunks after it are the same files, not written again."""
    if size >= 2 * chunk_bytes:
        return True
    if size < chunk_bytes // 2:
        return False
    return zlib.crc32(key.encode("utf-8")) < entry * (1 << 32) // (chunk_bytes // 2)


def write_table(out: Path, folder: str, table: dict[str, set[str]], chunk_bytes: int,
                 digest) -> list[str]:
    """``table`` in chunks of about ``chunk_bytes``, keys in the browser's order; returns each
    chunk's first key, for the manifest (a chunk holds the keys up to the next one's)."""
    (out / folder).mkdir(exist_ok=True)
    chunks: list[list[str]] = []
    current: list = []
    size = 0
    for key in js_sorted(table):
        current.append([key, js_sorted(table[key])])
        entry = len(key) + sum(len(k) + 3 for k in table[key]) + 6
        size += entry
        if ends_chunk(key, entry, size, chunk_bytes):
            chunks.append(flush_table(out, folder, current, len(chunks), digest))
            current, size = [], 0
    if current:
        chunks.append(flush_table(out, folder, current, len(chunks), digest))
    return chunks


def flush_table(out: Path, folder: str, entries: list, number: int, digest) -> list[str]:
    text = dump(entries)
    digest.update(text.encode("utf-8"))
    put(out / folder / f"{number}.json", text.encode("utf-8"))
    return entries[0][0]
