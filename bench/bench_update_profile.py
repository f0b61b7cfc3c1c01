"""Where one incremental update's time goes, statement by statement (issue 12).

    .venv/bin/python bench/bench_update_profile.py STORE N_EVENTS [--batch 1000] [--top 25] [--explain]

``STORE`` is a prepared synthetic store of ``N_EVENTS`` events with its model built (as
``bench_update_repeat.py`` makes it); a copy of it gets the same ``--batch`` new events as
``bench_store_scale.py``'s update step, and ``update_model`` runs on it with every SQL statement
timed (wall and process CPU, the fetch included).  Prints the slowest statements, the sum of all
of them and the time outside SQL (Python: clustering, loading).  ``--explain`` also prints DuckDB's
``EXPLAIN ANALYZE`` of the slowest few statements (run again on a second copy, so timings above are
not disturbed).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("GEOWIRE_BENCH_EVENTS_PER_DAY", "27000")

import bench_store_scale as scale  # noqa: E402


class TimedConnection:
    """A DuckDB connection whose ``execute`` (and the fetch after it) is timed per statement."""

    def __init__(self, con: Any) -> None:
        self._con = con
        self.times: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
        self.params: dict[str, Any] = {}
        self._last: str | None = None
        self._start = (0.0, 0.0)

    def _close_last(self) -> None:
        """End the last statement (its time was counted when it ran and when it was fetched)."""
        self._fetched()

    def execute(self, sql: str, params: Any = None) -> Any:
        self._close_last()
        self._last = " ".join(sql.split())
        self.params.setdefault(self._last, params)
        self._start = (time.perf_counter(), time.process_time())
        self._con.execute(sql, params) if params is not None else self._con.execute(sql)
        self._pause()  # the Python that runs before the next statement is not this one's
        return self

    def _pause(self) -> None:
        """Count the time so far to the last statement, and keep it open for its fetch."""
        if self._last is not None:
            t = self.times[self._last]
            t[0] += time.perf_counter() - self._start[0]
            t[1] += time.process_time() - self._start[1]

    def _fetched(self) -> None:
        if self._last is not None:
            self.times[self._last][2] += 1
            self._last = None

    def fetchall(self) -> Any:
        self._start = (time.perf_counter(), time.process_time())
        rows = self._con.fetchall()
        self._pause()
        self._fetched()
        return rows

    def fetchone(self) -> Any:
        self._start = (time.perf_counter(), time.process_time())
        row = self._con.fetchone()
        self._pause()
        self._fetched()
        return row

    def fetchmany(self, size: int = 1) -> Any:  # called until empty: the statement stays open
        self._start = (time.perf_counter(), time.process_time())
        rows = self._con.fetchmany(size)
        self._pause()
        return rows

    @property
    def description(self) -> Any:
        return self._con.description

    def __getattr__(self, name: str) -> Any:
        self._close_last()
        return getattr(self._con, name)


def prepared_copy(source: str, n: int, batch: int, path: Path, day0: int | None = None) -> list[str]:
    shutil.copy(source, path)
    first = scale.span_days(n) - 3 if day0 is None else day0  # the batch's first publication day
    scale.populate(str(path), n, batch, day0=first, span=7, store_span=scale.span_days(n))
    from geowire.store.db import open_store

    store = open_store(str(path))
    docs = [r["id"] for r in store.query("SELECT id FROM documents WHERE id >= ?", [f"d{n // 10:010d}"])]
    store.close()
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store")
    parser.add_argument("events", type=int)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--explain", type=int, default=0, help="EXPLAIN ANALYZE the slowest K statements")
    parser.add_argument("--width", type=int, default=150, help="characters of each statement printed")
    parser.add_argument("--day0", type=int, help="the batch's first publication day (default: span − 3)")
    args = parser.parse_args()
    from geowire.model.build import date_bounds, default_language, model_lexicon, place_names, update_model
    from geowire.store.db import open_store

    lang = default_language()  # loaded once per process, not a cost of the update
    place_names(lang=lang)
    model_lexicon(lang)
    date_bounds(lang)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "copy.duckdb"
        docs = prepared_copy(args.store, args.events, args.batch, path, args.day0)
        store = open_store(str(path))
        timed = TimedConnection(store.con)
        store._con = timed  # type: ignore[assignment]
        wall, cpu = time.perf_counter(), time.process_time()
        update_model(store, docs)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        timed._close_last()
        store._con = timed._con
        store.close()
        rows = sorted(timed.times.items(), key=lambda kv: -kv[1][0])
        sql_wall = sum(t[0] for _, t in rows)
        sql_cpu = sum(t[1] for _, t in rows)
        print(f"update {wall:.3f} s wall, {cpu:.3f} s CPU; SQL {sql_wall:.3f} s wall, {sql_cpu:.3f} s CPU")
        print(f"outside SQL (Python) {wall - sql_wall:.3f} s wall, {cpu - sql_cpu:.3f} s CPU")
        for sql, (w, c, k) in rows[: args.top]:
            print(f"{w * 1000:8.1f} ms {c * 1000:8.1f} cpu x{k:<3d} {sql[: args.width]}")
        if args.explain:
            path.unlink()
            prepared_copy(args.store, args.events, args.batch, path, args.day0)
            _explain(str(path), docs, [sql for sql, _ in rows[: args.explain]])


def _explain(path: str, docs: list[str], slow: list[str]) -> None:
    """Run the update again with EXPLAIN ANALYZE printed for the ``slow`` statements."""
    from geowire.model.build import update_model
    from geowire.store.db import open_store

    store = open_store(path)
    con = store.con

    class Explaining(TimedConnection):
        def execute(self, sql: str, params: Any = None) -> Any:
            key = " ".join(sql.split())
            query = _query_of(key) if key in slow else None
            if query is not None:  # the SELECT of a DML statement, which would run twice
                plan = con.execute("EXPLAIN ANALYZE " + query, params).fetchall()
                print("=" * 100, "\n", key[:300], "\n", plan[0][1])
            return super().execute(sql, params)

    store._con = Explaining(con)  # type: ignore[assignment]
    update_model(store, docs)
    store._con = con
    store.close()


def _query_of(sql: str) -> str | None:
    """The query of a SELECT, CREATE TABLE … AS or INSERT INTO t … statement (None for others)."""
    prefix = r"(CREATE OR REPLACE TEMP TABLE \w+ AS |INSERT INTO \w+ (\([^)]*\) )?)?"
    match = re.match(prefix + r"((SELECT|WITH) .*)", sql)
    return match.group(3) if match else None


if __name__ == "__main__":
    main()
