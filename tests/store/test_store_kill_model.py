"""The model is always consistent with the events (issue 14): SIGKILL a run at random points of
ingest, processing, model rebuild, removal and re-coding — 50 seeded kills — then run the next
commands and check the store equals a clean run's, with nothing for ``check_store`` to report.

Runs are forked from one helper process that has already imported geowire (a fresh interpreter
per run would spend the test's time importing), over the spaCy-free fake pipeline.

Each kill lands at a random point of the run's *work*, not of the wall clock: the test draws a
CPU time up to what a clean run uses, waits until the run has used that much (read from
``/proc/PID/stat``, Linux) and kills it then. A run's CPU time hardly depends on what else the
machine is doing, where its wall time does: kills drawn from wall-clock spans measured while the
machine was busy landed after the end of the later, faster runs (11 of 50 runs cut short when
four busy loops ran during the clean runs only)."""

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
    _, status, usage = os.wait4(pid, 0)
    print(f"exit {status} {usage.ru_utime + usage.ru_stime}", flush=True)
"""
DEADLINE = 300.0  # seconds a run may take to use its drawn CPU time, however busy the machine
_TICK = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float | None:
    """The CPU time (user + system, all threads) process ``pid`` has used, or None once it has
    finished (a zombie, or gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rpartition(")")[2].split()  # fields 3 … of proc(5), after the command name
    if fields[0] in ("Z", "X"):
        return None
    return (int(fields[11]) + int(fields[12])) / _TICK


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

    def run(self, db: Path, folder: Path, extra: Path, *, kill_at: float | None) -> tuple[bool, float]:
        """Run the flow; SIGKILL it once it has used ``kill_at`` s of CPU time. Whether the kill
        cut it short, and the CPU time the run used."""
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(f"{db} {folder} {extra}\n")
        self.proc.stdin.flush()
        pid = int(self.proc.stdout.readline().split()[1])
        if kill_at is not None:
            _kill_when_spent(pid, kill_at)
        _, status, cpu = self.proc.stdout.readline().split()
        return os.WIFSIGNALED(int(status)) and os.WTERMSIG(int(status)) == signal.SIGKILL, float(cpu)

    def close(self) -> None:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self.proc.stdout.close()


def _kill_when_spent(pid: int, cpu: float) -> None:
    """SIGKILL ``pid`` as soon as it has used ``cpu`` seconds of CPU time (nothing if it finishes
    first); fail if it has not within :data:`DEADLINE` seconds."""
    deadline = time.monotonic() + DEADLINE
    while (used := _cpu_seconds(pid)) is not None and used < cpu:
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            pytest.fail(f"a run used {used:.2f} s of CPU in {DEADLINE:.0f} s, short of the {cpu:.2f} s drawn")
        time.sleep(0.002)
    if used is not None:
        os.kill(pid, signal.SIGKILL)  # still running: the zygote has not reaped it, so the pid is its


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
    assert Path(f"/proc/{os.getpid()}/stat").exists(), "the kill test reads CPU times from /proc (Linux)"
    zygote = Zygote(tmp_path / "warm.duckdb", folder, extra)
    try:
        # the CPU time kills are drawn from: the least of three clean runs'
        spent = []
        for n in range(3):
            clean = tmp_path / f"clean{n}.duckdb"
            spent.append(zygote.run(clean, folder, extra, kill_at=None)[1])
        span = min(spent)
        expected = _snapshot(clean)
        assert expected["problems"] == [] and expected["occurrences"] and expected["agreements"]
        rng = random.Random(SEED)
        cut = 0
        for i in range(KILLS):
            db = tmp_path / f"k{i}.duckdb"
            cut += zygote.run(db, folder, extra, kill_at=rng.uniform(0.0, span))[0]
            run_flow(str(db), str(folder), str(extra), rebuild=False)  # the next commands
            assert _snapshot(db) == expected, f"kill {i}"
            for leftover in tmp_path.glob(f"k{i}.duckdb*"):
                leftover.unlink()
        assert cut >= KILLS * 0.8  # nearly every run was killed mid-way
    finally:
        zygote.close()
