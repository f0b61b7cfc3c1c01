"""One writer, many readers (issue 12): readers open the store read-only while a writer works, a
second writing process is refused in one line, and a read on a missing store creates nothing."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geowire.cli import app
from geowire.errors import StoreBusyError, StoreError
from geowire.store import open_store

READER = """
import sys
from geowire.store import open_store
with open_store(sys.argv[1], read_only=True, wait=20) as store:
    print(store.scalar("SELECT count(*) FROM documents"))
"""
WRITER = """
import sys
from geowire.errors import StoreBusyError
from geowire.store import open_store
try:
    open_store(sys.argv[1], wait=0.3)
except StoreBusyError as e:
    print(e)
"""


def test_store_readers_missing_store_is_refused_and_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "typo.duckdb"
    with pytest.raises(StoreError, match="no store at"):
        open_store(missing, read_only=True)
    assert not missing.exists()


@pytest.mark.parametrize("command", [["events"], ["summary"], ["docs"], ["actors"], ["network"]])
def test_store_readers_read_command_on_missing_store_exits_1(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "typo.duckdb"
    result = CliRunner().invoke(app, [*command, "--db", str(missing)])
    assert result.exit_code == 1, result.output
    assert f"no store at {missing}" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert not missing.exists()


def test_store_readers_get_in_while_a_writer_works(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    done = threading.Event()
    with open_store(db) as writer:

        def work() -> None:  # one step after another, as ingest does
            while not done.is_set():
                with writer.transaction() as con:
                    con.execute("SELECT count(*) FROM documents").fetchone()

        thread = threading.Thread(target=work)
        thread.start()
        try:
            reader = subprocess.run([sys.executable, "-c", READER, str(db)], capture_output=True, text=True)
        finally:
            done.set()
            thread.join()
    assert reader.returncode == 0, reader.stderr
    assert reader.stdout.strip() == "0"


def test_store_readers_second_writer_is_refused_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with open_store(db):
        other = subprocess.run([sys.executable, "-c", WRITER, str(db)], capture_output=True, text=True)
    assert other.returncode == 0, other.stderr
    assert "another geowire process is writing to" in other.stdout
    assert StoreBusyError.__mro__[1] is StoreError


def test_store_readers_same_process_reader_shares_the_writer(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with open_store(db) as writer:
        writer.scalar("SELECT 1")  # the writer has the file open
        with open_store(db, read_only=True) as reader:
            assert reader.scalar("SELECT count(*) FROM documents") == 0
