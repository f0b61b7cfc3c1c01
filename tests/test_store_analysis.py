"""Saving analyses: a first save skips the deletes, a re-save replaces (never duplicates), and a
batch of documents is written whole or not at all."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from geowire.pipeline import save_analyses
from geowire.store import Store, open_store
from geowire.types import ActorMention, Block, DocAnalysis, Sentence

TEXT = "Ruritania thanked Freedonia for the grain shipment."


def _analysis(doc_id: str = "d1") -> DocAnalysis:
    return DocAnalysis(
        doc_id=doc_id,
        blocks=(Block("body", 0, len(TEXT)),),
        sentences=(Sentence(0, 0, len(TEXT), TEXT),),
        mentions=(ActorMention(0, 9, "Ruritania", "unresolved", sentence=0),),
        dates=(),
        quantities=(),
        events=(),
    )


def test_store_analysis_resave_replaces_rows() -> None:
    store = open_store(None)
    store.con.execute(
        "INSERT INTO documents (id, content_hash, published_source, ingested_at, status, text, n_words)"
        " VALUES ('d1', 'h1', 'unknown', ?, 'stored', ?, 7)",
        [dt.datetime(2026, 1, 1), TEXT],
    )
    for _ in range(3):
        save_analyses(store, [_analysis()])
    assert store.scalar("SELECT count(*) FROM mentions WHERE doc_id = 'd1'") == 1
    assert store.scalar("SELECT count(*) FROM sentences WHERE doc_id = 'd1'") == 1
    assert store.scalar("SELECT status FROM documents WHERE id = 'd1'") == "processed"


def _add(store: Store, doc_id: str, status: str = "stored") -> None:
    store.con.execute(
        "INSERT INTO documents (id, content_hash, published_source, ingested_at, status, text, n_words)"
        " VALUES (?, ?, 'unknown', ?, ?, ?, 7)",
        [doc_id, doc_id + "h", dt.datetime(2026, 1, 1), status, TEXT],
    )


def test_store_analysis_batch_replaces_processed_and_fills_new() -> None:
    store = open_store(None)
    _add(store, "d1")
    save_analyses(store, [_analysis("d1")])  # d1 processed once already
    _add(store, "d2")
    save_analyses(store, [_analysis("d1"), _analysis("d2")])
    counts = dict(store.con.execute("SELECT doc_id, count(*) FROM mentions GROUP BY doc_id").fetchall())
    assert counts == {"d1": 1, "d2": 1}
    assert store.scalar("SELECT count(*) FROM documents WHERE status = 'processed'") == 2


def test_store_analysis_failed_batch_leaves_every_document_pending() -> None:
    store = open_store(None)
    for doc_id in ("d1", "d2"):
        _add(store, doc_id)
    # the events are written after the annotations: a bad event fails the batch half-way
    broken = replace(_analysis("d2"), events=(None,))  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        save_analyses(store, [_analysis("d1"), broken])
    assert store.scalar("SELECT count(*) FROM sentences") == 0
    assert store.scalar("SELECT count(*) FROM documents WHERE status = 'stored'") == 2
