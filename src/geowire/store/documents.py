"""Queries and writes on ``documents`` and ``ingest_log``.

Writers take the connection of the caller's transaction (see :meth:`Store.transaction`), so a
document and its log line are committed together or not at all; :func:`insert_documents` writes a
batch of them with one statement per table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb

from geowire.store.bulk import delete_documents, insert_rows
from geowire.store.db import Store, Where
from geowire.types import DocContext, DocStatus, Document

LIST_COLUMNS = (
    "id",
    "published",
    "published_source",
    "outlet",
    "title",
    "status",
    "reason",
    "duplicate_of",
    "language",
    "url",
    "path",
    "n_words",
    "ingested_at",
    "error_class",
    "error",
)

PROCESSING_FAILED = "processing-failed"  # the reason of a document whose processing raised


def utcnow() -> dt.datetime:
    """Naive UTC timestamp, as stored."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


_DOCUMENT_COLUMNS = (
    "id", "content_hash", "title", "outlet", "url", "path", "published", "published_source", "language",
    "ingested_at", "status", "reason", "duplicate_of", "text", "n_words", "minhash",
)  # fmt: skip
_LOG_COLUMNS = ("run_id", "source", "outcome", "reason", "document_id", "logged_at")


@dataclass(frozen=True)
class NewDocument:
    """A document row to insert: the document with its word count, MinHash and ingest time."""

    doc: Document
    n_words: int
    minhash: list[int] | None
    ingested_at: dt.datetime = field(default_factory=utcnow)


@dataclass(frozen=True)
class LogLine:
    """What became of one input item (an ``ingest_log`` row)."""

    run_id: str
    source: str
    outcome: str
    reason: str | None = None
    document_id: str | None = None
    logged_at: dt.datetime = field(default_factory=utcnow)


def insert_documents(
    con: duckdb.DuckDBPyConnection, docs: Sequence[NewDocument], logs: Sequence[LogLine] = ()
) -> None:
    """Insert document rows and log lines (inside the caller's transaction), a statement a table."""
    insert_rows(con, "documents", _DOCUMENT_COLUMNS, [_document_row(d) for d in docs])
    insert_rows(con, "ingest_log", _LOG_COLUMNS, [[getattr(line, c) for c in _LOG_COLUMNS] for line in logs])


def insert_document(
    con: duckdb.DuckDBPyConnection,
    doc: Document,
    *,
    n_words: int,
    minhash: list[int] | None,
    ingested_at: dt.datetime | None = None,
) -> None:
    """Insert one document row (inside the caller's transaction)."""
    new = NewDocument(doc, n_words, minhash, ingested_at or utcnow())
    insert_documents(con, [new])


def _document_row(new: NewDocument) -> list[Any]:
    doc = new.doc
    return [
        doc.id,
        doc.content_hash,
        doc.title,
        doc.outlet,
        doc.url,
        doc.path,
        doc.published,
        doc.published_source,
        doc.language,
        new.ingested_at,
        doc.status.value,
        doc.reason,
        doc.duplicate_of,
        doc.text,
        new.n_words,
        new.minhash,
    ]


def id_for_hash(store: Store, content_hash: str) -> str | None:
    """The id of the document with this content hash, if stored."""
    value = store.scalar("SELECT id FROM documents WHERE content_hash = ?", [content_hash])
    return None if value is None else str(value)


def original_signatures(store: Store) -> Iterator[tuple[str, list[int]]]:
    """(id, MinHash signature) of every original English-track document, oldest first."""
    cur = store.con.execute(
        "SELECT id, minhash FROM documents WHERE status IN (?, ?) AND minhash IS NOT NULL"
        " ORDER BY ingested_at, id",
        [DocStatus.STORED.value, DocStatus.PROCESSED.value],
    )
    while rows := cur.fetchmany(1000):
        for doc_id, signature in rows:
            yield str(doc_id), list(signature)


def list_documents(store: Store, *, status: str | None = None) -> list[dict[str, Any]]:
    """Stored documents (without text), oldest ingest first, optionally of one status."""
    where = " WHERE status = ?" if status else ""
    return store.query(
        f"SELECT {', '.join(LIST_COLUMNS)} FROM documents{where} ORDER BY ingested_at, id",
        [status] if status else [],
    )


def untitled_leads(store: Store, doc_ids: Sequence[str], *, chars: int = 400) -> dict[str, str]:
    """The first ``chars`` characters of the text of each of ``doc_ids`` without a title, by id:
    what a lead title is made from, read in one query."""
    rows = store.query(
        "SELECT id, left(text, ?) AS lead FROM documents"
        " WHERE coalesce(title, '') = '' AND id IN (SELECT unnest(?::VARCHAR[]))",
        [chars, list(doc_ids)],
    )
    return {str(r["id"]): str(r["lead"]) for r in rows}


def _day(value: Any) -> str | None:
    return str(value)[:10] if value is not None else None


def corpus_span(store: Store) -> dict[str, Any]:
    """The first and last publication dates of the stored documents, and how many lack one."""
    row = store.query(
        "SELECT min(published) AS first, max(published) AS last,"
        " count(*) FILTER (WHERE published IS NULL) AS undated FROM documents"
    )[0]
    return {"first": _day(row["first"]), "last": _day(row["last"]), "undated": int(row["undated"])}


def outlet_sources(store: Store) -> list[dict[str, Any]]:
    """Outlets with their document counts and first and last publication dates, most documents
    first (documents without an outlet as "(no outlet)")."""
    rows = store.query(
        "SELECT coalesce(nullif(outlet, ''), '(no outlet)') AS outlet, count(*) AS documents,"
        " min(published) AS first, max(published) AS last"
        " FROM documents GROUP BY 1 ORDER BY documents DESC, outlet"
    )
    return [
        {**r, "documents": int(r["documents"]), "first": _day(r["first"]), "last": _day(r["last"])}
        for r in rows
    ]


def get_document(store: Store, doc_id: str) -> Document | None:
    """One document with its text, or None."""
    rows = store.query(
        "SELECT id, content_hash, text, title, outlet, url, path, published, published_source, language,"
        " status, reason, duplicate_of FROM documents WHERE id = ?",
        [doc_id],
    )
    if not rows:
        return None
    row = rows[0]
    return Document(**{**row, "status": DocStatus(row["status"])})


def mark_failed(con: duckdb.DuckDBPyConnection, doc_id: str, *, error_class: str, error: str) -> None:
    """Mark a document ``failed`` (processing raised ``error_class: error``) and drop what derives
    from it, inside the caller's transaction; later runs leave it alone."""
    from geowire.store.health import DOCUMENT_TABLES

    for table in DOCUMENT_TABLES:
        delete_documents(con, table, [doc_id])
    con.execute(
        "UPDATE documents SET status = ?, reason = ?, error_class = ?, error = ? WHERE id = ?",
        [DocStatus.FAILED.value, PROCESSING_FAILED, error_class, error[:500], doc_id],
    )


def remove_documents(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> list[str]:
    """Delete documents and every row derived from them (caller's transaction); the ids removed."""
    from geowire.store.health import DOCUMENT_TABLES

    found = [
        str(r[0])
        for r in con.execute(
            "SELECT id FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [list(doc_ids)]
        ).fetchall()
    ]
    for table in DOCUMENT_TABLES:
        delete_documents(con, table, found)
    con.execute("DELETE FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [found])
    return found


def existing_ids(store: Store, doc_ids: Sequence[str]) -> set[str]:
    """Those of ``doc_ids`` the store has a document for."""
    rows = store.query("SELECT id FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [list(doc_ids)])
    return {str(r["id"]) for r in rows}


def document_lengths(store: Store) -> dict[str, int]:
    """Each document's text length in characters, by id."""
    return {str(r["id"]): int(r["n"]) for r in store.query("SELECT id, length(text) AS n FROM documents")}


def count_documents(store: Store) -> dict[str, int]:
    """Number of documents per status."""
    rows = store.query("SELECT status, count(*) AS n FROM documents GROUP BY status")
    return {r["status"]: int(r["n"]) for r in rows}


def pending_documents(
    store: Store, *, all_stored: bool = False, doc_ids: Sequence[str] | None = None
) -> list[tuple[DocContext, str]]:
    """Contexts and texts of documents awaiting processing (or every processable one, or the
    documents ``doc_ids`` whatever their status, failed included)."""
    where = Where()
    if doc_ids is not None:
        where.add("id IN (SELECT unnest(?::VARCHAR[]))", list(doc_ids))
        where.add("status IN ('stored', 'processed', 'failed')")
    else:
        statuses = ("stored", "processed") if all_stored else ("stored",)
        where.add(f"status IN ({', '.join('?' for _ in statuses)})", *statuses)
    rows = store.query(
        f"SELECT id, published, title, outlet, url, path, text FROM documents{where.sql}"
        " ORDER BY ingested_at, id",
        where.params,
    )
    return [
        (
            DocContext(
                doc_id=r["id"],
                published=r["published"],
                title=r["title"],
                outlet=r["outlet"],
                url=r["url"],
                path=r["path"],
            ),
            r["text"],
        )
        for r in rows
    ]
