"""Give memory back to the system between the build's phases.

CPython frees objects into its own pools and glibc keeps freed heap for reuse, so a process
that has let go of the model still holds its pages: the next phase (MkDocs, then the search
index) would add its memory on top. A full collection and glibc's malloc_trim
return what is free; elsewhere (no glibc) only the collection runs."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc


@functools.cache
def _libc():
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


def release() -> None:
    gc.collect()
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
