"""Load batch output (:mod:`geowire.scale.output`) into a DuckDB store, incrementally.

Each document is inserted with its analysis in ONE transaction (``save_batch`` documents to a
transaction), in the original ingest order, through the stores' own writers
(``store.documents.insert_documents`` and ``store.analysis.replace_document_analyses``), so an
imported store is row for row what ``geowire ingest`` would have written; the derived model
tables are then brought up to date for the new documents (``update_model``, or a rebuild when
the model was stale before the import).  The documents parts imported are listed in ``imported_parts`` (with
the last transaction of their run), so ``geowire import DIR`` reads only the parts that batch
runs added to ``DIR`` since; documents already in the store (same id) are left alone, so a part
imported elsewhere or a run killed half-way is harmless.
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
from geowire.store.imports import imported_parts, record_parts, stored_documents
from geowire.types import DocAnalysis, DocStatus, Document

if TYPE_CHECKING:
    from geowire.settings import Settings
    from geowire.store.documents import NewDocument


@dataclass
class ImportReport:
    source: str
    documents: int = 0
    analysed: int = 0
    existing: int = 0
    events: int = 0
    parts: int = 0  # documents parts read now
    parts_skipped: int = 0  # imported before


def partition_date(name: str) -> dt.date | None:
    """The date of a ``published=YYYY-MM-DD`` directory (None for ``published=unknown``)."""
    value = name.partition("=")[2]
    if value == UNKNOWN:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise StoreError(f"unexpected partition directory {name!r}") from e


def document_parts(folder: Path) -> list[Path]:
    """Every documents part under ``folder`` (``documents/published=*/part-RUN.parquet``)."""
    files = sorted((folder / "documents").glob("published=*/*.parquet"))
    if not files:
        raise NotFoundError(f"no batch output under {folder} (expected documents/published=*/*.parquet)")
    return files


def run_id_of(part: Path) -> str:
    """The batch run that wrote ``part`` (``part-RUN.parquet``)."""
    return part.stem.removeprefix("part-")


def read_part(path: Path) -> list[dict[str, Any]]:
    """The document rows of one part, with the partition's publication date."""
    try:
        import pyarrow.parquet as pq
    except ImportError as e:
        raise OptionalDependencyError("geowire import", "export") from e
    published = partition_date(path.parent.name)
    try:
        return [{**r, "published": published} for r in pq.read_table(path).to_pylist()]
    except (OSError, ValueError) as e:
        raise StoreError(f"cannot read {path}: {e}") from e


@dataclass
class _Run:
    """The new parts of one batch run and their rows in ingest order."""

    parts: list[tuple[str, str, int]]  # (part under the folder, run id, rows)
    rows: list[dict[str, Any]]


def new_runs(store: Store, folder: Path) -> tuple[list[_Run], int]:
    """The runs with parts not yet imported, oldest first; and how many parts were skipped."""
    done = imported_parts(store)
    by_run: dict[str, _Run] = {}
    skipped = 0
    for path in document_parts(folder):
        key = path.relative_to(folder).as_posix()
        if key in done:
            skipped += 1
            continue
        rows = read_part(path)
        run = by_run.setdefault(run_id_of(path), _Run([], []))
        run.parts.append((key, run_id_of(path), len(rows)))
        run.rows += rows
    runs = list(by_run.values())
    for run in runs:
        run.rows.sort(key=lambda r: (r["ingested_at"], r["seq"]))
    runs.sort(key=lambda r: (r.rows[0]["ingested_at"], r.rows[0]["seq"]) if r.rows else (dt.datetime.min, 0))
    return runs, skipped


def import_batch(
    store: Store, folder: Path, *, save_batch: int = 16, settings: Settings | None = None
) -> ImportReport:
    """Insert every document of the parts of ``folder`` not imported yet (with its analysis) and
    bring the model up to date (``settings``: its floor); ``save_batch`` documents a transaction,
    each whole or not at all."""
    from geowire.model.build import update_model
    from geowire.pipeline import ensure_model, resolved_floor
    from geowire.store.health import clear_model_stale

    settings = resolved_floor(settings)
    report = ImportReport(source=str(folder))
    runs, report.parts_skipped = new_runs(store, folder)
    ensure_model(store, settings)  # a stale model is rebuilt first, so that updating it is exact
    inserted: list[str] = []
    for run in runs:
        inserted += _import_run(store, run, report, save_batch=save_batch)
        report.parts += len(run.parts)
    if report.analysed:
        update_model(store, inserted, settings=settings)  # what these documents' events and claims touch
        with store.transaction() as con:
            clear_model_stale(con)
    return report


def _import_run(store: Store, run: _Run, report: ImportReport, *, save_batch: int) -> list[str]:
    """One run's new documents, ``save_batch`` a transaction; its parts recorded with the last.
    The ids of the documents inserted."""
    from geowire.store.documents import NewDocument

    docs: list[NewDocument] = []
    analyses: list[DocAnalysis] = []
    seen = stored_documents(store, {row["id"] for row in run.rows})
    inserted: list[str] = []
    for row in run.rows:
        if row["id"] in seen:
            report.existing += 1
            continue
        seen.add(row["id"])
        inserted.append(row["id"])
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
    _write(store, docs, analyses, parts=run.parts)
    return inserted


def _write(
    store: Store,
    docs: list[NewDocument],
    analyses: list[DocAnalysis],
    *,
    parts: list[tuple[str, str, int]] | None = None,
) -> None:
    """Insert documents and their analyses (and record ``parts``) in one transaction."""
    from geowire.store.analysis import replace_document_analyses
    from geowire.store.documents import insert_documents

    if not docs and not parts:
        return
    with store.transaction() as con:
        if docs:
            insert_documents(con, docs)
            replace_document_analyses(con, analyses, coded=True)
        if parts:
            record_parts(con, parts, dt.datetime.now(dt.UTC).replace(tzinfo=None))


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
