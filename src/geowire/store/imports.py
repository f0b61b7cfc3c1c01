"""What ``geowire import`` reads and records in the store: the batch-output parts already imported
(``imported_parts``, migration 006) and which of a run's documents are stored already."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

import duckdb

from geowire.store.db import Store


def imported_parts(store: Store) -> set[str]:
    """The parts (paths under the batch output folder) imported before."""
    return {r["part"] for r in store.query("SELECT part FROM imported_parts")}


def stored_documents(store: Store, doc_ids: Collection[str]) -> set[str]:
    """Those of ``doc_ids`` that are in the store."""
    if not doc_ids:
        return set()
    rows = store.query("SELECT id FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [list(doc_ids)])
    return {r["id"] for r in rows}


def record_parts(
    con: duckdb.DuckDBPyConnection, parts: Sequence[tuple[str, str, int]], imported_at: dt.datetime
) -> None:
    """Record ``parts`` (part, run id, rows) as imported, in the caller's transaction."""
    con.executemany(
        "INSERT INTO imported_parts VALUES (?, ?, ?, ?)", [[*part, imported_at] for part in parts]
    )
