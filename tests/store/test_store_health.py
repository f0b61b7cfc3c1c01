"""``geowire check`` / ``checkpoint`` and damaged stores (issue 14): a truncated or bit-flipped
store file is one line (StoreError, CLI exit 1), never a DuckDB traceback; check finds a stale
model and rows no document owns; checkpoint leaves the store as one file."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from geowire import pipeline
from geowire.cli import app
from geowire.errors import StoreError
from geowire.ingest import ingest_sources
from geowire.settings import load_settings
from geowire.store import open_store
from geowire.store.health import check_store, mark_model_stale, read_everything

from .conftest import write_dispatches


@pytest.fixture
def db(tmp_path: Path, fake_pipeline: None) -> Path:
    write_dispatches(tmp_path / "in", 5)
    path = tmp_path / "s.duckdb"
    settings = load_settings(None, db=path)
    with open_store(path) as store:
        ingest_sources(store, settings, [str(tmp_path / "in")])
        pipeline.process_pending(store, settings)
    CliRunner().invoke(app, ["checkpoint", "--db", str(path)])
    return path


def _damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "truncated":
        data = data[: len(data) // 3]
    else:
        for i in range(0, len(data), 1009):
            data[i] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["truncated", "bit-flipped"])
def test_store_damaged_file_is_one_line_store_error_issue14(db: Path, how: str) -> None:
    _damage(db, how)
    with pytest.raises(StoreError) as caught:
        with open_store(db, read_only=True) as store:
            read_everything(store)
    assert "\n" not in str(caught.value) and "damaged" in str(caught.value)
    for args in (["check"], ["ingest", str(db.parent / "in")]):
        result = CliRunner().invoke(app, [*args, "--db", str(db)])
        assert result.exit_code == 1, (args, result.output)
        assert "Traceback" not in result.output and result.output.count("error:") == 1, result.output
        assert len(result.output.strip().splitlines()) == 1, result.output


def test_store_check_finds_stale_model_and_orphans_then_repairs(db: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["check", "--db", str(db)]).exit_code == 0
    with open_store(db) as store, store.transaction() as con:
        mark_model_stale(con)
        con.execute("DELETE FROM occurrence_events")
        con.execute("INSERT INTO sentences VALUES ('dgone', 0, 0, 1, 0, 'x')")
    result = runner.invoke(app, ["check", "--db", str(db)])
    assert result.exit_code == 1
    assert (
        "model is stale" in result.output
        and "1 sentences rows belong to no processed document" in result.output
    )
    with open_store(db) as store, store.transaction() as con:
        con.execute("DELETE FROM sentences WHERE doc_id = 'dgone'")
    assert runner.invoke(app, ["check", "--repair", "--db", str(db)]).exit_code == 0
    with open_store(db, read_only=True) as store:
        assert check_store(store) == [] and store.scalar("SELECT count(*) FROM occurrence_events") > 0


def test_store_read_command_repairs_stale_model_first(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        links = store.scalar("SELECT count(*) FROM occurrence_events")
    with open_store(db) as store, store.transaction() as con:  # a run killed mid-model
        mark_model_stale(con)
        con.execute("DELETE FROM occurrence_events")
    assert CliRunner().invoke(app, ["events", "--db", str(db)]).exit_code == 0
    with open_store(db, read_only=True) as store:
        assert store.scalar("SELECT count(*) FROM occurrence_events") == links
        assert check_store(store) == []


def test_store_checkpoint_folds_wal_into_one_file(db: Path) -> None:
    from geowire.store.health import checkpoint

    wal, copy = Path(f"{db}.wal"), db.parent / "copy.duckdb"
    with open_store(db) as store:  # a writer still running: the change is in the .wal only
        with store.transaction() as con:
            con.execute("UPDATE documents SET title = 'renamed' WHERE title = 'Dispatch 1'")
        assert wal.exists() and wal.stat().st_size > 0
        copy.write_bytes(db.read_bytes())
        with open_store(copy, read_only=True) as other:
            assert other.scalar("SELECT count(*) FROM documents WHERE title = 'renamed'") == 0
        checkpoint(store)
        assert not wal.exists() or wal.stat().st_size == 0
        copy.write_bytes(db.read_bytes())
    with open_store(copy, read_only=True) as other:
        assert other.scalar("SELECT count(*) FROM documents WHERE title = 'renamed'") == 1


def test_store_ingest_with_nothing_new_repairs_model_emptied_by_a_kill_issue14(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        expected = store.scalar("SELECT count(*) FROM occurrences")
    with open_store(db) as store, store.transaction() as con:  # what a kill mid-rebuild left before
        mark_model_stale(con)
        for table in ("occurrences", "occurrence_events", "agreements", "statements", "dyad_totals"):
            con.execute(f"DELETE FROM {table}")
    result = CliRunner().invoke(app, ["ingest", str(db.parent / "in"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with open_store(db, read_only=True) as store:
        assert store.scalar("SELECT count(*) FROM occurrences") == expected > 0
        assert check_store(store) == []


def test_store_check_reports_another_confidence_floor_then_repairs(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A model built under one confidence floor is stale under another: check says so, and
    --repair (as any command that reads the model) rebuilds it under the configured one."""
    monkeypatch.setenv("GEOWIRE_MODEL_MIN_CONFIDENCE", "0.05")
    runner = CliRunner()
    result = runner.invoke(app, ["check", "--db", str(db)])
    assert result.exit_code == 1 and "configured 0.05" in result.output, result.output
    assert runner.invoke(app, ["check", "--repair", "--db", str(db)]).exit_code == 0
    assert runner.invoke(app, ["check", "--db", str(db)]).exit_code == 0


def test_store_check_finds_a_repeated_occurrence_id_then_repairs(db: Path) -> None:
    with open_store(db) as store, store.transaction() as con:
        con.execute("INSERT INTO occurrences SELECT * FROM occurrences LIMIT 1")
    with open_store(db, read_only=True) as store:
        assert "1 occurrence ids appear more than once (geowire rebuild)" in check_store(store)
    assert CliRunner().invoke(app, ["rebuild", "--db", str(db)]).exit_code == 0
    with open_store(db, read_only=True) as store:
        assert check_store(store) == []
