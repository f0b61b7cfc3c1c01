"""Poison documents (issue 14): a document whose processing raises is marked failed with the
reason and the exception class; the others are processed, later runs do not retry it, and it can
be listed, re-coded or removed."""

from __future__ import annotations

from pathlib import Path

import pytest

from geowire import pipeline
from geowire.ingest import ingest_sources
from geowire.settings import load_settings
from geowire.store import open_store
from geowire.store.documents import list_documents
from geowire.store.health import check_store, model_is_stale

from .conftest import write_dispatches


@pytest.fixture
def stored(tmp_path: Path, fake_pipeline: None) -> tuple[Path, Path]:
    folder = tmp_path / "in"
    write_dispatches(folder, 7, poison={2})
    db = tmp_path / "s.duckdb"
    with open_store(db) as store:
        ingest_sources(store, load_settings(None, db=db, save_batch=3), [str(folder)])
    return db, folder


def test_pipeline_poison_document_is_failed_and_others_processed_issue14(stored: tuple[Path, Path]) -> None:
    db, _ = stored
    settings = load_settings(None, db=db, save_batch=3)
    with open_store(db) as store:
        report = pipeline.process_pending(store, settings)
        assert report.documents == 6
        assert [(f.error_class, f.error) for f in report.failed] == [("ValueError", "year 0 is out of range")]
        failed = list_documents(store, status="failed")
        assert len(failed) == 1 and failed[0]["title"] == "Dispatch 2"
        assert (failed[0]["reason"], failed[0]["error_class"]) == ("processing-failed", "ValueError")
        assert store.scalar("SELECT count(*) FROM documents WHERE status = 'processed'") == 6
        assert store.scalar("SELECT count(*) FROM occurrences") > 0
        assert not model_is_stale(store) and check_store(store) == []
        again = pipeline.process_pending(store, settings)  # not retried by later runs
        assert (again.documents, again.failed) == (0, ())


def test_pipeline_recode_and_remove_failed_document_issue14(
    stored: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = stored
    settings = load_settings(None, db=db)
    with open_store(db) as store:
        pipeline.process_pending(store, settings)
        (bad,) = [r["id"] for r in list_documents(store, status="failed")]
        assert pipeline.process_pending(store, settings, doc_ids=[bad]).failed  # still poison
        store.con.execute("UPDATE documents SET text = replace(text, 'POISON', 'plain') WHERE id = ?", [bad])
        report = pipeline.process_pending(store, settings, doc_ids=[bad])
        assert (report.documents, report.failed) == (1, ())
        assert store.scalar("SELECT status FROM documents WHERE id = ?", [bad]) == "processed"
        occurrences = store.scalar("SELECT count(*) FROM occurrence_events")
        assert pipeline.remove_documents(store, [bad, "dnothere"]) == [bad]
        assert store.scalar("SELECT count(*) FROM documents WHERE id = ?", [bad]) == 0
        assert store.scalar("SELECT count(*) FROM events WHERE doc_id = ?", [bad]) == 0
        assert store.scalar("SELECT count(*) FROM occurrence_events") < occurrences
        assert check_store(store) == []


def test_pipeline_unwritable_analysis_fails_only_its_document(
    stored: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = stored
    real = pipeline.save_analyses

    def picky(store, analyses, **kw):  # type: ignore[no-untyped-def]
        if len(analyses) and any(a.sentences[0].text.startswith("Sylvania") for a in analyses):
            raise OverflowError("date value out of range")
        return real(store, analyses, **kw)

    monkeypatch.setattr(pipeline, "save_analyses", picky)
    with open_store(db) as store:
        report = pipeline.process_pending(store, load_settings(None, db=db, save_batch=4))
        assert {f.error_class for f in report.failed} == {"OverflowError", "ValueError"}
        assert report.documents + len(report.failed) == 7
        assert check_store(store) == []
