"""Flat analytical tables for the Python API (:mod:`geowire.client`): the SQL that turns the store's
rows into data-frame-ready tables — actor codes, sectors and names as list columns, never JSON text.

:func:`snapshot` copies one query's result into an in-memory DuckDB database and lets go of the
store file at once (a reader never keeps the file open: :mod:`geowire.store.locks`), so a result
stays usable — as a DuckDB relation, Arrow, pandas or polars — while writers carry on.  The
``*_sql`` functions return ``(sql, params)`` with the same filters as the store's query functions
(:func:`geowire.store.events.query_events`, :mod:`geowire.store.model`).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from geowire.errors import StoreBusyError, StoreError
from geowire.store.db import READ_WAIT_S, Store, Where, check_schema
from geowire.store.events import learned_view
from geowire.store.locks import waiting_reader
from geowire.types import LearnedFloor

Query = tuple[str, list[Any]]
RESULT = "result"  # the in-memory table a snapshot holds
_LOCKED = ("Could not set lock", "Conflicting lock", "different configuration")


def _attach(con: duckdb.DuckDBPyConnection, path: Path, *, wait: float) -> None:
    """ATTACH the store file read-only as ``store``, waiting (and saying so) while a writer holds it."""
    sql = "ATTACH ? AS store (READ_ONLY)"
    deadline = time.monotonic() + wait
    with waiting_reader(path):
        while True:
            try:
                con.execute(sql, [str(path)])
                return
            except duckdb.Error as e:
                if not any(m in str(e) for m in _LOCKED):
                    raise StoreError(f"cannot open store {path}: {e}") from e
                if time.monotonic() >= deadline:
                    raise StoreBusyError(f"store {path} is being written; waited {wait:g} s") from e
            time.sleep(0.01)


def snapshot(
    path: Path, queries: Sequence[tuple[str, Query]], *, wait: float = READ_WAIT_S
) -> duckdb.DuckDBPyConnection:
    """An in-memory connection holding each ``(table, query)`` result, read from the store at
    ``path`` in one read-only visit (the file is detached before returning)."""
    if not path.is_file():
        raise StoreError(f"no store at {path} (geowire ingest creates one)")
    con = duckdb.connect(":memory:")
    _attach(con, path, wait=wait)
    try:
        con.execute("USE store")
        check_schema(Store(con, path))
        for table, (sql, params) in queries:
            con.execute(f"CREATE TABLE memory.main.{table} AS {sql}", params)
    finally:
        con.execute("USE memory")
        con.execute("DETACH store")
    return con


def _entities(column: str, prefix: str) -> str:
    """List columns (codes, sectors, names, kinds, Wikidata ids) of an events JSON actor column."""
    return ", ".join(
        f"coalesce(json_extract_string({column}, '$[*].{key}'), []) AS {prefix}_{name}"
        for key, name in (
            ("code", "codes"),
            ("sector", "sectors"),
            ("entity_text", "names"),
            ("kind", "kinds"),
            ("wikidata", "wikidata"),
        )
    )


PLACE_COLUMNS: tuple[str, ...] = (
    "place_name", "place_kind", "place_geonames_id", "place_lat", "place_lon", "place_admin1",
    "place_country", "place_source",
)  # fmt: skip
"""An event's gazetteer place, flat (``geowire.geo``; migration 011): name, kind (country | admin1 |
city), GeoNames id, coordinates, admin1 name, ISO alpha-3 country, source (sentence | dateline)."""
PLACE_SELECT = ", ".join(f"e.{c}" for c in PLACE_COLUMNS)


def events_sql(
    *,
    actor: str | None = None,
    recipient: str | None = None,
    category: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    modality: str | None = None,
    min_confidence: float | None = None,
    learned_floor: LearnedFloor | None = None,
) -> Query:
    """Events (the filters of ``query_events``), one row each, with their place
    (:data:`PLACE_COLUMNS`), the source document's title/outlet/url/published and the occurrence
    it belongs to."""
    where = learned_view(
        Where()
        .match(actor and actor.upper(), "list_contains(e.actor_codes, ?)")
        .match(recipient and recipient.upper(), "list_contains(e.recipient_codes, ?)")
        .match(category and category.upper(), "e.category = ?")
        .match(since, "e.date >= ?")
        .match(until, "e.date <= ?")
        .match(modality and modality.lower(), "e.modality = ?")
        .match(min_confidence, "e.confidence >= ?"),
        learned_floor,
        "e",
    )
    sql = (
        "SELECT e.id, e.date, e.date_precision, e.date_source, e.category, e.mode, e.context,"
        " e.quad_class, e.score, e.modality, e.reported, e.counts, e.confidence,"
        " e.actor_codes[1] AS actor, e.recipient_codes[1] AS recipient,"
        f" {_entities('e.actors', 'actor')}, {_entities('e.recipients', 'recipient')},"
        f" e.location, e.location_code, {PLACE_SELECT},"
        " e.trigger_text, e.sentence, e.doc_id, e.sentence_index, e.sentence_start,"
        " e.trigger_start, e.trigger_end, oe.occurrence_id,"
        " d.title, d.outlet, d.url, d.published, d.language, e.rule"
        " FROM events e LEFT JOIN documents d ON d.id = e.doc_id"
        " LEFT JOIN occurrence_events oe ON oe.event_id = e.id"
        f"{where.sql}"
        " ORDER BY e.date DESC NULLS LAST, e.doc_id, e.sentence_index, e.trigger_start, e.id"
    )
    return sql, where.params


def occurrences_sql(
    *,
    actor: str | None = None,
    category: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    counted_only: bool = False,
) -> Query:
    """Occurrences (event mentions clustered across documents), newest first."""
    where = Where()
    if actor:
        where.add(
            "(list_contains(actor_codes, ?) OR list_contains(recipient_codes, ?))",
            actor.upper(),
            actor.upper(),
        )
    where.match(category and category.upper(), "category = ?").match(since, "date >= ?").match(
        until, "date <= ?"
    )
    if counted_only:
        where.add("counts")
    return f"SELECT * FROM occurrences{where.sql} ORDER BY date DESC NULLS LAST, id", where.params


def agreements_sql(*, party: str | None = None) -> Query:
    """Agreement records (per-field provenance left out: see ``geowire agreements --json``)."""
    where = Where().match(party and party.upper(), "list_contains(parties, ?)")
    return (
        f"SELECT * EXCLUDE (fields) FROM agreements{where.sql} ORDER BY signed NULLS LAST, kind, id",
        where.params,
    )


def transfers_sql(*, supplier: str | None = None, recipient: str | None = None) -> Query:
    """Arms transfer records."""
    where = (
        Where()
        .match(supplier and supplier.upper(), "upper(supplier) = ?")
        .match(recipient and recipient.upper(), "upper(recipient) = ?")
    )
    return (
        f"SELECT * EXCLUDE (fields) FROM transfers{where.sql} ORDER BY supplier, recipient, system",
        where.params,
    )


def deployments_sql(*, country: str | None = None, host: str | None = None) -> Query:
    """Deployment records."""
    where = (
        Where()
        .match(country and country.upper(), "upper(country) = ?")
        .match(host and host.upper(), "upper(host) = ?")
    )
    return f"SELECT * EXCLUDE (fields) FROM deployments{where.sql} ORDER BY date NULLS LAST, id", where.params


def statements_sql(
    *, speaker: str | None = None, target: str | None = None, stance: str | None = None
) -> Query:
    """Attributed statements; ``speaker`` matches the actor code or country."""
    where = Where()
    if speaker:
        where.add("(upper(speaker) = ? OR upper(speaker_country) = ?)", speaker.upper(), speaker.upper())
    where.match(target and target.upper(), "upper(target) = ?").match(stance, "stance = ?")
    return f"SELECT * FROM statements{where.sql} ORDER BY published NULLS LAST, doc_id, start", where.params


def contradictions_sql() -> Query:
    """Contradictions between sources; both sides' evidence texts as a list."""
    return (
        "SELECT * EXCLUDE (evidence), coalesce(json_extract_string(evidence, '$[*].text'), [])"
        " AS evidence_texts FROM contradictions ORDER BY kind, subject, doc_a, doc_b",
        [],
    )


def actors_sql(*, kind: str | None = None) -> Query:
    """Resolved actors (one row per kind, code and name) with mention and document counts and the
    sectors seen, most mentioned first."""
    where = Where().add("code IS NOT NULL").match(kind, "kind = ?")
    return (
        "SELECT kind, code, name, any_value(country) AS country, any_value(wikidata) AS wikidata,"
        " count(*) AS mentions, count(DISTINCT doc_id) AS documents,"
        " coalesce(list(DISTINCT sector ORDER BY sector) FILTER (WHERE sector IS NOT NULL), []) AS sectors"
        f" FROM mentions{where.sql} GROUP BY kind, code, name ORDER BY mentions DESC, kind, code, name",
        where.params,
    )


DYAD_TALLY = (
    "occurrences",
    "cooperation",
    "conflict",
    "balance",
    "score_sum",
    "quad1",
    "quad2",
    "quad3",
    "quad4",
)
DYAD_DIRECTED = ("occurrences", "cooperation", "conflict")
DYAD_COLUMNS: tuple[str, ...] = (
    "period",
    "a",
    "b",
    *DYAD_TALLY,
    *(f"{d}_{k}" for d in ("a_to_b", "b_to_a") for k in DYAD_DIRECTED),
)


def dyad_rows(series: dict[str, Any]) -> list[dict[str, Any]]:
    """The periods of a :func:`geowire.store.model.dyad_series` result as flat rows of
    :data:`DYAD_COLUMNS` (period as ``YYYY-MM-DD``; per direction ``a_to_b_*``, ``b_to_a_*``)."""
    a, b = series["a"], series["b"]
    return [
        {"period": s["period"], "a": a, "b": b, **{k: s[k] for k in DYAD_TALLY}}
        | {f"a_to_b_{k}": s[f"{a}->{b}"][k] for k in DYAD_DIRECTED}
        | {f"b_to_a_{k}": s[f"{b}->{a}"][k] for k in DYAD_DIRECTED}
        for s in series["series"]
    ]


def dyad_snapshot(path: Path, *, a: str, b: str, by: str, level: str) -> duckdb.DuckDBPyConnection:
    """:func:`geowire.store.model.dyad_series` as an in-memory table: one row per period with the
    both-ways tallies and, per direction, occurrences, cooperation and conflict (``a_to_b_*``,
    ``b_to_a_*``)."""
    from geowire.store.db import open_store
    from geowire.store.model import dyad_series

    with open_store(path, read_only=True) as store:
        series = dyad_series(store, a=a, b=b, by=by, level=level)  # type: ignore[arg-type]
    types = {"period": "DATE", "a": "VARCHAR", "b": "VARCHAR", "score_sum": "DOUBLE"}
    columns = [f"{c} {types.get(c, 'BIGINT')}" for c in DYAD_COLUMNS]
    rows = [
        [dt.date.fromisoformat(r["period"]), *(r[c] for c in DYAD_COLUMNS[1:])] for r in dyad_rows(series)
    ]
    con = duckdb.connect(":memory:")
    con.execute(f"CREATE TABLE {RESULT} ({', '.join(columns)})")
    if rows:
        con.executemany(f"INSERT INTO {RESULT} VALUES ({', '.join('?' * len(columns))})", rows)
    return con


def count_rows(con: duckdb.DuckDBPyConnection, table: str = RESULT) -> int:
    """The number of rows of a snapshot's ``table``."""
    return int(con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])


def table_rows(con: duckdb.DuckDBPyConnection, table: str = RESULT) -> list[dict[str, Any]]:
    """A snapshot's ``table`` as plain dicts."""
    cur = con.execute(f"SELECT * FROM {table}")
    cols = [d[0] for d in cur.description or []]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def occurrence_counts(store: Store) -> dict[str, tuple[int, int, int]]:
    """Event id → (mentions, sources, articles) of the occurrence it belongs to (GDELT's
    NumMentions, NumSources, NumArticles)."""
    rows = store.query(
        "SELECT oe.event_id, o.mention_count, o.source_count, o.doc_count"
        " FROM occurrence_events oe JOIN occurrences o ON o.id = oe.occurrence_id"
    )
    return {r["event_id"]: (r["mention_count"], r["source_count"], r["doc_count"]) for r in rows}
