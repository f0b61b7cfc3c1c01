"""Store and query the annotation stage's rows: blocks, sentences, actor mentions, dates and
quantities (tables of migration ``002_annotations``).

:func:`replace` runs inside the caller's transaction; :func:`actor_counts` and
:func:`unresolved_counts` are the queries behind ``geowire actors`` and the API.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

import duckdb

from geowire.store.bulk import clear_ids, delete_documents, insert_rows
from geowire.store.db import Store
from geowire.types import DocAnalysis

TABLES = ("blocks", "sentences", "mentions", "dates", "quantities")


_COLUMNS = {
    "blocks": ("doc_id", "idx", "kind", "start", "end"),
    "sentences": ("doc_id", "idx", "start", "end", "block", "text"),
    "mentions": ("doc_id", "sentence", "start", "end", "text", "kind", "code", "sector", "wikidata", "name",
                 "confidence", "how", "country"),
    "dates": ("doc_id", "sentence", "start", "end", "text", "value", "precision", "relation"),
    "quantities": ("doc_id", "sentence", "start", "end", "text", "value", "unit", "qualifier"),
}  # fmt: skip


def replace(
    con: duckdb.DuckDBPyConnection, analyses: Sequence[DocAnalysis], *, clear: Collection[str] | None = None
) -> None:
    """Delete the annotation rows of the documents in ``clear`` (default: all of ``analyses``'; a
    document never processed has none), then insert ``analyses``' — one statement per table for
    the whole batch, inside the caller's transaction (no BEGIN/COMMIT here)."""
    for table in TABLES:
        delete_documents(con, table, clear_ids(analyses, clear))
    _insert(con, "blocks", [
        (a.doc_id, i, b.kind, b.start, b.end) for a in analyses for i, b in enumerate(a.blocks)
    ])  # fmt: skip
    _insert(con, "sentences", [
        (a.doc_id, s.index, s.start, s.end, s.block, s.text) for a in analyses for s in a.sentences
    ])  # fmt: skip
    _insert(con, "mentions", [
        (a.doc_id, m.sentence, m.start, m.end, m.text, m.kind, m.code, m.sector, m.wikidata, m.name,
         m.confidence, m.how, m.country)
        for a in analyses
        for m in a.mentions
    ])  # fmt: skip
    _insert(con, "dates", [
        (a.doc_id, d.sentence, d.start, d.end, d.text, d.value, d.precision, d.relation)
        for a in analyses
        for d in a.dates
    ])  # fmt: skip
    _insert(con, "quantities", [
        (a.doc_id, q.sentence, q.start, q.end, q.text, q.value, q.unit, q.qualifier)
        for a in analyses
        for q in a.quantities
    ])  # fmt: skip


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple[Any, ...]]) -> None:
    insert_rows(con, table, _COLUMNS[table], rows)


def actor_counts(
    store: Store, *, doc_id: str | None = None, unresolved: bool = False, limit: int | None = 100
) -> list[dict[str, Any]]:
    """Resolved actors with their mention and document counts, most mentioned first
    (with ``unresolved``, the most frequent unresolved texts: :func:`unresolved_counts`).

    One row per (kind, code, name): people are counted per person, other actors per code.  Each
    row lists the sectors seen (``sectors``: {sector: count}), the resolution rules (``how``) and
    the example texts.
    """
    if unresolved:
        return unresolved_counts(store, doc_id=doc_id, limit=limit)
    where, params = "WHERE code IS NOT NULL", []
    if doc_id is not None:
        where, params = where + " AND doc_id = ?", [doc_id]
    rows = store.query(
        f"""
        SELECT kind, code, name, any_value(wikidata) AS wikidata, any_value(country) AS country,
               count(*) AS count, count(DISTINCT doc_id) AS documents,
               list(sector) AS sector_list, list(DISTINCT how ORDER BY how) AS how,
               list(DISTINCT text ORDER BY text) AS texts
        FROM mentions {where}
        GROUP BY kind, code, name
        ORDER BY count DESC, kind, code, name
        {"LIMIT ?" if limit else ""}
        """,
        [*params, *([limit] if limit else [])],
    )
    for row in rows:
        row["sectors"] = _tally(row.pop("sector_list"))
    return rows


def _tally(values: list[str | None]) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        if v is not None:
            out[v] = out.get(v, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def unresolved_counts(
    store: Store, *, doc_id: str | None = None, limit: int | None = 100
) -> list[dict[str, Any]]:
    """The most frequent unresolved mention texts (what to add to the knowledge base)."""
    where, params = "WHERE code IS NULL", []
    if doc_id is not None:
        where, params = where + " AND doc_id = ?", [doc_id]
    return store.query(
        f"""
        SELECT text, count(*) AS count, count(DISTINCT doc_id) AS documents,
               list(DISTINCT how ORDER BY how) AS how
        FROM mentions {where}
        GROUP BY text ORDER BY count DESC, text
        {"LIMIT ?" if limit else ""}
        """,
        [*params, *([limit] if limit else [])],
    )


def document_mentions(store: Store, doc_id: str) -> list[dict[str, Any]]:
    """Every mention of one document in text order."""
    return store.query('SELECT * FROM mentions WHERE doc_id = ? ORDER BY start, "end"', [doc_id])


def document_sentences(store: Store, doc_id: str) -> list[dict[str, Any]]:
    """Every sentence of one document in order."""
    return store.query("SELECT * FROM sentences WHERE doc_id = ? ORDER BY idx", [doc_id])
