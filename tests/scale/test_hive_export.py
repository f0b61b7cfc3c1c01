"""``geowire export --format parquet-hive``: the analytical tables as hive-partitioned Parquet that
DuckDB (hive_partitioning) and pyarrow read back, pruned by year/month (issue 12)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
from typer.testing import CliRunner

from geowire.cli import app
from geowire.export.hive import TABLES
from geowire.model.build import rebuild_model
from geowire.store import documents as store_documents
from geowire.store import events as store_events
from geowire.store import open_store
from geowire.types import DocAnalysis, DocStatus, Document

from .conftest import make_event

DOC_ID = "d0123456789abcd"


def _store(path: Path) -> None:
    doc = Document(
        id=DOC_ID,
        content_hash="f" * 64,
        text="x" * 200,
        title="Ministers meet",
        published=dt.date(2025, 11, 4),
        published_source="metadata",
        language="en",
        status=DocStatus.PROCESSED,
    )
    events = (
        make_event("e1", date=dt.date(2025, 11, 3)),
        make_event("e2", category="ASSAULT", quad=4, score=-9.0, date=dt.date(2025, 10, 1), sentence_index=1),
        make_event("e3", category="AID", quad=2, score=5.0, date=None, sentence_index=2),
    )
    analysis = DocAnalysis(
        DOC_ID, (), (), (), (), (), tuple(dataclasses.replace(e, id=f"ev{e.id}") for e in events)
    )
    with open_store(path) as store:
        with store.transaction() as con:
            store_documents.insert_document(con, doc, n_words=40, minhash=None)
            store_events.replace(con, [analysis])
        rebuild_model(store)


def test_hive_export_duckdb_reads_it_with_hive_partitioning(tmp_path: Path) -> None:
    db, out = tmp_path / "s.duckdb", tmp_path / "hive"
    _store(db)
    result = CliRunner().invoke(
        app, ["export", "--format", "parquet-hive", "--out", str(out), "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(TABLES)
    assert (out / "events" / "year=2025" / "month=11").is_dir()
    events = f"read_parquet('{out}/events/*/*/*.parquet', hive_partitioning = true)"
    by_month = (
        duckdb.connect()
        .execute(f"SELECT year, month, count(*) FROM {events} GROUP BY ALL ORDER BY ALL")
        .fetchall()
    )
    assert by_month == [(2025, 10, 1), (2025, 11, 1), (None, None, 1)]
    pruned = (
        duckdb.connect()
        .execute(f"SELECT id, category FROM {events} WHERE year = 2025 AND month = 10")
        .fetchall()
    )
    assert pruned == [("eve2", "ASSAULT")]
    docs = duckdb.connect().execute(
        f"SELECT id, title FROM read_parquet('{out}/documents/*/*/*.parquet', hive_partitioning = true)"
    )
    assert docs.fetchall() == [(DOC_ID, "Ministers meet")]
    schema = ds.dataset(out / "events", partitioning="hive", format="parquet").schema
    assert str(schema.field("actors").type) == "string"  # JSON as plain text, for any reader
    dyads = ds.dataset(out / "dyads", partitioning="hive", format="parquet").to_table()
    assert dyads.num_rows > 0 and {"year", "month", "source", "target"} <= set(dyads.column_names)


def test_hive_export_refuses_a_non_empty_folder_and_filters(tmp_path: Path) -> None:
    db, out = tmp_path / "s.duckdb", tmp_path / "hive"
    _store(db)
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    busy = CliRunner().invoke(app, ["export", "-f", "parquet-hive", "-o", str(out), "--db", str(db)])
    assert busy.exit_code == 1 and "not an empty directory" in busy.output
    filtered = CliRunner().invoke(
        app, ["export", "-f", "parquet-hive", "-o", str(tmp_path / "new"), "--db", str(db), "--actor", "BOL"]
    )
    assert filtered.exit_code == 1 and "whole tables" in filtered.output
