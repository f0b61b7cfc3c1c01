"""Load batch output (:mod:`geowire.scale.output`) into a DuckDB store.

Each document is inserted with its analysis in ONE transaction, in the original ingest order,
through the stores' own writers (``store.documents.insert_document`` and
``store.analysis.replace_document_analysis``), so an imported store is row for row what
``geowire ingest`` would have written; the derived model tables are then rebuilt.  Documents
already in the store (same id) are left alone, so importing twice is harmless.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geowire.errors import NotFoundError, OptionalDependencyError, StoreError
from geowire.scale.output import UNKNOWN
from geowire.scale.serialize import analysis_from_json
from geowire.store.db import Store
from geowire.types import DocStatus, Document


@dataclass
class ImportReport:
    source: str
    documents: int = 0
    analysed: int = 0
    existing: int = 0
    events: int = 0


def partition_date(name: str) -> dt.date | None:
    """The date of a ``published=YYYY-MM-DD`` directory (None for ``published=unknown``)."""
    value = name.partition("=")[2]
    if value == UNKNOWN:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise StoreError(f"unexpected partition directory {name!r}") from e


def read_documents(folder: Path) -> list[dict[str, Any]]:
    """Every document row under ``folder/documents``, in ingest order."""
    try:
        import pyarrow.parquet as pq
    except ImportError as e:
        raise OptionalDependencyError("geowire import", "export") from e
    files = sorted((folder / "documents").glob("published=*/*.parquet"))
    if not files:
        raise NotFoundError(f"no batch output under {folder} (expected documents/published=*/*.parquet)")
    rows: list[dict[str, Any]] = []
    for path in files:
        published = partition_date(path.parent.name)
        try:
            rows += [{**r, "published": published} for r in pq.read_table(path).to_pylist()]
        except (OSError, ValueError) as e:
            raise StoreError(f"cannot read {path}: {e}") from e
    rows.sort(key=lambda r: (r["ingested_at"], r["seq"]))
    return rows


def import_batch(store: Store, folder: Path) -> ImportReport:
    """Insert every document of a batch output folder (with its analysis) and rebuild the model."""
    from geowire.store.analysis import replace_document_analysis
    from geowire.store.documents import insert_document

    report = ImportReport(source=str(folder))
    for row in read_documents(folder):
        if store.scalar("SELECT count(*) FROM documents WHERE id = ?", [row["id"]]):
            report.existing += 1
            continue
        analysis = analysis_from_json(row["analysis"]) if row["analysis"] else None
        with store.transaction() as con:
            insert_document(
                con,
                _document(row),
                n_words=row["n_words"],
                minhash=row["minhash"],
                ingested_at=row["ingested_at"],
            )
            if analysis is not None:
                replace_document_analysis(con, analysis, coded=True)
        report.documents += 1
        if analysis is not None:
            report.analysed += 1
            report.events += len(analysis.events)
    if report.analysed:
        from geowire.model.build import rebuild_model

        rebuild_model(store)
    return report


def _document(row: dict[str, Any]) -> Document:
    return Document(
        id=row["id"],
        content_hash=row["content_hash"],
        text=row["text"],
        title=row["title"],
        outlet=row["outlet"],
        url=row["url"],
        path=row["path"],
        published=row["published"],
        published_source=row["published_source"],
        language=row["language"],
        status=DocStatus(row["status"]),
        reason=row["reason"],
        duplicate_of=row["duplicate_of"],
    )
