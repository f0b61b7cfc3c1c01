"""Time a full model rebuild by phase (issue 12): CPU seconds of each clustering and SQL step.

    PYTHONPATH=$PWD/src .venv/bin/python bench/bench_rebuild_phases.py STORE

``STORE`` is a store with processed documents (e.g. one ``bench_store_scale.py --dir`` left, or
``bench_update_repeat.py``'s); its model is rebuilt in place.  Each ``store.derived`` function and
the builder's ``cluster`` / ``load_events`` / ``_cluster_store`` are wrapped with a CPU-time and a
wall-time counter (process time, so DuckDB's threads count); nested calls count in both
(``load_events`` includes ``event_rows``); ``commit`` is the end of the rebuild's transaction (DuckDB
writes what the statements left in memory).
Clustering in worker processes (``--workers``, :mod:`geowire.model.forked`) is not in the
parent's phases: the workers' CPU time and largest peak RSS are reported apart (``workers``).
A forked worker's RSS counts the pages it shares with the parent, so the memory of the whole
rebuild is sampled too (every 0.5 s, Linux only): the largest sum of the parent's and its
workers' proportional set size (PSS: a shared page counted once over the processes sharing it).
Run it with two source trees (``PYTHONPATH=…/src``) one after the other to compare them.
"""

from __future__ import annotations

import argparse
import collections
import inspect
import os
import resource
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from geowire.model import build
from geowire.model.build import default_language, place_names, rebuild_model
from geowire.store import derived
from geowire.store.db import Store, open_store

TIMES: collections.Counter[str] = collections.Counter()
WALL: collections.Counter[str] = collections.Counter()


def _timed(fn: Callable[..., Any], name: str) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            TIMES[name] += time.process_time() - cpu
            WALL[name] += time.perf_counter() - wall

    return run


def _timed_commit(transaction: Callable[[Store], Any]) -> Callable[[Store], Any]:
    """``Store.transaction`` with the time from the end of its block to its return counted as ``commit``."""

    @contextmanager
    def run(store: Store) -> Iterator[Any]:
        block = transaction(store)
        con = block.__enter__()
        try:
            yield con
        except BaseException as e:
            if not block.__exit__(type(e), e, e.__traceback__):
                raise
            return
        cpu, wall = time.process_time(), time.perf_counter()
        block.__exit__(None, None, None)
        TIMES["commit"] += time.process_time() - cpu
        WALL["commit"] += time.perf_counter() - wall

    return run


def _pss_kb(pid: int) -> int:
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:  # ended meanwhile, or not Linux
        return 0
    return next((int(line.split()[1]) for line in text.splitlines() if line.startswith("Pss:")), 0)


def _family(pid: int) -> list[int]:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return [pid]
    return [pid, *map(int, children)]


class _PeakPss(threading.Thread):
    """The largest summed PSS (MB) of this process and its children, sampled until :meth:`stop`."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_kb, self.done = 0, threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.5):
            self.peak_kb = max(self.peak_kb, sum(map(_pss_kb, _family(os.getpid()))))

    def stop(self) -> float:
        self.done.set()
        self.join()
        return self.peak_kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store")
    parser.add_argument(
        "--workers", type=int, default=None, help="clustering processes (default: the builder's)"
    )
    args = parser.parse_args()
    for name in dir(derived):
        fn = getattr(derived, name)
        if callable(fn) and not name.startswith("_") and getattr(fn, "__module__", "") == derived.__name__:
            if name != "memory_limit":  # a context manager
                setattr(derived, name, _timed(fn, name))
    for name in ("cluster", "load_events", "insert_rows", "_cluster_store"):  # in the parent only
        if hasattr(build, name):
            setattr(build, name, _timed(getattr(build, name), f"py:{name}"))
    Store.transaction = _timed_commit(Store.transaction)
    place_names(lang=default_language())  # loaded once per process, not a cost of the rebuild
    store = open_store(args.store)
    sampler = _PeakPss()
    sampler.start()
    wall, cpu = time.perf_counter(), time.process_time()
    kwargs = {"workers": args.workers} if "workers" in inspect.signature(rebuild_model).parameters else {}
    rebuild_model(store, **kwargs)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = sampler.stop()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = children.ru_utime + children.ru_stime
    mine = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"rebuild {wall:.2f} s, CPU {cpu + workers:.2f} s (parent {cpu:.2f}, workers {workers:.2f})")
    print(
        f"peak RSS parent {mine:.0f} MB, largest worker {children.ru_maxrss / 1024:.0f} MB;"
        f" peak PSS of all {peak:.0f} MB"
    )
    for name, seconds in TIMES.most_common(12):
        print(f"  {name:24s} {seconds:7.2f} CPU-s {WALL[name]:7.2f} s")
    store.close()


if __name__ == "__main__":
    main()
