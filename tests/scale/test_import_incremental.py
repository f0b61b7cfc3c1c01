"""``geowire import DIR`` picks up only the parts batch runs added since the last import (issue 12)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from typer.testing import CliRunner

from geowire.cli import app
from geowire.ingest.dedup import content_hash, document_id
from geowire.scale.importer import import_batch
from geowire.scale.output import write_partitions
from geowire.scale.ray_batch import StagedDocument
from geowire.store import open_store
from geowire.types import DocStatus, Document


def _run(out: Path, run_id: str, texts: list[tuple[str, dt.date | None]]) -> None:
    """A batch run's output for ``texts`` (documents only, not analysed)."""
    staged = []
    for seq, (text, published) in enumerate(texts):
        digest = content_hash(text)
        doc = Document(
            id=document_id(digest),
            content_hash=digest,
            text=text,
            published=published,
            published_source="metadata" if published else "unknown",
            language="en",
            status=DocStatus.STORED,
        )
        staged.append(StagedDocument(doc, len(text.split()), [1, 2, 3], dt.datetime(2026, 1, 1, 0, seq), seq))
    write_partitions(staged, {}, out, run_id=run_id)


def test_import_incremental_reads_only_new_parts(tmp_path: Path) -> None:
    out, db = tmp_path / "shared" / "out", tmp_path / "s.duckdb"
    _run(out, "run1", [("Portugal and Brazil met.", dt.date(2025, 11, 3)), ("Aid went to Ecuador.", None)])
    with open_store(db) as store:
        first = import_batch(store, out)
    assert (first.documents, first.parts, first.parts_skipped) == (2, 2, 0)

    _run(out, "run2", [("Chile and Peru talked.", dt.date(2025, 11, 3)), ("Portugal and Brazil met.", None)])
    result = CliRunner().invoke(app, ["import", str(out), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    with open_store(db, read_only=True) as store:
        assert store.scalar("SELECT count(*) FROM documents") == 3  # the repeated text is not stored twice
        assert store.scalar("SELECT count(*) FROM imported_parts") == 4
    with open_store(db) as store:
        again = import_batch(store, out)
    assert (again.documents, again.parts, again.parts_skipped) == (0, 0, 4)


def test_import_incremental_cli_says_what_it_skipped(tmp_path: Path) -> None:
    out, db = tmp_path / "out", tmp_path / "s.duckdb"
    _run(out, "r1", [("Kenya and Uganda signed a deal.", dt.date(2025, 1, 2))])
    runner = CliRunner()
    assert runner.invoke(app, ["import", str(out), "--db", str(db)]).exit_code == 0
    second = runner.invoke(app, ["import", str(out), "--db", str(db)])
    assert second.exit_code == 0
    assert "0 new parts (1 imported before)" in second.output
