"""Store integrity: the persisted "model stale" mark, ``geowire check`` and ``geowire checkpoint``.

The derived model tables (occurrences, dyads, records) must agree with the events and claims.
Every transaction that changes events or claims also sets the ``model_stale`` mark
(:func:`mark_model_stale`); it is cleared (:func:`clear_model_stale`) only after the model has
been brought up to date.  A process killed in between leaves the mark set, and the next command
that extends or reads the model rebuilds it first (:func:`geowire.pipeline.ensure_model`).
A kill between the model's commit and the clearing costs only a needless rebuild.

:func:`check_store` lists what is wrong with a store, one line a problem; :func:`checkpoint`
folds the write-ahead log into the file, so that the ``.duckdb`` file alone is the whole store.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from geowire.errors import StoreError
from geowire.store import derived
from geowire.store.db import Store

MODEL_STALE = "model_stale"

# tables whose rows belong to one document (doc_id), and must not outlive it
DOCUMENT_TABLES = ("blocks", "sentences", "mentions", "dates", "quantities", "events", "claims")


def mark_model_stale(con: duckdb.DuckDBPyConnection) -> None:
    """Set the mark, inside the caller's transaction (the one that changes events or claims)."""
    con.execute(
        "INSERT INTO store_meta VALUES (?, 'true') ON CONFLICT (key) DO UPDATE SET value = 'true'",
        [MODEL_STALE],
    )


def clear_model_stale(con: duckdb.DuckDBPyConnection) -> None:
    """Clear the mark (the model now agrees with the events and claims)."""
    con.execute("DELETE FROM store_meta WHERE key = ?", [MODEL_STALE])


def model_is_stale(store: Store) -> bool:
    """Whether the derived model tables may disagree with the events and claims."""
    return bool(store.scalar("SELECT value FROM store_meta WHERE key = ?", [MODEL_STALE]) == "true")


def check_store(store: Store) -> list[str]:
    """One line per problem found (an empty list: the store is sound)."""
    problems: list[str] = []
    if model_is_stale(store):
        problems.append("model is stale: derived tables may not match the events (geowire check --repair)")
    for table in DOCUMENT_TABLES:
        n = store.scalar(
            f"SELECT count(*) FROM {table} t WHERE NOT EXISTS"
            " (SELECT 1 FROM documents d WHERE d.id = t.doc_id AND d.status = 'processed')"
        )
        if n:
            problems.append(f"{n} {table} rows belong to no processed document")
    n = store.scalar(
        "SELECT count(*) FROM occurrence_events o"
        " WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = o.event_id)"
    )
    if n:
        problems.append(f"{n} occurrence links point to no event")
    n = store.scalar(  # no key holds them unique since migration 022: ids are unique by construction
        "SELECT count(*) FROM (SELECT id FROM occurrences GROUP BY id HAVING count(*) > 1)"
    )
    if n:
        problems.append(f"{n} occurrence ids appear more than once (geowire rebuild)")
    floor = derived.model_events(derived.recorded_floor(store.con))  # those below it are not modelled
    n = store.scalar(
        f"SELECT count(*) FROM events e WHERE e.counts AND {floor} AND NOT EXISTS"
        " (SELECT 1 FROM occurrence_events o WHERE o.event_id = e.id)"
    )
    if n:
        problems.append(f"{n} counted events belong to no occurrence")
    n = store.scalar(
        "SELECT count(*) FROM documents WHERE status = 'stored' AND id IN (SELECT doc_id FROM events)"
    )
    if n:
        problems.append(f"{n} documents awaiting processing already have events")
    return problems


def read_everything(store: Store) -> None:
    """Read every row of every table (a damaged block raises :class:`StoreError`, one line)."""
    tables = [r["table_name"] for r in store.query("SELECT table_name FROM duckdb_tables() ORDER BY 1")]
    for table in tables:
        store.scalar(f'SELECT count(hash(t)) FROM "{table}" t')


def store_counts(store: Store) -> dict[str, int]:
    """Rows per main table (what ``geowire check`` reports beside the problems)."""
    tables = ("documents", *DOCUMENT_TABLES, "occurrences", "agreements", "transfers", "statements")
    return {t: int(store.scalar(f"SELECT count(*) FROM {t}") or 0) for t in tables}


def checkpoint(store: Store) -> Path | None:
    """Fold the write-ahead log into the store file; afterwards the file alone is the store."""
    try:
        store.con.execute("FORCE CHECKPOINT")
    except duckdb.Error as e:
        raise StoreError(f"cannot checkpoint {store.path}: {e}") from e
    finally:
        store.release()
    return store.path
