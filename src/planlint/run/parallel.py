"""Work on many items in worker processes, giving the results back in input order.

Workers are forked from the running process, so they start with everything it has already
imported and loaded (the rule pack, its matcher, the regions): nothing is pickled on the way
in but an item. Each worker has its own pipe and works on its items one at a time, in the order
they were sent, so when a worker dies (a crash in a C library, the kernel's OOM killer) the
parent knows which item it was on — the first it has not answered: that item's result is
`on_crash(item, why)`, the items queued behind it go back to be handed out again, and a fresh
worker takes the rest. A worker is sent its next item before it has answered the one it is on
(`QUEUED_PER_WORKER`), so it never waits for the parent to take a result and send another.

Results are yielded strictly in input order, and a worker is only given an item within
`window` of the next one to yield: a slow file holds back at most that many finished results,
so memory stays bounded however many files there are.
"""
from __future__ import annotations

import gc
import os
import signal
import sys
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Generic, Iterator, Optional, Sequence, TypeVar

if TYPE_CHECKING:   # multiprocessing (with socket, tempfile, subprocess) is imported only for -j N
    import multiprocessing
    from multiprocessing.connection import Connection

T = TypeVar("T")
R = TypeVar("R")

WINDOW_PER_JOB = 4       # results a slow item may hold back, per worker
QUEUED_PER_WORKER = 2    # items sent to a worker and not yet answered: the one it is on, and the next


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    queued: deque[int] = field(default_factory=deque)    # items sent, not yet answered, in order


@dataclass
class _Pool(Generic[T, R]):
    work: Callable[[T], R]
    jobs: int
    workers: list[_Worker] = field(default_factory=list)

    def start(self) -> _Worker:
        # a forked child flushes the streams it inherited when it ends: flush them first, or
        # what the parent has written (a streamed report) would be written twice
        sys.stdout.flush()
        sys.stderr.flush()
        import multiprocessing

        parent_end, child_end = multiprocessing.Pipe()
        ctx = multiprocessing.get_context("fork")
        process = ctx.Process(target=_serve, args=(child_end, parent_end, self.work), daemon=True)
        process.start()
        child_end.close()
        worker = _Worker(process, parent_end)
        self.workers.append(worker)
        return worker

    def retire(self, worker: _Worker) -> None:
        self.workers.remove(worker)
        worker.conn.close()
        worker.process.join(timeout=5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()

    def close(self) -> None:
        for worker in list(self.workers):
            try:
                if not worker.queued:
                    worker.conn.send(None)       # done: the worker leaves its loop
                else:
                    worker.process.kill()        # interrupted mid-file (an error, Ctrl-C)
            except OSError:
                pass
            self.retire(worker)


def ordered_map(items: Sequence[T], work: Callable[[T], R], on_crash: Callable[[T, str], R],
                jobs: int) -> Iterator[R]:
    """`work(item)` for each item, in `jobs` forked workers, yielded in input order.

    An exception `work` raises is raised here, in the parent (the run stops as it would
    sequentially). POSIX only: callers use jobs=1 where fork is not available."""
    from multiprocessing.connection import wait

    pool: _Pool[T, R] = _Pool(work, jobs)
    window = max(jobs * WINDOW_PER_JOB, 8)
    pending = deque(range(len(items)))
    finished: dict[int, R] = {}
    next_out = 0
    # what exists now (modules, packs) is never collected: the workers' collectors then leave
    # those pages alone, and they stay shared with the parent instead of being copied
    gc.freeze()
    try:
        for _ in range(min(jobs, len(items))):
            pool.start()
        while next_out < len(items):
            for worker in pool.workers:
                while len(worker.queued) < QUEUED_PER_WORKER and pending and pending[0] < next_out + window:
                    index = pending.popleft()
                    worker.queued.append(index)
                    try:
                        worker.conn.send((items[index],))
                    except OSError:     # it died meanwhile: its pipe's end of file says so below
                        break
            busy = {w.conn: w for w in pool.workers if w.queued}
            for conn in wait(list(busy)):
                worker = busy[conn]
                try:
                    kind, payload = conn.recv()
                except (EOFError, OSError):            # the worker died on its first queued item
                    pool.retire(worker)
                    index, *behind = worker.queued
                    finished[index] = on_crash(items[index], _why(worker.process.exitcode))
                    pending.extendleft(reversed(behind))   # sent before any item still pending
                    if pending:
                        pool.start()
                    continue
                index = worker.queued.popleft()
                if kind == "raise":
                    raise payload
                finished[index] = payload
            while next_out in finished:
                yield finished.pop(next_out)
                next_out += 1
    finally:
        pool.close()
        gc.unfreeze()


def _serve(conn: Connection, parent_end: Connection, work: Callable[[object], object]) -> None:
    """A worker's loop: an item in, ("ok", result) or ("raise", exception) out, until None."""
    parent_end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # Ctrl-C is the parent's to handle
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        try:
            message: tuple[str, object] = ("ok", work(request[0]))
        except Exception as err:  # noqa: BLE001 - raised again in the parent
            message = ("raise", err)
        try:
            conn.send(message)
        except Exception as err:  # noqa: BLE001 - a result that cannot be pickled is a bug, said so
            conn.send(("raise", RuntimeError(f"{type(err).__name__}: {err}")))


def _why(exitcode: Optional[int]) -> str:
    """How a worker ended, for the finding of the file it was on."""
    if exitcode is not None and exitcode < 0:
        try:
            return signal.Signals(-exitcode).name
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit status {exitcode}"


def usable() -> bool:
    """Forked workers exist on this system (not on Windows)."""
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods() and hasattr(os, "fork")
