"""Work spread over forked worker processes that inherit what the parent holds.

A forked worker starts with a copy of the parent's memory, so the whole dossier need not be
pickled to it: only each task (a few numbers) goes out and its result comes back. The shared
data is set here for the duration of one map (``shared()`` reads it, in the parent or in a
worker); where the platform cannot fork, or the work is small, the tasks run here in order."""

from __future__ import annotations

import gc
import multiprocessing
import threading
from typing import Any, Callable, Iterator

_SHARED: Any = None


def can_fork() -> bool:
    """Whether worker processes may be forked from here: the platform forks, and this
    process runs one thread (a fork copies only the calling thread, and a lock another one
    held, a logging handler's say, stays locked in the child for good: under `dossier serve`
    the preview server's threads run)."""
    return "fork" in multiprocessing.get_all_start_methods() and \
        threading.active_count() == 1


def shared() -> Any:
    """What the ``forked_map`` in progress shares with its tasks."""
    return _SHARED


def forked_map(func: Callable, tasks: list, data: Any, workers: int,
               parallel: bool = True) -> list:
    """``[func(task) for task in tasks]``, in the tasks' order; in ``workers`` forked
    processes when ``parallel``, there are several workers and the platform forks. ``func``
    reads ``data`` through ``shared()``."""
    return list(forked_imap(func, tasks, data, workers, parallel))


def forked_imap(func: Callable, tasks: list, data: Any, workers: int,
                parallel: bool = True, chunksize: int = 1) -> Iterator:
    """forked_map's results one by one, as the workers finish them (still in the tasks'
    order), for a caller that lets each go before the next: ``chunksize`` tasks go to a
    worker at a time."""
    global _SHARED
    _SHARED = data
    try:
        if parallel and workers > 1 and can_fork():
            # The collector's generations are frozen first: a worker's collections would
            # otherwise write to every object the parent holds, copying all its memory.
            gc.freeze()
            try:
                with multiprocessing.get_context("fork").Pool(workers) as pool:
                    # imap: one chunk of tasks at a time to whichever worker is free.
                    yield from pool.imap(func, tasks, chunksize=chunksize)
            finally:
                gc.unfreeze()
        else:
            for task in tasks:
                yield func(task)
    finally:
        _SHARED = None
