"""What a batch's keys cost to look up in a large store, by index and by scan (issue 12, `upd11`).

    .venv/bin/python bench/bench_lookup_paths.py STORE [--month 2024-12-01] [--keys 100 500 1000]

``STORE`` is a built store (e.g. the 10^7 one of ``bench_store_scale.py``), opened read-only and
never changed.  Each figure is the process CPU of one statement in a database instance opened just
before it (an update opens the store, so its first lookups are these cold ones), then of the same
statement with other keys and again with the same keys (warm):

- ``events.id``: a constant ``IN`` list of N random event ids on the ``VARCHAR`` primary key
  (DuckDB scans its ART when the list matches at most ``index_scan_max_count`` rows);
- ``postings``: the ``--month``'s narrow ``event_words`` rows as one row per word key with the
  rows' fields as a list, ordered by key, with an ART on the key (``UINTEGER``), in a temporary
  database: N of its keys by an ``IN`` list, the key alone and with the lists;
- ``flat``: the same rows one a row (not as lists), ordered by key, with an ART on the key: N keys'
  rows by an ``IN`` list;
- ``scan``: the same N keys joined to the month's narrow ``event_words`` rows, as the update's
  narrow token lookup reads them (a hash join whose Bloom filter DuckDB pushes into the scan).

The keys are drawn uniformly from the month's distinct keys, or with ``--weighted`` from its rows
(a common word more often, as a batch's probe words are).
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import duckdb

_SETTINGS = "SET index_scan_max_count = 1000000; SET index_scan_percentage = 0.5"


def _cpu_ms(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[int, float]:
    """Rows and process CPU milliseconds of one statement (its fetch included)."""
    start = time.process_time()
    rows = con.execute(sql).fetchall()
    return len(rows), round((time.process_time() - start) * 1000, 1)


def _cold(
    open_db: Callable[[], duckdb.DuckDBPyConnection],
    sql: Callable[[Sequence[Any]], str],
    keys: list[Any],
    n: int,
) -> str:
    """Cold, other keys and warm CPU-ms of ``sql`` for ``n`` of ``keys``, in a fresh instance."""
    con = open_db()
    con.execute(_SETTINGS)
    first = _cpu_ms(con, sql(keys[:n]))
    other = _cpu_ms(con, sql(keys[n : 2 * n]))
    again = _cpu_ms(con, sql(keys[n : 2 * n]))
    con.close()
    times = f"cold {first[1]:7.1f}, other keys {other[1]:7.1f}, warm {again[1]:7.1f} CPU-ms"
    return f"{n:5d} keys: {times} ({first[0]} rows)"


def _in_list(values: Sequence[Any]) -> str:
    return ",".join(f"'{v}'" if isinstance(v, str) else str(v) for v in values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store")
    parser.add_argument("--month", default="2024-12-01", type=dt.date.fromisoformat)
    parser.add_argument("--keys", type=int, nargs="+", default=[100, 500, 1000])
    parser.add_argument("--weighted", action="store_true", help="keys drawn from the rows, not uniformly")
    args = parser.parse_args()
    most = 2 * max(args.keys)
    con = duckdb.connect(args.store, read_only=True)
    ids = [r[0] for r in con.execute(f"SELECT id FROM events USING SAMPLE {most} ROWS").fetchall()]
    con.close()
    print(f"events.id (VARCHAR primary key, {args.store}):")
    for n in args.keys:
        print(
            "  "
            + _cold(
                lambda: duckdb.connect(args.store, read_only=True),
                lambda ks: f"SELECT rowid FROM events WHERE id IN ({_in_list(ks)})",
                ids,
                n,
            )
        )
    month = f"DATE '{args.month.isoformat()}'"
    narrow = f"hi - lo <= 31 AND hi BETWEEN {month} AND last_day({month})"
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "postings.duckdb")
        con = duckdb.connect(path)
        con.execute(f"ATTACH '{args.store}' AS s (READ_ONLY)")
        start = time.perf_counter()
        con.execute(
            "CREATE TABLE postings AS SELECT key, list({'event_id': event_id, 'recipient': recipient,"
            " 'size': size, 'lo': lo, 'hi': hi}) AS ev"
            f" FROM s.event_words WHERE {narrow} GROUP BY key ORDER BY key"
        )
        con.execute("CREATE INDEX postings_key ON postings (key)")
        con.execute(
            "CREATE TABLE flat AS SELECT key, event_id, recipient, size, lo, hi FROM s.event_words"
            f" WHERE {narrow} ORDER BY key"
        )
        flat = time.perf_counter()
        con.execute("CREATE INDEX flat_key ON flat (key)")
        flat = time.perf_counter() - flat
        rows = con.execute("SELECT count(*), sum(len(ev)) FROM postings").fetchone() or (0, 0)
        drawn = f"SELECT key FROM {'flat' if args.weighted else 'postings'} USING SAMPLE {4 * most} ROWS"
        keys = list(dict.fromkeys(r[0] for r in con.execute(drawn).fetchall()))[:most]
        con.execute("DETACH s")
        con.close()
        print(
            f"postings of {args.month:%Y-%m}: {rows[0]} keys, {rows[1]} rows, built with its ART in"
            f" {time.perf_counter() - start:.1f} s (the flat rows' ART alone: {flat:.1f} s)"
        )

        def postings() -> duckdb.DuckDBPyConnection:
            return duckdb.connect(path, read_only=True)

        for n in args.keys:
            print(
                "  key alone  "
                + _cold(
                    postings, lambda ks: f"SELECT key FROM postings WHERE key IN ({_in_list(ks)})", keys, n
                )
            )
            print(
                "  with lists "
                + _cold(postings, lambda ks: f"SELECT * FROM postings WHERE key IN ({_in_list(ks)})", keys, n)
            )
            print(
                "  flat rows  "
                + _cold(postings, lambda ks: f"SELECT * FROM flat WHERE key IN ({_in_list(ks)})", keys, n)
            )
    print(f"scan of {args.month:%Y-%m}'s narrow event_words rows, joined on the keys:")
    for n in args.keys:
        print(
            "  "
            + _cold(
                lambda: duckdb.connect(args.store, read_only=True),
                lambda ks: (
                    f"SELECT w.event_id, w.recipient, w.size, w.lo, w.hi FROM event_words w"
                    f" JOIN (SELECT unnest([{_in_list(ks)}]::UINTEGER[]) AS key) p ON w.key = p.key"
                    f" WHERE {narrow}"
                ),
                keys,
                n,
            )
        )


if __name__ == "__main__":
    main()
