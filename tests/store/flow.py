"""The commands the kill test interrupts: ingest, process, rebuild, ingest more, remove one
document, re-code another."""

from __future__ import annotations

from geowire import pipeline
from geowire.ingest import ingest_sources
from geowire.settings import load_settings
from geowire.store import open_store


def run_flow(db: str, folder: str, extra: str, *, rebuild: bool) -> None:
    """What a user would run (``rebuild``: with a full model rebuild between two ingests); the
    same commands without the rebuild, run after a kill, must end in the same store."""
    settings = load_settings(None, db=db, save_batch=3)
    with open_store(db) as store:
        if rebuild:
            ingest_sources(store, settings, [folder])
            pipeline.process_pending(store, settings)
            pipeline.rebuild(store)
            ingest_sources(store, settings, [extra])
        else:
            ingest_sources(store, settings, [folder, extra])
        pipeline.process_pending(store, settings)
        rows = store.query("SELECT id, title FROM documents WHERE title IN ('Dispatch 10', 'Dispatch 11')")
        ids = {r["title"]: r["id"] for r in rows}
        pipeline.remove_documents(store, [ids["Dispatch 10"]])
        pipeline.process_pending(store, settings, doc_ids=[ids["Dispatch 11"]])
