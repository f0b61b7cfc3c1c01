"""Benchmark one writer and many readers on one store: what readers wait, what the writer pays.

    .venv/bin/python bench/bench_readers.py [--docs 1500] [--code] [--json]

A ``geowire ingest`` subprocess writes ``--docs`` generated dispatches (``--no-code`` unless
``--code``) into a fresh store, three times: alone (``alone``), with a reader in this process
opening the store read-only, counting documents and closing it in a loop (``shared``), and alone
again with the writer holding the file for its whole run as geowire did before issue 12
(``held``; readers then cannot open it at all).  Printed: the writer's wall time per mode and
the readers' open+query latencies (p50 / p95 / max) and how many reads succeeded.  Also timed
here, on a synthetic 1M-row table: a reader's open+query+close, a writer's open+16-row
commit+close, and copying the file (what a snapshot-publishing design would pay per publish).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import duckdb

WORDS = (
    "minister talks border trade envoy summit treaty ceasefire sanctions aid port harbour grain "
    "council vote parliament delegation embassy convoy pipeline tariff election coalition mission"
).split()
HELD = (
    "import geowire.store.db as db\n"
    "db.Store.release = lambda self, **kw: None\n"  # the writer never lets go: the old behaviour
    "from geowire.cli import main\nmain()\n"
)
PLAIN = "from geowire.cli import main\nmain()\n"


def corpus(folder: Path, n: int) -> None:
    folder.mkdir(parents=True)
    for i in range(n):
        rng = random.Random(i)
        body = " ".join(" ".join(rng.choice(WORDS) for _ in range(12)) + "." for _ in range(12))
        (folder / f"{i:05d}.txt").write_text(f"Dispatch {i}\n\n{body}\n", encoding="utf-8")


def ingest(folder: Path, db: Path, *, code: bool, held: bool, reader: bool) -> dict[str, Any]:
    args = [sys.executable, "-c", HELD if held else PLAIN, "ingest", str(folder), "--db", str(db), "--json"]
    start = time.monotonic()
    proc = subprocess.Popen([*args] + ([] if code else ["--no-code"]), stdout=subprocess.DEVNULL)
    latencies, failures = read_loop(db, proc) if reader else ([], 0)
    proc.wait()
    return {
        "writer_s": round(time.monotonic() - start, 2),
        "rc": proc.returncode,
        **stats(latencies, failures),
    }


def read_loop(db: Path, proc: subprocess.Popen[bytes]) -> tuple[list[float], int]:
    from geowire.errors import StoreError
    from geowire.store import open_store

    latencies: list[float] = []
    failures = 0
    while proc.poll() is None:
        if not db.exists():  # the writer has not created it yet
            time.sleep(0.05)
            continue
        start = time.monotonic()
        try:
            with open_store(db, read_only=True, wait=30) as store:
                store.scalar("SELECT count(*) FROM documents")
            latencies.append(time.monotonic() - start)
        except StoreError:
            failures += 1
            time.sleep(0.05)
        time.sleep(0.05)
    return latencies, failures


def stats(latencies: list[float], failures: int) -> dict[str, Any]:
    if not latencies:
        return {"reads": 0, "failed_reads": failures}
    ms = sorted(x * 1000 for x in latencies)
    return {
        "reads": len(ms),
        "failed_reads": failures,
        "read_p50_ms": round(statistics.median(ms), 1),
        "read_p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 1),
        "read_max_ms": round(ms[-1], 1),
    }


def primitives(tmp: Path, rows: int = 1_000_000) -> dict[str, float]:
    """Per-operation costs of the candidate designs on a 1M-row table with two unique indexes."""
    path = tmp / "prim.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE documents (id VARCHAR PRIMARY KEY, h VARCHAR UNIQUE, text VARCHAR)")
    con.execute(
        f"INSERT INTO documents SELECT 'd'||i, md5(i::VARCHAR), repeat('word ', 200) FROM range({rows}) t(i)"
    )
    con.close()

    def reader(i: int) -> None:
        c = duckdb.connect(str(path), read_only=True)
        c.execute("SELECT count(*) FROM documents").fetchone()
        c.close()

    def writer(i: int) -> None:
        c = duckdb.connect(str(path))
        c.execute(f"INSERT INTO documents SELECT 'n{i}_'||j, md5('n{i}_'||j), 'x' FROM range(16) t(j)")
        c.close()

    def snapshot(i: int) -> None:
        shutil.copyfile(path, tmp / "snapshot.duckdb")

    return {
        "file_mb": round(path.stat().st_size / 1e6, 1),
        "reader_open_query_close_ms": timed(reader),
        "writer_open_commit16_close_ms": timed(writer),
        "snapshot_copy_ms": timed(snapshot, n=3),
    }


def timed(fn: Any, n: int = 10) -> float:
    start = time.perf_counter()
    for i in range(n):
        fn(i)
    return round((time.perf_counter() - start) / n * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1500)
    parser.add_argument("--code", action="store_true", help="annotate and code too (needs the model)")
    parser.add_argument("--json", action="store_true")
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="geowire-readers-") as name:
        tmp = Path(name)
        corpus(tmp / "in", opts.docs)
        result: dict[str, Any] = {"docs": opts.docs, "code": opts.code}
        for mode, held, reader in (("alone", False, False), ("shared", False, True), ("held", True, False)):
            result[mode] = ingest(
                tmp / "in", tmp / f"{mode}.duckdb", code=opts.code, held=held, reader=reader
            )
        result["primitives_1M_rows"] = primitives(tmp)
    if opts.json:
        print(json.dumps(result, indent=2))
        return
    for key, value in result.items():
        print(f"{key:>20}: {value}")


if __name__ == "__main__":
    main()
