"""Load batch output (:mod:`geowire.scale.output`) into a DuckDB store.

Each document is inserted with its analysis in ONE transaction (``save_batch`` documents to a
transaction), in the original ingest order, through the stores' own writers
(``store.documents.insert_documents`` and ``store.analysis.replace_document_analyses``), so an
imported store is row for row what ``geowire ingest`` would have written; the derived model
tables are then rebuilt.  Documents already in the store (same id) are left alone, so importing
twice is harmless.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geowire.errors import NotFoundError, OptionalDependencyError, StoreError
from geowire.scale.output import UNKNOWN
from geowire.scale.serialize import analysis_from_json
from geowire.store.db import Store
from geowire.types import DocAnalysis, DocStatus, Document

if TYPE_CHECKING:
    from geowire.store.documents import NewDocument


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


def import_batch(store: Store, folder: Path, *, save_batch: int = 16) -> ImportReport:
    """Insert every document of a batch output folder (with its analysis) and rebuild the model;
    ``save_batch`` documents a transaction, each whole or not at all."""
    from geowire.store.documents import NewDocument

    report = ImportReport(source=str(folder))
    docs: list[NewDocument] = []
    analyses: list[DocAnalysis] = []
    seen: set[str] = set()
    for row in read_documents(folder):
        if row["id"] in seen or store.scalar("SELECT count(*) FROM documents WHERE id = ?", [row["id"]]):
            report.existing += 1
            continue
        seen.add(row["id"])
        docs.append(NewDocument(_document(row), row["n_words"], row["minhash"], row["ingested_at"]))
        report.documents += 1
        if row["analysis"]:
            analysis = analysis_from_json(row["analysis"])
            analyses.append(analysis)
            report.analysed += 1
            report.events += len(analysis.events)
        if len(docs) >= save_batch:
            _write(store, docs, analyses)
            docs, analyses = [], []
    _write(store, docs, analyses)
    if report.analysed:
        from geowire.model.build import rebuild_model

        rebuild_model(store)
    return report


def _write(store: Store, docs: list[NewDocument], analyses: list[DocAnalysis]) -> None:
    """Insert documents and their analyses in one transaction (one statement per table)."""
    from geowire.store.analysis import replace_document_analyses
    from geowire.store.documents import insert_documents

    if docs:
        with store.transaction() as con:
            insert_documents(con, docs)
            replace_document_analyses(con, analyses, coded=True)


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
