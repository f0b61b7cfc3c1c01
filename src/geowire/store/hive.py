"""The SQL of ``geowire export --format parquet-hive`` (:mod:`geowire.export.hive`): each analytical
table copied by DuckDB straight from the store to hive-partitioned Parquet (``COPY ...
PARTITION_BY``), partitioned by the year and month of its date, so no row passes through Python.
JSON columns are written as plain strings (DuckDB would tag them with the Parquet JSON type, which
not every reader knows)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from geowire.errors import StoreError
from geowire.store.db import Store

__all__ = ["TABLES", "copy_table"]

# table → (SELECT giving its rows, the date expression partitioning them)
TABLES: dict[str, tuple[str, str]] = {
    "documents": (
        "SELECT * EXCLUDE (text, minhash) FROM documents",
        "published",
    ),
    "events": ("SELECT * FROM events", "date"),
    "occurrences": ("SELECT * FROM occurrences", "date"),
    "occurrence_events": (
        "SELECT oe.*, o.date FROM occurrence_events oe LEFT JOIN occurrences o ON o.id = oe.occurrence_id",
        "date",
    ),
    "dyads": ("SELECT * FROM occurrence_dyads", "date"),
    "agreements": ("SELECT * FROM agreements", "signed"),
    "transfers": ("SELECT * FROM transfers", "date"),
    "deployments": ("SELECT * FROM deployments", "date"),
    "statements": ("SELECT * FROM statements", "published"),
    "contradictions": (
        "SELECT c.*, d.published FROM contradictions c LEFT JOIN documents d ON d.id = c.doc_a",
        "published",
    ),
}


def copy_table(store: Store, name: str, folder: Path) -> int:
    """The table ``name`` (a key of :data:`TABLES`) to ``folder``, partitioned by year and month of
    its date; the number of rows."""
    select, date = TABLES[name]
    sql = (
        f"COPY (SELECT *, year({date}) AS year, month({date}) AS month FROM ({_portable(store, select)}))"
        f" TO '{_quoted(folder)}' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (year, month),"
        " OVERWRITE_OR_IGNORE, FILENAME_PATTERN 'part-{i}')"
    )
    try:
        row = store.con.execute(sql).fetchone()
    except duckdb.Error as e:
        raise StoreError(f"cannot export {name} to {folder}: {e}") from e
    return int(row[0]) if row else 0


def _portable(store: Store, select: str) -> str:
    """``select`` with its JSON columns as plain strings."""
    try:
        described = store.con.execute(f"DESCRIBE {select}").fetchall()
    except duckdb.Error as e:
        raise StoreError(f"cannot export: {e}") from e
    json_columns = [row[0] for row in described if row[1] == "JSON"]
    if not json_columns:
        return select
    cast = ", ".join(f'"{c}"::VARCHAR AS "{c}"' for c in json_columns)
    return f"SELECT * REPLACE ({cast}) FROM ({select})"


def _quoted(path: Path) -> str:
    """``path`` inside a SQL string literal (COPY takes no parameter for its target)."""
    return str(path.resolve()).replace("'", "''")
