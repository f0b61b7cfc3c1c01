"""``geowire export --format parquet-hive --out DIR``: the analytical tables as hive-partitioned Parquet.

Each table goes to ``DIR/<table>/year=YYYY/month=M/part-N.parquet``, partitioned by the year and
month of its date (an event's date, a document's publication date, an agreement's signature
date, ...; a row without a date is under ``year=__HIVE_DEFAULT_PARTITION__``, which every hive
reader takes as NULL).  DuckDB writes it straight from the store (``COPY ... PARTITION_BY``), so
the export scales with the store and never passes rows through Python.  DuckDB
(``read_parquet('DIR/events/*/*/*.parquet', hive_partitioning = true)``), Spark
(``spark.read.parquet("DIR/events")``) and pyarrow (``pyarrow.dataset.dataset("DIR/events",
partitioning="hive")``) query it directly and prune by ``year``/``month``; ``docs/scale.md``
has examples.  Documents are exported without their text and MinHash (join back on ``id``); JSON
columns (an event's actors, an agreement's fields) are plain strings.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from geowire.errors import ConfigError, StoreError
from geowire.export.records import ExportReport
from geowire.store.db import Store

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


def write_hive(store: Store, out: Path, report: ExportReport) -> None:
    """Write every table under ``out`` (which must be missing or empty)."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ConfigError(f"{out} is not an empty directory: parquet-hive writes a folder per table there")
    out.mkdir(parents=True, exist_ok=True)
    for name, (select, date) in TABLES.items():
        report.rows += _copy(store, name, select, date, out / name)


def _copy(store: Store, name: str, select: str, date: str, folder: Path) -> int:
    """One table to ``folder``, partitioned by year and month of ``date``; the number of rows."""
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
    """``select`` with its JSON columns as plain strings (DuckDB would tag them with the Parquet JSON
    type, which not every reader knows)."""
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
