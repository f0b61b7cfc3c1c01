"""--db naming a directory or a file that is not DuckDB's: one line, exit 1, the file untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from geowire.cli import app
from geowire.errors import StoreError
from geowire.store.db import check_store_file, open_store

COMMANDS = (["summary"], ["events"], ["docs"], ["check"], ["ingest", "--no-code"])


def _lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.strip()]


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_db_directory_is_named_as_one(tmp_path: Path, command: list[str]) -> None:
    folder = tmp_path / "stores"
    folder.mkdir()
    extra = [str(tmp_path / "none.txt")] if command[0] == "ingest" else []
    result = CliRunner().invoke(app, [*command, *extra, "--db", str(folder)])
    assert result.exit_code == 1
    assert _lines(result.output) == [f"error: {folder} is a directory, not a store"]
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_db_text_file_is_not_a_duckdb_store_and_stays_as_it_was(
    tmp_path: Path, command: list[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"these are my notes, not a database\n" * 20)
    before = notes.read_bytes()
    extra = [str(tmp_path / "none.txt")] if command[0] == "ingest" else []
    result = CliRunner().invoke(app, [*command, *extra, "--db", str(notes)])
    assert result.exit_code == 1
    assert _lines(result.output) == [f"error: {notes} is not a DuckDB store"]
    assert notes.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]  # no lock file, no WAL beside it


def test_store_file_check_lets_a_store_and_a_new_file_through(tmp_path: Path) -> None:
    with open_store(tmp_path / "real.duckdb"):
        pass
    check_store_file(tmp_path / "real.duckdb", must_exist=True)
    check_store_file(tmp_path / "new.duckdb", must_exist=False)
    (tmp_path / "empty.duckdb").touch()
    check_store_file(tmp_path / "empty.duckdb", must_exist=False)  # a writer makes a store of it
    with pytest.raises(StoreError, match="is not a DuckDB store"):
        check_store_file(tmp_path / "empty.duckdb", must_exist=True)
    with pytest.raises(StoreError, match="no store at"):
        check_store_file(tmp_path / "missing.duckdb", must_exist=True)
