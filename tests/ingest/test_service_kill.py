"""The transaction guarantee with a real crash: SIGKILL an ingest mid-run, then re-run it.

Nothing is lost (every file ends up stored once), nothing is duplicated, and no row is partial
(each stored text is exactly its file's normalised text, and each document has its log line).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from geowire.ingest import ingest_sources
from geowire.ingest.normalize import normalize_text
from geowire.settings import load_settings
from geowire.store import open_store

from .conftest import unique_dispatch

N_FILES = 150
KILL_AFTER = 20

CHILD = """
import sys
from geowire.ingest import ingest_sources
from geowire.settings import load_settings
from geowire.store import open_store

settings = load_settings(None, db=sys.argv[1])
with open_store(settings.db) as store:
    ingest_sources(store, settings, [sys.argv[2]],
                   on_item=lambda r: (sys.stdout.write(r.outcome + "\\n"), sys.stdout.flush()))
"""


def test_service_killed_run_then_rerun_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    texts = {}
    for i in range(N_FILES):
        path = folder / f"{i:04d}.txt"
        path.write_text(unique_dispatch(i))
        texts[str(path)] = normalize_text(path.read_text())
    db = tmp_path / "k.duckdb"

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert child.stdout is not None
    for _ in range(KILL_AFTER):
        assert child.stdout.readline().strip() == "stored"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    settings = load_settings(None, db=db)
    with open_store(db) as store:
        before = store.scalar("SELECT count(*) FROM documents")
        assert KILL_AFTER <= before < N_FILES  # killed mid-run
        report = ingest_sources(store, settings, [str(folder)])
        assert (report.existing, report.stored, report.failed) == (before, N_FILES - before, 0)
        rows = store.query("SELECT id, path, text FROM documents")
        assert len(rows) == N_FILES and len({r["path"] for r in rows}) == N_FILES
        assert all(r["text"] == texts[r["path"]] for r in rows)
        unlogged = store.scalar(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM ingest_log l"
            " WHERE l.document_id = d.id AND l.outcome = 'stored')"
        )
        assert unlogged == 0
