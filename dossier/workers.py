"""Work spread over forked worker processes that inherit what the parent holds.

A forked worker starts with a copy of the parent's memory, so the whole dossier need not be
pickled to it: only each task (a few numbers) goes out and its result comes back. The data
a map shares reaches the workers as the argument of the function they run (``func(data,
task)``), held by the forked process itself, not by any module; where the platform cannot
fork, or the work is small, the tasks run here in order."""

from __future__ import annotations

import gc
import multiprocessing
import threading
import traceback
from multiprocessing.connection import wait
from typing import Any, Callable, Iterator


def can_fork() -> bool:
    """Whether worker processes may be forked from here: the platform forks, and this
    process runs one thread (a fork copies only the calling thread, and a lock another one
    held, a logging handler's say, stays locked in the child for good: under `dossier serve`
    the preview server's threads run)."""
    return "fork" in multiprocessing.get_all_start_methods() and \
        threading.active_count() == 1


def forked_map(func: Callable, tasks: list, data: Any, workers: int,
               parallel: bool = True) -> list:
    """``[func(data, task) for task in tasks]``, in the tasks' order; in ``workers`` forked
    processes when ``parallel``, there are several workers and the platform forks."""
    return list(forked_imap(func, tasks, data, workers, parallel))


def forked_imap(func: Callable, tasks, data: Any, workers: int,
                parallel: bool = True, chunksize: int = 1) -> Iterator:
    """forked_map's results one by one, as the workers finish them (still in the tasks'
    order), for a caller that lets each go before the next: ``chunksize`` tasks go to a
    worker at a time."""
    tasks = list(tasks)
    if not (parallel and workers > 1 and len(tasks) > 1 and can_fork()):
        for task in tasks:
            yield func(data, task)
        return
    chunks = [tasks[i:i + chunksize] for i in range(0, len(tasks), max(1, chunksize))]
    yield from _Pool(func, data, min(workers, len(chunks))).run(chunks)


def _serve(func: Callable, data: Any, conn) -> None:
    """A worker: chunks of tasks in, their results out, until told to stop (None)."""
    while True:
        item = conn.recv()
        if item is None:
            return
        number, chunk = item
        try:
            conn.send((number, [func(data, task) for task in chunk], None))
        except BaseException:  # noqa: BLE001 - the parent raises it, with the worker's trace
            conn.send((number, None, traceback.format_exc()))


class _Pool:
    """Forked workers, each on a pipe of its own (no thread in this process: a later map may
    fork again). The function and its data are the forked process's own memory."""

    def __init__(self, func: Callable, data: Any, workers: int):
        self.func, self.data, self.workers = func, data, workers

    def run(self, chunks: list) -> Iterator:
        ctx = multiprocessing.get_context("fork")
        # The collector's generations are frozen first: a worker's collections would
        # otherwise write to every object the parent holds, copying all its memory.
        gc.freeze()
        procs, conns = [], []
        try:
            for _ in range(self.workers):
                parent, child = ctx.Pipe()
                proc = ctx.Process(target=_serve, args=(self.func, self.data, child),
                                   daemon=True)
                proc.start()
                child.close()
                procs.append(proc)
                conns.append(parent)
            yield from self._collect(chunks, procs, conns)
        finally:
            for conn in conns:
                try:
                    conn.send(None)
                except (OSError, ValueError):
                    pass
                conn.close()
            for proc in procs:
                proc.join(timeout=5)
                if proc.is_alive():
                    proc.terminate()
            gc.unfreeze()

    @staticmethod
    def _collect(chunks: list, procs: list, conns: list) -> Iterator:
        sent, results, given = 0, {}, 0
        busy = {}
        for conn in conns:
            if sent < len(chunks):
                conn.send((sent, chunks[sent]))
                busy[conn] = sent
                sent += 1
        sentinels = {proc.sentinel: proc for proc in procs}
        while given < len(chunks):
            for ready in wait(list(busy) + list(sentinels)):
                if ready in sentinels:
                    if busy:
                        raise RuntimeError("a worker process ended before its work was done "
                                           f"(exit code {sentinels[ready].exitcode})")
                    continue
                number, out, error = ready.recv()
                if error is not None:
                    raise RuntimeError(f"in a worker process:\n{error}")
                results[number] = out
                del busy[ready]
                if sent < len(chunks):
                    ready.send((sent, chunks[sent]))
                    busy[ready] = sent
                    sent += 1
            while given in results:
                yield from results.pop(given)
                given += 1


def _send_result(func: Callable, arg: Any, conn) -> None:
    try:
        conn.send((func(arg), None))
    except BaseException:  # noqa: BLE001 - the parent does the work itself then
        conn.send((None, traceback.format_exc()))


def beside(func: Callable, arg: Any, here: Callable[[], Any]) -> tuple[Any, Any]:
    """``(here(), func(arg))``, ``func`` run in a forked process while ``here`` runs in this
    one (two cores at work where there is one of each): in order here when the platform
    cannot fork, and here again when the forked process fails (``func`` must be pure)."""
    if not can_fork():
        return here(), func(arg)
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    gc.freeze()  # as _Pool.run: the child's collections must not copy the parent's memory
    try:
        proc = ctx.Process(target=_send_result, args=(func, arg, child), daemon=True)
        proc.start()
        child.close()
        try:
            done = here()
            result, failure = parent.recv()
        except EOFError:
            result, failure = None, "the worker ended without a result"
        finally:
            parent.close()
            proc.join()
    finally:
        gc.unfreeze()
    return done, (func(arg) if failure is not None else result)
