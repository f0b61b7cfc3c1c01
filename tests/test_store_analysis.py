"""Saving a document's analysis: first save skips the deletes, a re-save replaces (never duplicates)."""

from __future__ import annotations

import datetime as dt

from geowire.pipeline import save_analysis
from geowire.store import open_store
from geowire.types import ActorMention, Block, DocAnalysis, Sentence

TEXT = "Ruritania thanked Freedonia for the grain shipment."


def _analysis() -> DocAnalysis:
    return DocAnalysis(
        doc_id="d1",
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
        save_analysis(store, _analysis())
    assert store.scalar("SELECT count(*) FROM mentions WHERE doc_id = 'd1'") == 1
    assert store.scalar("SELECT count(*) FROM sentences WHERE doc_id = 'd1'") == 1
    assert store.scalar("SELECT status FROM documents WHERE id = 'd1'") == "processed"
