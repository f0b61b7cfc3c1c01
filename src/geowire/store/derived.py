"""Reads and writes of the derived model tables for :mod:`geowire.model.build` (caller's transaction).

The builder reads events and claims of processed documents, looks up the occurrences a batch of
new events may join (``event_blocks``: category, actor and a date window), replaces the
occurrences and records it touched, and keeps ``dyad_totals`` (counted occurrences per unordered
pair) in step with ``occurrence_dyads``.  Everything here is set-based: one statement per table.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

import duckdb

from geowire.store.bulk import insert_rows

DERIVED = (
    "occurrences",
    "occurrence_events",
    "occurrence_dyads",
    "event_blocks",
    "dyad_totals",
    "agreements",
    "transfers",
    "deployments",
    "statements",
    "contradictions",
)

# actor codes and actor-level keys ('RUS:GOV') of the actors/recipients JSON, sorted and distinct
_ACTORS = """from_json({col}, '[{{"code": "VARCHAR", "sector": "VARCHAR"}}]')"""
_CODES = (
    "list_sort(list_distinct(list_filter(list_transform("
    + _ACTORS
    + ", lambda x: x.code), lambda c: c IS NOT NULL AND c <> '')))"
)
_KEYS = (
    "list_sort(list_distinct(list_transform(list_filter("
    + _ACTORS
    + ", lambda x: x.code IS NOT NULL AND x.code <> ''), lambda x: CASE WHEN x.sector IS NOT NULL"
    " AND x.sector <> '' THEN x.code || ':' || x.sector ELSE x.code END)))"
)
_EVENT_COLUMNS = (
    "e.id, e.doc_id, e.category, "
    + _CODES.format(col="e.actors")
    + " AS actors, "
    + _CODES.format(col="e.recipients")
    + " AS recipients, "
    + _KEYS.format(col="e.actors")
    + " AS actor_keys, "
    + _KEYS.format(col="e.recipients")
    + " AS recipient_keys,"
    " e.sentence, e.trigger_text AS trigger, e.date, e.date_precision, e.date_source, e.quad_class,"
    " e.score, e.modality, d.outlet, d.published"
)
_ID_LIST = "(SELECT unnest(?::VARCHAR[]))"


def _fetch(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def event_rows(
    con: duckdb.DuckDBPyConnection,
    *,
    doc_ids: Collection[str] | None = None,
    event_ids: Collection[str] | None = None,
) -> list[dict[str, Any]]:
    """Events of processed documents (all, or of ``doc_ids``, or with ``event_ids``) as clustering
    input: actor codes and actor-level keys decoded, with the document's outlet and date."""
    where = "d.status = 'processed'"
    params: list[Any] = []
    if doc_ids is not None:
        where += f" AND e.doc_id IN {_ID_LIST}"
        params.append(list(doc_ids))
    if event_ids is not None:
        where += f" AND e.id IN {_ID_LIST}"
        params.append(list(event_ids))
    return _fetch(
        con,
        f"SELECT {_EVENT_COLUMNS} FROM events e JOIN documents d ON d.id = e.doc_id"
        f" WHERE {where} ORDER BY e.id",
        params,
    )


def claim_rows(
    con: duckdb.DuckDBPyConnection,
    *,
    kind: str | None = None,
    doc_ids: Collection[str] | None = None,
    keys: tuple[Sequence[str], Collection[str]] | None = None,
) -> list[dict[str, Any]]:
    """Claims of processed documents with outlet, publication date and document text; only those
    of ``kind``, of ``doc_ids``, or whose ``fields`` at the JSON paths ``keys[0]``, joined with
    '|' ('None' when absent), are one of ``keys[1]``."""
    where: list[str] = ["d.status = 'processed'"]
    params: list[Any] = []
    if kind:
        where.append("c.kind = ?")
        params.append(kind)
    if doc_ids is not None:
        where.append(f"c.doc_id IN {_ID_LIST}")
        params.append(list(doc_ids))
    if keys is not None:
        where.append(f"({field_key('c.fields', keys[0])}) IN {_ID_LIST}")
        params.append(list(keys[1]))
    return _fetch(
        con,
        "SELECT c.*, d.outlet, d.published, d.text AS doc_text"
        " FROM claims c JOIN documents d ON d.id = c.doc_id"
        f" WHERE {' AND '.join(where)} ORDER BY c.doc_id, c.sentence_index, c.id",
        params,
    )


def field_key(column: str, paths: Sequence[str]) -> str:
    """SQL for the '|'-joined values at ``paths`` of a JSON column ('None' for a missing one)."""
    return " || '|' || ".join(f"coalesce(json_extract_string({column}, '{p}'), 'None')" for p in paths)


def column_key(columns: Sequence[str]) -> str:
    """SQL for the '|'-joined values of ``columns`` ('None' for NULL)."""
    return " || '|' || ".join(f"coalesce(CAST({c} AS VARCHAR), 'None')" for c in columns)


def clear(con: duckdb.DuckDBPyConnection, tables: Sequence[str] = DERIVED) -> None:
    for table in tables:
        con.execute(f"DELETE FROM {table}")


def occurrences_of_documents(con: duckdb.DuckDBPyConnection, doc_ids: Collection[str]) -> set[str]:
    """Occurrences with a member event of one of ``doc_ids``."""
    rows = con.execute(
        f"SELECT DISTINCT occurrence_id FROM occurrence_events WHERE doc_id IN {_ID_LIST}", [list(doc_ids)]
    ).fetchall()
    return {r[0] for r in rows}


def candidate_occurrences(
    con: duckdb.DuckDBPyConnection, blocks: Sequence[tuple[str, str, Any, Any]]
) -> set[str]:
    """Occurrences with an event in one of ``blocks`` (category, actor, lo, hi): same category and
    actor, and a date window that overlaps."""
    if not blocks:
        return set()
    cats, actors, los, his = (list(c) for c in zip(*blocks, strict=True))
    lo, hi = min(los), max(his)
    rows = con.execute(
        "WITH n AS (SELECT unnest(?::VARCHAR[]) AS category, unnest(?::VARCHAR[]) AS actor,"
        " unnest(?::DATE[]) AS lo, unnest(?::DATE[]) AS hi)"
        " SELECT DISTINCT b.occurrence_id FROM event_blocks b JOIN n"
        " ON b.category = n.category AND b.actor = n.actor AND b.lo <= n.hi AND b.hi >= n.lo"
        " WHERE b.lo <= ? AND b.hi >= ?",
        [cats, actors, los, his, hi, lo],
    ).fetchall()
    return {r[0] for r in rows}


def member_events(con: duckdb.DuckDBPyConnection, occurrence_ids: Collection[str]) -> list[str]:
    """The event ids of ``occurrence_ids``."""
    rows = con.execute(
        f"SELECT event_id FROM occurrence_events WHERE occurrence_id IN {_ID_LIST}", [list(occurrence_ids)]
    ).fetchall()
    return [r[0] for r in rows]


def delete_occurrences(con: duckdb.DuckDBPyConnection, occurrence_ids: Collection[str]) -> None:
    """Drop ``occurrence_ids`` from every occurrence table."""
    if not occurrence_ids:
        return
    ids = [list(occurrence_ids)]
    con.execute(f"DELETE FROM occurrences WHERE id IN {_ID_LIST}", ids)
    for table in ("occurrence_events", "occurrence_dyads", "event_blocks"):
        con.execute(f"DELETE FROM {table} WHERE occurrence_id IN {_ID_LIST}", ids)


def pairs_of(con: duckdb.DuckDBPyConnection, occurrence_ids: Collection[str]) -> list[tuple[str, str, str]]:
    """The unordered pairs (level, a, b) ``occurrence_ids`` link."""
    if not occurrence_ids:
        return []
    return con.execute(
        "SELECT DISTINCT level, least(source, target), greatest(source, target) FROM occurrence_dyads"
        f" WHERE occurrence_id IN {_ID_LIST}",
        [list(occurrence_ids)],
    ).fetchall()


def write(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Insert dict rows (all with the same keys) with one statement."""
    if rows:
        cols = list(rows[0])
        insert_rows(con, table, cols, [[r[c] for c in cols] for r in rows])


def sort_blocks(con: duckdb.DuckDBPyConnection) -> None:
    """Rewrite ``event_blocks`` in ``lo`` order and ``occurrence_dyads`` in pair order (after a full
    rebuild) so that min/max statistics skip the row groups a lookup cannot need."""
    for table, order in (
        ("event_blocks", "lo, category, actor"),
        ("occurrence_dyads", "level, source, target, date"),
    ):
        con.execute(f"CREATE TEMP TABLE sorted_rows AS SELECT * FROM {table} ORDER BY {order}")
        con.execute(f"DELETE FROM {table}")
        con.execute(f"INSERT INTO {table} SELECT * FROM sorted_rows")
        con.execute("DROP TABLE sorted_rows")


def refresh_dyad_totals(
    con: duckdb.DuckDBPyConnection, pairs: Collection[tuple[str, str, str]] | None = None
) -> None:
    """Recompute ``dyad_totals`` from ``occurrence_dyads``: every pair, or only ``pairs``."""
    where, params = "", []
    if pairs is not None:
        if not pairs:
            return
        levels, a_s, b_s = (list(c) for c in zip(*pairs, strict=True))
        con.execute(
            "DELETE FROM dyad_totals WHERE (level, a, b) IN (SELECT (unnest(?::VARCHAR[]),"
            " unnest(?::VARCHAR[]), unnest(?::VARCHAR[])))",
            [levels, a_s, b_s],
        )
        where = (
            " AND (level, least(source, target), greatest(source, target)) IN"
            " (SELECT (unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[])))"
        )
        params = [levels, a_s, b_s]
    else:
        con.execute("DELETE FROM dyad_totals")
    con.execute(
        "INSERT INTO dyad_totals SELECT level, least(source, target) AS a, greatest(source, target) AS b,"
        " count(DISTINCT occurrence_id),"
        " count(DISTINCT occurrence_id) FILTER (WHERE quad_class IN (1, 2)),"
        " count(DISTINCT occurrence_id) FILTER (WHERE quad_class IN (3, 4))"
        f" FROM occurrence_dyads WHERE counts{where} GROUP BY 1, 2, 3",
        params,
    )


def delete_where_in(con: duckdb.DuckDBPyConnection, table: str, column: str, values: Collection[Any]) -> None:
    """``DELETE FROM table WHERE column IN values`` (one statement)."""
    if values:
        con.execute(f"DELETE FROM {table} WHERE {column} IN {_ID_LIST}", [list(values)])


def records_with_documents(
    con: duckdb.DuckDBPyConnection, table: str, doc_ids: Collection[str], columns: str
) -> list[tuple[Any, ...]]:
    """``columns`` of the ``table`` records that draw on one of ``doc_ids``."""
    return con.execute(
        f"SELECT {columns} FROM {table} WHERE list_has_any(doc_ids, ?::VARCHAR[])", [list(doc_ids)]
    ).fetchall()


def contradictions_of_documents(con: duckdb.DuckDBPyConnection, kind: str, doc_ids: Collection[str]) -> None:
    """Drop the ``kind`` contradictions with a side in one of ``doc_ids``."""
    con.execute(
        f"DELETE FROM contradictions WHERE kind = ? AND (doc_a IN {_ID_LIST} OR doc_b IN {_ID_LIST})",
        [kind, list(doc_ids), list(doc_ids)],
    )
