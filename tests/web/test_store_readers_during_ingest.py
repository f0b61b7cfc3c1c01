"""Many readers, one writer (issue 12): `geowire events` and the API answer while `geowire ingest`
writes to the same store in another process.

The ingest is a real subprocess over enough generated dispatches to take several seconds
(ingest, annotation and coding, model rebuild); the reads run in this process (the API through
``create_app`` with no store of its own) and as `geowire events` subprocesses.  Each read must
succeed — and several must finish while the ingest is still running.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from geowire.api import create_app
from geowire.settings import Settings

pytestmark = [pytest.mark.model, pytest.mark.slow]

N_DOCS = 240  # a write window of ten seconds or more: several reads finish inside it even on a quiet machine
COUNTRIES = ("France", "Germany", "Japan", "Brazil", "Kenya", "India", "Chile", "Norway", "Egypt", "Peru")
SENTENCES = (
    "{a} and {b} signed an agreement on trade cooperation on Monday.",
    "{a} accused {b} of violating the border accord, officials said.",
    "{a} sent {n} tonnes of humanitarian aid to {b} after the floods.",
    "{b} expelled {n} diplomats from {a}, citing interference.",
    "{a} threatened to impose sanctions on {b} over the seizure of a ship.",
    "Talks between {a} and {b} on fisheries ended without agreement.",
)
GEOWIRE = [sys.executable, "-c", "from geowire.cli import main; main()"]


def _dispatch(i: int) -> str:
    rng = random.Random(i)
    lines = []
    for _ in range(6):
        a, b = rng.sample(COUNTRIES, 2)
        lines.append(rng.choice(SENTENCES).format(a=a, b=b, n=rng.randint(2, 900)))
    return f"Dispatch {i}: {rng.randint(10**6, 10**7)}\n\n" + " ".join(lines) + "\n"


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for i in range(N_DOCS):
        (folder / f"{i:03d}.txt").write_text(_dispatch(i), encoding="utf-8")
    return folder


def _cli_events(db: Path) -> list[object]:
    done = subprocess.run([*GEOWIRE, "events", "--db", str(db), "--json"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert isinstance(rows, list)
    return rows


def _api_reads(client: TestClient) -> int:
    overview = client.get("/api/overview")
    assert overview.status_code == 200, overview.text
    events = client.get("/api/events")
    assert events.status_code == 200, events.text
    items = events.json()["items"]
    assert isinstance(items, list)
    return len(items)


def test_store_readers_answer_while_ingest_writes_issue_12(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "in")
    db = tmp_path / "shared.duckdb"
    seed = [*GEOWIRE, "ingest", str(folder / "000.txt"), "--db", str(db), "--no-code"]
    subprocess.run(seed, check=True, capture_output=True)  # the store exists before the readers start
    # the writer's output goes to files: a pipe nobody reads until the end fills up with its
    # progress lines on a long ingest and blocks it
    out_file, err_file = tmp_path / "ingest.out", tmp_path / "ingest.err"
    with out_file.open("w") as out_fh, err_file.open("w") as err_fh:
        writer = subprocess.Popen(
            [*GEOWIRE, "ingest", str(folder), "--db", str(db), "--json"],
            stdout=out_fh,
            stderr=err_fh,
            text=True,
        )
    during: list[tuple[str, float, int]] = []  # (which, seconds, rows) of reads done while it wrote
    try:
        client = TestClient(create_app(Settings(db=db)))
        while writer.poll() is None:
            start = time.monotonic()
            cli_rows = len(_cli_events(db))
            cli_s = time.monotonic() - start
            start = time.monotonic()
            api_rows = _api_reads(client)
            api_s = time.monotonic() - start
            if writer.poll() is None:
                during += [("cli", cli_s, cli_rows), ("api", api_s, api_rows)]
        writer.wait(timeout=120)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert writer.returncode == 0, err_file.read_text(encoding="utf-8")
    report = json.loads(out_file.read_text(encoding="utf-8"))
    assert report["stored"] == N_DOCS - 1 and report["processing"]["documents"] == N_DOCS
    assert sum(1 for which, _, _ in during if which == "cli") >= 3, during
    assert sum(1 for which, _, _ in during if which == "api") >= 3, during
    assert len({rows for _, _, rows in during}) >= 2, during  # they saw the store grow, not a copy
    final = _cli_events(db)
    assert final and len(final) >= max(rows for which, _, rows in during if which == "cli")
