"""The model is always consistent with the events (issue 14): SIGKILL a run at random points of
ingest, processing, model rebuild, removal and re-coding — 50 seeded kills — then run the next
commands and check the store equals a clean run's, with nothing for ``check_store`` to report.

Runs are forked from one helper process that has already imported geowire (a fresh interpreter
per run would spend the test's time importing), over the spaCy-free fake pipeline."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from geowire.store import open_store
from geowire.store.derived import DERIVED
from geowire.store.health import check_store

from .conftest import write_dispatches

KILLS = 50
SEED = 14

ZYGOTE = r"""
import os, sys
sys.path.insert(0, sys.argv[1])
from geowire import pipeline
from tests.store.fake_pipeline import FakeAnalyzer
from tests.store.flow import run_flow
pipeline.Analyzer = FakeAnalyzer
run_flow(*sys.argv[2:5], rebuild=True)  # what a run loads lazily, loaded here: forked runs start warm
print("ready", flush=True)
for line in sys.stdin:
    db, folder, extra = line.split()
    pid = os.fork()
    if pid == 0:
        try:
            run_flow(db, folder, extra, rebuild=True)
        finally:
            os._exit(0)
    print(f"pid {pid}", flush=True)
    _, status = os.waitpid(pid, 0)
    print(f"exit {status}", flush=True)
"""


def _snapshot(db: Path) -> dict[str, Any]:
    with open_store(db, read_only=True) as store:
        snap: dict[str, Any] = {
            "documents": store.query("SELECT id, status, reason FROM documents ORDER BY id"),
            "meta": store.query("SELECT * FROM store_meta ORDER BY key"),
        }
        for table in ("sentences", "mentions", "events", "claims", *DERIVED):
            rows = store.query(f"SELECT * FROM {table}")
            snap[table] = sorted(repr(sorted(r.items())) for r in rows)
        snap["problems"] = check_store(store)
    return snap


class Zygote:
    def __init__(self, warm_db: Path, folder: Path, extra: Path) -> None:
        root = Path(__file__).resolve().parents[2]
        self.proc = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE, str(root), str(warm_db), str(folder), str(extra)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "ready"

    def run(self, db: Path, folder: Path, extra: Path, *, kill_after: float | None) -> bool:
        """Run the flow; SIGKILL it after ``kill_after`` s. True when the kill cut it short."""
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(f"{db} {folder} {extra}\n")
        self.proc.stdin.flush()
        pid = int(self.proc.stdout.readline().split()[1])
        if kill_after is not None:
            time.sleep(kill_after)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass  # it had finished
        status = int(self.proc.stdout.readline().split()[1])
        return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL

    def close(self) -> None:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self.proc.stdout.close()


@pytest.mark.slow
def test_store_killed_anywhere_then_next_commands_equal_clean_run_issue14(
    tmp_path: Path, fake_pipeline: None
) -> None:
    from .flow import run_flow

    folder = tmp_path / "in"
    write_dispatches(folder, 6)
    extra = tmp_path / "extra"
    write_dispatches(extra, 12)
    for path in sorted(extra.iterdir())[:10]:
        path.unlink()  # two more documents, ingested separately: one is removed, one re-coded
    zygote = Zygote(tmp_path / "warm.duckdb", folder, extra)
    try:
        # the span kills are drawn from: the fastest of three clean runs (one slow run on a busy
        # machine would put many kills after the end, and the test would cut too few runs short)
        spans = []
        for n in range(3):
            clean = tmp_path / f"clean{n}.duckdb"
            started = time.monotonic()
            zygote.run(clean, folder, extra, kill_after=None)
            spans.append(time.monotonic() - started)
        span = min(spans)
        expected = _snapshot(clean)
        assert expected["problems"] == [] and expected["occurrences"] and expected["agreements"]
        rng = random.Random(SEED)
        cut = 0
        for i in range(KILLS):
            db = tmp_path / f"k{i}.duckdb"
            cut += zygote.run(db, folder, extra, kill_after=rng.uniform(0.0, span))
            run_flow(str(db), str(folder), str(extra), rebuild=False)  # the next commands
            assert _snapshot(db) == expected, f"kill {i}"
            for leftover in tmp_path.glob(f"k{i}.duckdb*"):
                leftover.unlink()
        assert cut >= KILLS * 0.8  # nearly every run was killed mid-way
    finally:
        zygote.close()
