"""Map a function over inputs in forked worker processes, the results in input order.

A full model rebuild clusters each category on its own (occurrences never span categories), so
the categories can be clustered side by side on two cores: the parent reads a category's events
from the store and forks a worker that inherits them (nothing is pickled on the way in) and sends
back only its result.  The results come back in input order whatever the scheduling, so what
the parent makes of them does not depend on which worker finished first.  A worker never touches
the parent's store connection; it only computes.  Forking needs a POSIX system; elsewhere
(``workers`` ≤ 1 or no ``fork``) the function runs in the parent, with the same results.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Generator, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Literal, TypeVar, cast

from geowire.errors import WorkerError

T = TypeVar("T")
R = TypeVar("R")


_FORK: Literal["fork"] = "fork"  # the start method: a worker inherits the parent's memory


def can_fork() -> bool:
    try:
        multiprocessing.get_context(_FORK)
    except ValueError:  # no fork on this system
        return False
    return True


def map_forked(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    workers: int,
    meanwhile: Callable[[], None] | None = None,
) -> Generator[R, None, None]:
    """``fn(item)`` for each of ``items`` in order, ``fn`` running in up to ``workers`` forked
    processes at once; the next item is taken from ``items`` (in the parent) when a worker is
    free, and the parent keeps no reference to an item once its worker has started (so a large
    input is held by one process only).  A worker that fails raises :class:`WorkerError` here.
    ``meanwhile``: work of the parent's own, called once, in the parent, as soon as the first
    workers have started (so it runs while they do; before the first item when nothing forks)."""
    if workers <= 1 or not can_fork():
        if meanwhile is not None:
            meanwhile()
        yield from map(fn, items)
        return
    pool = _Pool(fn, workers, meanwhile)
    try:
        yield from pool.run(iter(items))
    finally:
        pool.stop()


class _Pool:
    """The workers running and the results not yet handed out, by input position."""

    def __init__(self, fn: Callable[[T], R], workers: int, meanwhile: Callable[[], None] | None) -> None:
        self.fn, self.workers, self.meanwhile = fn, workers, meanwhile
        self.context = multiprocessing.get_context(_FORK)
        self.running: dict[Connection, tuple[int, BaseProcess]] = {}

    def run(self, items: Iterator[T]) -> Iterator[R]:
        done: dict[int, R] = {}
        given = taken = 0
        more = True
        while more or self.running or done:
            while more and len(self.running) < self.workers:
                try:
                    self._start(taken, next(items))
                except StopIteration:
                    more = False
                    break
                taken += 1
            if self.meanwhile is not None:  # the parent's own work, while the first workers run
                meanwhile, self.meanwhile = self.meanwhile, None
                meanwhile()
            while given in done:
                yield done.pop(given)
                given += 1
            if self.running:
                done.update(self._collect())

    def _start(self, index: int, item: T) -> None:
        receive, send = self.context.Pipe(duplex=False)
        process = self.context.Process(target=_work, args=(self.fn, item, send), daemon=True)
        process.start()
        send.close()
        self.running[receive] = (index, process)

    def _collect(self) -> dict[int, R]:
        """The results of the workers that have finished (waiting for one at least)."""
        out: dict[int, R] = {}
        for ready in wait(list(self.running)):
            receive = cast(Connection, ready)
            index, process = self.running.pop(receive)
            try:
                ok, value = receive.recv()
            except EOFError as e:
                raise WorkerError(f"worker {index} ended without a result") from e
            finally:
                receive.close()
                process.join()
            if not ok:
                raise WorkerError(f"worker {index} failed: {value}")
            out[index] = value
        return out

    def stop(self) -> None:
        """End the workers still running (after a failure or an abandoned iteration)."""
        for receive, (_, process) in self.running.items():
            process.kill()
            process.join()
            receive.close()
        self.running.clear()


def _work(fn: Callable[[T], R], item: T, send: Connection) -> None:
    """In the worker: send ``(True, fn(item))``, or ``(False, why)`` when it raised."""
    try:
        result: tuple[bool, object] = (True, fn(item))
    except Exception as e:  # reported to the parent, which raises WorkerError
        result = (False, f"{type(e).__name__}: {e}")
    send.send(result)
    send.close()
