"""``geowire export --format parquet-hive --out DIR``: the analytical tables as hive-partitioned Parquet.

Each table goes to ``DIR/<table>/year=YYYY/month=M/part-N.parquet``, partitioned by the year and
month of its date (an event's date, a document's publication date, an agreement's signature
date, ...; a row without a date is under ``year=__HIVE_DEFAULT_PARTITION__``, which every hive
reader takes as NULL).  DuckDB writes it straight from the store (``COPY ... PARTITION_BY``), so
the export scales with the store and never passes rows through Python (the SQL is in
:mod:`geowire.store.hive`).  DuckDB
(``read_parquet('DIR/events/*/*/*.parquet', hive_partitioning = true)``), Spark
(``spark.read.parquet("DIR/events")``) and pyarrow (``pyarrow.dataset.dataset("DIR/events",
partitioning="hive")``) query it directly and prune by ``year``/``month``; ``docs/scale.md``
has examples.  Documents are exported without their text and MinHash (join back on ``id``); JSON
columns (an event's actors, an agreement's fields) are plain strings.
"""

from __future__ import annotations

from pathlib import Path

from geowire.errors import ConfigError
from geowire.export.records import ExportReport
from geowire.store.db import Store
from geowire.store.hive import TABLES, copy_table

__all__ = ["TABLES", "write_hive"]


def write_hive(store: Store, out: Path, report: ExportReport) -> None:
    """Write every table under ``out`` (which must be missing or empty)."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ConfigError(f"{out} is not an empty directory: parquet-hive writes a folder per table there")
    out.mkdir(parents=True, exist_ok=True)
    for name in TABLES:
        report.rows += copy_table(store, name, out / name)
