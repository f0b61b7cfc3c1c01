"""Reads and writes of the derived model tables for :mod:`geowire.model.build` (caller's transaction).

The builder reads events and claims of processed documents, looks up the stored events a batch
of new events may join (``event_words``: category, actor, recipient, a date window, and a shared
trigger prefix or enough shared content words), derives occurrence rows, dyads and that index
from the member links, replaces the records a batch touched,
and keeps ``dyad_totals`` and ``dyad_days`` (counted occurrences per pair, and per pair and day)
in step with ``occurrence_dyads``.  Everything here is set-based: one statement per table.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

import duckdb

from geowire.store.bulk import insert_rows
from geowire.store.events import LEARNED_RULE_MARK, at_learned_floor
from geowire.store.scores import mean_sql, single_mean_sql, units_sql
from geowire.types import LearnedFloor, floor_for

DERIVED = (
    "occurrences",
    "occurrence_events",
    "occurrence_dyads",
    "event_words",
    "dyad_totals",
    "dyad_days",
    "agreements",
    "transfers",
    "deployments",
    "statements",
    "contradictions",
)
STAGED_EVENTS = "staged_events"  # a full rebuild's events, each parsed once (stage_events)

# actor codes and actor-level keys ('RUS:GOV') of the actors/recipients JSON, sorted and distinct
_ACTORS = """from_json({col}, '[{{"code": "VARCHAR", "sector": "VARCHAR"}}]')"""


def _codes(parsed: str) -> str:
    """SQL: the sorted distinct codes of a parsed actors list (``parsed``: a list expression)."""
    return (
        "list_sort(list_distinct(list_filter(list_transform("
        + parsed
        + ", lambda x: x.code), lambda c: c IS NOT NULL AND c <> '')))"
    )


def _keys(parsed: str) -> str:
    """SQL: the sorted distinct actor-level keys (code, or code:sector) of a parsed actors list."""
    return (
        "list_sort(list_distinct(list_transform(list_filter("
        + parsed
        + ", lambda x: x.code IS NOT NULL AND x.code <> ''), lambda x: CASE WHEN x.sector IS NOT NULL"
        " AND x.sector <> '' THEN x.code || ':' || x.sector ELSE x.code END)))"
    )


_CODES = _codes(_ACTORS)  # with {col}: the JSON column to parse
_KEYS = _keys(_ACTORS)
# the texts naming an event's actors and recipients as countries (entity_text of the actors/recipients
# JSON whose kind is 'country': 'Russia', 'the Kremlin', 'U.S. forces'; a person's or a group's name
# says more than its country's code)
_ENTITY = """from_json({col}, '[{{"entity_text": "VARCHAR", "kind": "VARCHAR"}}]')"""


def _names(actors: str, recipients: str) -> str:
    """SQL: the country texts of two parsed lists (each with ``entity_text`` and ``kind``)."""
    return (
        "list_transform(list_filter("
        + actors
        + " || "
        + recipients
        + ", lambda x: x.kind = 'country' AND x.entity_text IS NOT NULL AND x.entity_text <> ''),"
        " lambda x: x.entity_text)"
    )


_NAMES = _names(_ENTITY.format(col="e.actors"), _ENTITY.format(col="e.recipients"))
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
    " e.score, e.modality, d.outlet, d.published, e.location, " + _NAMES + " AS names"
)
_ID_LIST = "(SELECT unnest(?::VARCHAR[]))"
_IDS = "(SELECT unnest($ids::VARCHAR[]))"  # the same, a named parameter (a query may use it twice)
_ROWS = "rowid IN (SELECT unnest(?::BIGINT[]))"


def _row_ids(
    con: duckdb.DuckDBPyConnection,
    table: str,
    column: str,
    sql: str,
    params: Sequence[Any],
    *,
    keys: int | None = None,
) -> list[int]:
    """The row ids of ``table``'s rows whose ``column`` is IN ``sql`` (a subquery).  Reading rows
    by row id (:data:`_ROWS`) instead of a semi-join on their key scans only the key column to
    find them and the other columns only in the row groups they are in (the ids' range is pushed
    into the scan): the events of a batch of recent documents, appended last, are read without
    reading every event's sentence and actors (at 10^6 events: ~25 ms against ~100 ms).  The
    ``keys`` ids of an indexed ``column`` (an update's candidate events) are looked up in its
    index when they are few for the table (:func:`_by_index`), else found by a scan of the
    column, which grows with the table (~25 CPU-ms at 10^6 events, ~250 at 10^7)."""
    sql = f"SELECT rowid FROM {table} WHERE {column} IN {sql}"
    if column == "doc_id" or (keys is not None and _by_index(con, table, keys)):
        with point_lookups(con):  # a batch's few documents, or few ids in a large table: by its index
            rows = con.execute(sql, list(params)).fetchall()
    else:
        rows = con.execute(sql, list(params)).fetchall()
    return sorted(r[0] for r in rows)


# a key found in an ART index costs about what scanning this many rows of the table does: ~35 µs a
# key inside an update against ~20 ns a row of `events.id` scanned (at 10^6 events, 800 ids: 36
# CPU-ms by index, 26 by a scan; at 10^7, 27 against 226) and ~90 ns a row of `documents` joined
# (800 events' documents at 10^7 events: 35 against 102; at 10^6, 50 against 28); fewer keys than
# rows / this are looked up in the index, whose cost does not grow with the table
INDEX_RATIO = {"events": 2000, "documents": 400}


def _by_index(con: duckdb.DuckDBPyConnection, table: str, keys: int) -> bool:
    """Whether ``keys`` ids are found faster in ``table``'s index than by scanning its key column."""
    if keys > LOOKUP_KEYS:
        return False
    rows = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return rows is not None and keys * INDEX_RATIO[table] < rows[0]


LOOKUP_KEYS = 4096  # a semi-join on at most this many keys probes an indexed column's ART


@contextmanager
def point_lookups(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """For the block, a semi-join with few keys (up to :data:`LOOKUP_KEYS`) on an indexed column
    (``events.id``, ``events.doc_id``, ``occurrence_events.doc_id``, …) looks them up in its ART
    index instead of scanning the column: DuckDB turns a hash join's keys into an IN filter only
    up to ``dynamic_or_filter_threshold`` keys (50 by default), and scans the index only when it
    matches fewer than ``index_scan_max_count`` rows (else it scans the table as before).  At 10^6
    events the 100 documents of a batch are found in ~2 ms instead of ~10–50 ms, and the cost no
    longer grows with the table."""
    with _settings(con, {"dynamic_or_filter_threshold": LOOKUP_KEYS, "index_scan_max_count": LOOKUP_KEYS}):
        yield


@contextmanager
def _settings(con: duckdb.DuckDBPyConnection, values: Mapping[str, str | int]) -> Iterator[None]:
    """DuckDB's settings ``values`` for the block, each set back to what it was afterwards."""
    before = {n: (con.execute(f"SELECT current_setting('{n}')").fetchone() or (0,))[0] for n in values}
    for name, value in values.items():
        con.execute(f"SET {name} = {_literal(value)}")
    try:
        yield
    finally:
        for name, value in before.items():
            con.execute(f"SET {name} = {_literal(value)}")


def _literal(value: object) -> str:
    """A setting's value as SQL: a number bare, anything else quoted."""
    return str(value) if isinstance(value, int) else f"'{value}'"


ANY_RECIPIENT = "*"  # a new event without recipients may join an event of its actors with any
PREFIX_TOKEN = "^"  # starts the trigger-prefix token of an event in event_words; alone: not ASCII


def _fetch(
    con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
) -> list[dict[str, Any]]:
    cur = con.execute(sql, dict(params) if isinstance(params, Mapping) else list(params))
    names = [d[0] for d in cur.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


_SLIM_COLUMNS = (
    "e.id, e.doc_id, e.category, "
    + _CODES.format(col="e.actors")
    + " AS actors, "
    + _CODES.format(col="e.recipients")
    + " AS recipients, e.sentence, e.trigger_text AS trigger, e.date, e.date_precision, e.date_source,"
    " e.modality, e.location, " + _NAMES + " AS names"
)


# what clustering reads of a rebuild's event: its evidence words as stage_events made them (``ws``:
# geowire.model.occurrences.evidence's words), not the sentence and names they are made of
_STAGED_SLIM = (
    "SELECT id, doc_id, category, ac AS actors, rc AS recipients, ws, trigger, date, date_precision,"
    f" date_source, modality, location FROM {STAGED_EVENTS}"
)


# the evidence words of an event as geowire.model.occurrences.evidence makes them (the ASCII words
# of 3+ letters of its sentence, lower-cased, without stop words and without the words of the texts
# naming its actors and recipients, ``nw``: _NAME_WORDS), and the trigger prefix token
# (trigger_prefix): exact for ASCII, PREFIX_TOKEN alone (looked up by every event with a trigger)
# when it is not
_WORD_PATTERN = "'[A-Za-z][A-Za-z-]{2,}'"
_WORDS = (
    f"list_distinct(list_filter(list_transform(regexp_extract_all(sentence, {_WORD_PATTERN}),"
    " lambda x: lower(x)), lambda x: NOT list_contains($stop::VARCHAR[], x) AND NOT list_contains(nw, x)))"
)


def _name_words(names: str) -> str:
    """SQL: the lower-case words of a list of country texts (``names``: a list expression)."""
    words = f"regexp_extract_all(array_to_string({names}, ' '), {_WORD_PATTERN})"
    return f"list_transform({words}, lambda y: lower(y))"


_NAME_WORDS = _name_words(_NAMES)
_TOKEN = (
    "CASE WHEN coalesce(trigger_text, '') = '' THEN NULL"
    " WHEN regexp_full_match(left(trigger_text, 5), '[ -~]*')"
    f" THEN '{PREFIX_TOKEN}' || lower(left(trigger_text, 5))"
    f" ELSE '{PREFIX_TOKEN}' END"
)


Floor = float | None  # the confidence floor of the events a model counts (None: every event)
FLOOR_MARK = "model_min_confidence"  # store_meta: the floor the stored model was built with


def model_events(floor: Floor, alias: str = "e") -> str:
    """SQL: whether the event ``alias`` enters the model under the confidence ``floor``: every event
    when None, else the learned decision stage's at or above it and every other coder's (the rule
    coder's confidences are fixed tiers on another scale, as for the default view's floor:
    :func:`geowire.store.events.query_events`)."""
    return "true" if floor is None else at_learned_floor(repr(float(floor)), alias)


def in_model(event: Mapping[str, Any], floor: Floor | LearnedFloor) -> bool:
    """:func:`model_events` for a stored event row (its ``confidence`` and ``rule``); the default
    view's floor (:func:`geowire.store.events.learned_view`) the same way, per modality when it has
    one per modality (the row's ``modality``)."""
    learned = f">{LEARNED_RULE_MARK}" in (event.get("rule") or "")
    if floor is None or not learned:
        return True
    return float(event.get("confidence") or 0.0) >= floor_for(floor, event.get("modality"))


def _floor_text(floor: Floor) -> str:
    return "none" if floor is None else repr(float(floor))


def record_floor(con: duckdb.DuckDBPyConnection, floor: Floor) -> None:
    """Record in ``store_meta`` that the model now counts the events at or above ``floor``."""
    con.execute(
        "INSERT INTO store_meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [FLOOR_MARK, _floor_text(floor)],
    )


def floor_differs(con: duckdb.DuckDBPyConnection, floor: Floor) -> bool:
    """Whether the stored model counts other events than ``floor`` lets in: it was built with
    another floor, or with none recorded (from before migration 018) while it holds occurrences."""
    row = con.execute("SELECT value FROM store_meta WHERE key = ?", [FLOOR_MARK]).fetchone()
    if row is None:
        return con.execute("SELECT 1 FROM occurrence_events LIMIT 1").fetchone() is not None
    return bool(row[0] != _floor_text(floor))


def recorded_floor(con: duckdb.DuckDBPyConnection) -> Floor:
    """The floor the stored model was built with (None: none recorded, or every event)."""
    row = con.execute("SELECT value FROM store_meta WHERE key = ?", [FLOOR_MARK]).fetchone()
    return None if row is None or row[0] == "none" else float(row[0])


def event_rows(
    con: duckdb.DuckDBPyConnection,
    *,
    doc_ids: Collection[str] | None = None,
    event_ids: Collection[str] | None = None,
    category: str | None = None,
    slim: bool = False,
    floor: Floor = None,
    windows: Mapping[str, tuple[dt.date, dt.date]] | None = None,
) -> list[dict[str, Any]]:
    """Events of processed documents (all, or of ``doc_ids``, with ``event_ids``, of ``category``)
    that the model counts under the confidence ``floor`` (:func:`model_events`), as clustering
    input: actor codes, the location text (and unless ``slim``, actor-level keys, scores, modality
    and the document's outlet and date); a rebuild reads :func:`staged_rows` instead.
    ``windows``: the ``event_ids``' date windows (:func:`candidate_events`), by which their rows
    are found (:func:`_windowed_rows`)."""
    found = ["true"]  # the events' rows, looked up by row id before the join
    params: list[Any] = []
    for value, column in ((doc_ids, "doc_id"), (event_ids, "id")):
        if value is not None and column == "id" and windows is not None:
            found.append(_ROWS)
            params.append(_windowed_rows(con, value, windows))
        elif value is not None:
            found.append(_ROWS)
            params.append(_row_ids(con, "events", column, _ID_LIST, [list(value)], keys=len(value)))
    documents = "documents"
    few = doc_ids is not None  # a batch's few documents: by their primary key
    if doc_ids is not None:  # named, not joined: a join built its hash table on every document (~1M
        # at 10^7 events: ~200 CPU-ms a statement)
        documents = f"(SELECT * FROM documents WHERE id IN {_ID_LIST})"
        params.append(sorted(doc_ids))
    elif event_ids is not None and _by_index(con, "documents", len(event_ids)):
        # an update's candidates in a large store: their documents looked up by id, not a join
        # that scans every document (at 10^7 events ~80 of the ~100 CPU-ms of this read)
        docs = con.execute(f"SELECT DISTINCT doc_id FROM events WHERE {_ROWS}", [params[-1]]).fetchall()
        documents = f"(SELECT * FROM documents WHERE id IN {_ID_LIST})"
        params.append([r[0] for r in docs])
        few = True
    where = f"d.status = 'processed' AND {model_events(floor)}"
    if category is not None:
        where += " AND e.category = ?"
        params.append(category)
    columns = _SLIM_COLUMNS if slim else _EVENT_COLUMNS
    events = f"(SELECT * FROM events WHERE {' AND '.join(found)})"
    sql = f"SELECT {columns} FROM {events} e JOIN {documents} d ON d.id = e.doc_id WHERE {where}"
    sql += " ORDER BY e.id"
    if few:
        with point_lookups(con):
            return _fetch(con, sql, params)
    return _fetch(con, sql, params)


def _windowed_rows(
    con: duckdb.DuckDBPyConnection, event_ids: Collection[str], windows: Mapping[str, tuple[dt.date, dt.date]]
) -> list[int]:
    """The row ids of ``event_ids`` (an update's candidates), each dated in its ``windows`` one (as
    :func:`window_spans` reads them): those of a month or less are found among the events dated
    in their months' spans (min/max statistics skip the row groups of other days: at 10^7 events a
    scan of every id costs ~250 CPU-ms and thousands of index lookups ~35 µs each); the few of a
    year or undated, whose dates every row group of their year may hold, by :func:`_row_ids`."""
    narrow = [e for e in event_ids if (windows[e][1] - windows[e][0]).days <= _WIDE]
    wide = set(event_ids).difference(narrow)
    rows = _row_ids(con, "events", "id", _ID_LIST, [sorted(wide)], keys=len(wide)) if wide else []
    if narrow:
        spans = window_spans(windows[e] for e in narrow)
        sql = _dated_in(f"SELECT rowid FROM events WHERE id IN {_IDS}", spans, "date", distinct=False)
        rows += [r[0] for r in con.execute(sql, {"ids": narrow}).fetchall()]
    return sorted(set(rows))


def staged_rows(con: duckdb.DuckDBPyConnection, category: str, *, columnar: bool = False) -> StagedRows:
    """A rebuild's events of ``category`` as :func:`event_rows` gives them ``slim``, from the events
    :func:`stage_events` parsed (its floor already applied), with their evidence words (``ws``)
    instead of the sentence and names they are made of.  ``columnar``: as an Arrow table
    (pyarrow: :func:`can_stage_columns`) instead, its columns fetched by DuckDB without making a
    Python object of each value: whoever reads them converts them (:func:`as_rows`; in a rebuild,
    the forked worker that clusters the category, on its own core, not the parent)."""
    sql = f"{_STAGED_SLIM} WHERE category = $category ORDER BY id"
    if columnar:
        table: ColumnRows = con.sql(sql, params={"category": category}).to_arrow_table()
        return table
    return _fetch(con, sql, {"category": category})


class ColumnRows(Protocol):
    """What :func:`staged_rows` needs of an Arrow table (pyarrow, optional, ships no types here)."""

    def to_pylist(self) -> list[dict[str, Any]]: ...


# a rebuild's event rows of a category: dicts, or an Arrow table of the same columns
StagedRows = list[dict[str, Any]] | ColumnRows


def can_stage_columns() -> bool:
    """Whether :func:`staged_rows` can give Arrow tables (pyarrow, an optional dependency, is
    installed)."""
    return importlib.util.find_spec("pyarrow") is not None


def as_rows(staged: StagedRows) -> list[dict[str, Any]]:
    """:func:`staged_rows`' rows as dicts, whichever form they came in (the same values)."""
    return staged if isinstance(staged, list) else staged.to_pylist()


def staged_categories(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The categories of a rebuild's events (:func:`stage_events`), the most frequent first (its
    workers clustering them side by side then finish close together)."""
    sql = f"SELECT category FROM {STAGED_EVENTS} GROUP BY category ORDER BY count(*) DESC, category"
    return [r[0] for r in con.execute(sql).fetchall()]


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
        where.append(f"c.{_ROWS}")
        params.append(_row_ids(con, "claims", "doc_id", _ID_LIST, [list(doc_ids)]))
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


@contextmanager
def memory_limit(con: duckdb.DuckDBPyConnection, limit: str) -> Iterator[None]:
    """DuckDB's memory limit set to ``limit`` (e.g. '1GB') for the block, then set back: a full
    rebuild keeps its buffer pool small (it spills to disk beyond) instead of caching the store."""
    with _settings(con, {"memory_limit": limit}):
        yield


def clear(con: duckdb.DuckDBPyConnection, tables: Sequence[str] = DERIVED) -> None:
    """Empty ``tables``: each dropped and created again from its own definition as the catalog
    holds it (columns, constraints, indexes).  A ``DELETE`` of every row cost the commit each row's
    removal from the table's indexes (``occurrences``' key until migration 022,
    ``occurrence_events.doc_id``): at 10^5 events ~1.7 of a rebuild's ~5 CPU-s in the parent, at
    10^6 most of the commit's ~19.  No
    foreign key may point at a derived table (the drop would be refused); views on them are bound
    when read, so they keep working."""
    for table in tables:
        row = con.execute(_TABLE_SQL, [table]).fetchone()
        if row is None:
            raise duckdb.CatalogException(f"no table {table} to clear")
        indexes = [r[0] for r in con.execute(_INDEX_SQL, [table]).fetchall()]
        con.execute(f"DROP TABLE main.{table}")  # not a temp table of the same name
        for sql in (row[0], *indexes):
            con.execute(sql)


_TABLE_SQL = (
    "SELECT sql FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'"
    " AND table_name = ?"
)
_INDEX_SQL = (
    "SELECT sql FROM duckdb_indexes() WHERE database_name = current_database() AND schema_name = 'main'"
    " AND table_name = ? ORDER BY index_name"
)


def occurrences_of_documents(con: duckdb.DuckDBPyConnection, doc_ids: Collection[str]) -> set[str]:
    """Occurrences with a member event of one of ``doc_ids``."""
    with point_lookups(con):  # by the occurrence_events_doc index (migration 014)
        sql = f"SELECT DISTINCT occurrence_id FROM occurrence_events WHERE doc_id IN {_ID_LIST}"
        rows = con.execute(sql, [list(doc_ids)]).fetchall()
    return {r[0] for r in rows}


COMMON = 3  # a word of this many new events of a category (or more) is looked up as common
_WIDE = 31  # new events whose window is wider (year, undated) are looked up apart
_UNDATED_LO = dt.date(1, 1, 1)  # the start of an undated event's window (_INTERVAL)
# the lookup passes of a batch (new_probes): (wide, lo, hi, largest size to look up by, any probe
# with a trigger prefix that is not ASCII) — one for the narrow windows, one per wide window
_PASS_BOUNDS = (
    f"SELECT wide, min(lo), max(hi), max(small), bool_or(token = '{PREFIX_TOKEN}'), min(hi) FROM new_probes"
    " GROUP BY wide, CASE WHEN wide THEN lo END, CASE WHEN wide THEN hi END ORDER BY ALL"
)


def candidate_events(
    con: duckdb.DuckDBPyConnection,
    doc_ids: Collection[str],
    *,
    window_days: int,
    stop_words: Collection[str],
    floor: Floor = None,
) -> tuple[list[tuple[str, str]], dict[str, tuple[dt.date, dt.date]]]:
    """(event id, occurrence id) of the clustered events that the events of ``doc_ids`` may join
    (:func:`geowire.model.occurrences.same_occurrence`), a superset of them that the caller checks:
    in a new event's block (same category and actor, one of its recipients or none, any when it
    has none), with an overlapping date window, and either with the same trigger prefix or with
    enough content words in common that the two may be alike (6 × shared ≥ both word counts).

    The lookup is by token in ``event_words``, the content words and trigger prefix of each stored
    event, never the whole block.  Words common in the batch (e.g. the actors' names, in every
    report of a dyad) are not looked up but counted as shared: up to ``c = (words + 3) // 6`` of a
    new event's words that :data:`COMMON` or more new events of its category have; an event
    sharing none of its other words can then be alike only if it has at most 6c − words of its
    own, and those few are looked up by size.  A mention joins only mentions of its own period
    (:func:`geowire.model.occurrences.period`), so the narrow windows (a month or less) are looked
    up together among the stored narrow ones ending in the same month, and each wide one (a year,
    undated) among the stored ones with the same window (:data:`_PASSES`).  Their occurrences are
    looked up among the links dated within the candidates' own windows (:func:`window_spans`), not
    their periods' whole months; the candidates' windows come back too (:func:`event_rows` finds
    their rows by them).  Only the new events the model counts under ``floor`` are looked up
    (:func:`model_events`)."""
    params = {
        "rows": _row_ids(con, "events", "doc_id", _ID_LIST, [list(doc_ids)]),
        "docs": _processed(con, doc_ids),
        "stop": sorted(stop_words),
    }
    word_keys_current(con)
    with point_lookups(con):  # their documents by primary key
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE new_events AS {_signatures(window_days, True, floor)}", params
        )
    con.execute(_NEW_PROBES, {"common": COMMON})
    found: dict[str, tuple[dt.date, dt.date]] = {}  # each candidate's window
    for wide, lo, hi, small, any_prefix, first_hi in con.execute(_PASS_BOUNDS).fetchall():
        by_token, by_size, by_any_prefix = _LOOKUPS[wide]
        window = {"lo": lo, "hi": hi} | ({} if wide else {"first": first_hi})
        found.update((r[0], (r[1], r[2])) for r in con.execute(by_token, window).fetchall())
        if small is not None:
            rows = con.execute(by_size, {**window, "small": small}).fetchall()
            found.update((r[0], (r[1], r[2])) for r in rows)
        if any_prefix:
            found.update((r[0], (r[1], r[2])) for r in con.execute(by_any_prefix, window).fetchall())
    con.execute("DROP TABLE new_events")
    con.execute("DROP TABLE new_probes")
    links = f"SELECT event_id, occurrence_id FROM occurrence_events WHERE event_id IN {_IDS}"
    rows = con.execute(_dated_in(links, window_spans(found.values())), {"ids": sorted(found)}).fetchall()
    return sorted((r[0], r[1]) for r in rows), found


def window_spans(windows: Iterable[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date] | None]:
    """The spans (:func:`_dated_in`) the dates of stored events with these ``event_words`` windows
    lie in: an event's date lies in its window (a publication-dated one's is its end) and in its
    period (:func:`geowire.model.occurrences.period_days`) — for the narrow windows of a month, from
    the earliest start (the 1st at the earliest) to the latest end; for a year's, the year (year
    precision: :func:`_dated_in`); None for the undated."""
    wide: set[tuple[dt.date, dt.date] | None] = set()
    months: dict[tuple[int, int], tuple[dt.date, dt.date]] = {}
    for lo, hi in windows:
        if (hi - lo).days > _WIDE:  # a year (or undated: from 0001-01-01)
            wide.add(None if lo == _UNDATED_LO else (dt.date(lo.year, 1, 1), dt.date(lo.year, 12, 31)))
            continue
        first, last = months.get((hi.year, hi.month), (hi, hi))
        months[hi.year, hi.month] = (min(first, max(lo, hi.replace(day=1))), max(last, hi))
    return [*wide, *months.values()]


def _processed(con: duckdb.DuckDBPyConnection, doc_ids: Collection[str]) -> list[str]:
    """Those of ``doc_ids`` (a batch's) that are processed, found by the documents' primary key —
    named to the statements that read their events instead of joined (at 10^7 events a join with
    ``documents`` scanned all of them and cost ~100 CPU-ms a statement)."""
    with point_lookups(con):
        sql = f"SELECT id FROM documents WHERE id IN {_ID_LIST} AND status = 'processed'"
        return sorted(r[0] for r in con.execute(sql, [list(doc_ids)]).fetchall())


def _signatures(window_days: int, documents: bool, floor: Floor) -> str:
    """SQL: the events of processed documents (of row ids ``$rows`` when ``documents``, whose
    processed documents are ``$docs``: :func:`_processed`) that the model counts under ``floor``,
    with their codes, date window, content words (``$stop`` left out) and trigger-prefix token."""
    events = "events"
    processed = "JOIN documents d ON d.id = e.doc_id WHERE d.status = 'processed'"
    if documents:  # their rows and documents looked up before (so that it scans neither table)
        events = "(SELECT * FROM events WHERE rowid IN (SELECT unnest($rows::BIGINT[])))"
        processed = "WHERE e.doc_id IN (SELECT unnest($docs::VARCHAR[]))"
    return (
        "SELECT e.id, e.category, "
        + _CODES.format(col="e.actors")
        + " AS ac, "
        + _CODES.format(col="e.recipients")
        + " AS rc, "
        + _INTERVAL.format(window=int(window_days))
        + f", {_WORDS} AS ws, {_TOKEN} AS token"
        + f" FROM (SELECT *, {_NAME_WORDS} AS nw FROM {events} e) e {processed} AND {model_events(floor)}"
    )


# one parse of an event's actors (recipients) JSON with every field the rebuild reads
_PARSED = """from_json({col}, '[{{"code": "VARCHAR", "sector": "VARCHAR", "entity_text": "VARCHAR",
    "kind": "VARCHAR"}}]')"""
_STAGED_COLUMNS = (
    "id, doc_id, category, "
    + _codes("aj")
    + " AS ac, "
    + _codes("rj")
    + " AS rc, "
    + _keys("aj")
    + " AS ak, "
    + _keys("rj")
    + " AS rk, names, sentence, trigger_text AS trigger, date, date_precision, date_source, quad_class,"
    f" score, modality, outlet, published, location, lo, hi, {_WORDS} AS ws, {_TOKEN} AS token"
)


def stage_events(
    con: duckdb.DuckDBPyConnection,
    *,
    floor: Floor,
    window_days: int,
    stop_words: Collection[str],
    categories: Collection[str] | None = None,
    add: bool = False,
) -> None:
    """Create the temp table :data:`STAGED_EVENTS` for a full rebuild: every event the model counts
    under ``floor`` with its document's outlet and date, its actor and recipient codes and keys, the
    texts naming them as countries, its evidence words, trigger-prefix token and date window —
    each event's actors JSON parsed and its sentence tokenised once, for the workers' input
    (:func:`staged_rows`), the occurrence rows (:func:`add_staged_links`) and
    ``event_words`` (:func:`index_events`), which each parsed them again.  In (category, id) order:
    a category's rows are read from its row groups only.  ``categories``: only those categories'
    events; ``add``: appended to the table a first call made (each call's categories together, so
    a category's rows stay in one run of row groups), so that the workers start on the first
    categories while the parent stages the others.  Dropped by :func:`derive_occurrences`."""
    params: dict[str, Any] = {"stop": sorted(stop_words)}
    where = f"d.status = 'processed' AND {model_events(floor)}"
    if categories is not None:  # constants, so the scan filters its rows (a subquery would join them)
        names = {f"c{i}": c for i, c in enumerate(sorted(categories))}
        where += f" AND e.category IN ({', '.join(f'${n}' for n in names) or 'NULL'})"
        params.update(names)
    parsed = (
        "SELECT e.*, d.outlet, d.published, "
        + _PARSED.format(col="e.actors")
        + " AS aj, "
        + _PARSED.format(col="e.recipients")
        + " AS rj, "
        + _INTERVAL.format(window=int(window_days))
        + f" FROM events e JOIN documents d ON d.id = e.doc_id WHERE {where}"
    )
    named = f"SELECT *, {_names('aj', 'rj')} AS names FROM ({parsed})"
    name_words = _name_words("names")
    into = f"INSERT INTO {STAGED_EVENTS}" if add else f"CREATE OR REPLACE TEMP TABLE {STAGED_EVENTS} AS"
    con.execute(
        f"{into} SELECT {_STAGED_COLUMNS} FROM (SELECT *, {name_words} AS nw FROM ({named}))"
        " ORDER BY category, id",
        params,
    )


def model_categories(con: duckdb.DuckDBPyConnection, floor: Floor) -> list[str]:
    """The categories of the events the model counts under ``floor`` (those :func:`stage_events`
    stages), the most frequent first, as :func:`staged_categories` gives them once staged."""
    return [c for c, _n in category_sizes(con, floor)]


def category_sizes(con: duckdb.DuckDBPyConnection, floor: Floor) -> list[tuple[str, int]]:
    """:func:`model_categories` with the number of events of each."""
    sql = (
        "SELECT e.category, count(*) FROM events e JOIN documents d ON d.id = e.doc_id"
        f" WHERE d.status = 'processed' AND {model_events(floor)}"
        " GROUP BY e.category ORDER BY count(*) DESC, e.category"
    )
    return [(str(r[0]), int(r[1])) for r in con.execute(sql).fetchall()]


# a rebuild's events in hi order, only the columns event_words is made of: the rows unnested from them
# keep it, so sorting these ~1M narrow rows replaces sorting the ~10M rows of event_words (~45% of
# writing them at 10^5).  By hi, the end of their window, not lo: a narrow mention's period is the
# month of its hi, so the rows a narrow lookup may join (hi in the batch's months, from its earliest
# window start on) lie together and min/max statistics skip the others — in lo order a month's
# rows shared row groups with the day-dated rows of the week before it and the wide rows starting
# on the 1st (8 instead of 25 row groups scanned at 10^6).  The wide ones (a year, undated) after all
# the narrow ones, not among them by hi: a year's rows end on its 31 December, so a batch dated in
# December read every year-precision row of that year with December's (~2 M more rows at 10^7 events);
# apart, the narrow pass's bound on lo (_PASSES) skips their row groups
_STAGED_BY_HI = (
    f"(SELECT id, category, ac, rc, ws, token, lo, hi FROM {STAGED_EVENTS}"
    f" ORDER BY hi - lo > {_WIDE}, hi, category)"
)


def index_events(
    con: duckdb.DuckDBPyConnection,
    doc_ids: Collection[str] | None,
    *,
    window_days: int,
    stop_words: Collection[str],
    floor: Floor = None,
) -> None:
    """Add the ``event_words`` rows of the events of ``doc_ids`` that the model counts under
    ``floor`` (when None, a rebuild's: of every event :func:`stage_events` staged, in ``hi`` order with
    the wide windows last, so that min/max statistics skip the row groups a lookup cannot need:
    :data:`_STAGED_BY_HI`)."""
    params: dict[str, Any] = {"stop": sorted(stop_words)}
    if doc_ids is not None:
        params["rows"] = _row_ids(con, "events", "doc_id", _ID_LIST, [list(doc_ids)])
        params["docs"] = _processed(con, doc_ids)
    # one unnest per projection, not three lateral ones: ~2.7× less CPU for the same rows
    events = _STAGED_BY_HI if doc_ids is None else f"({_signatures(window_days, True, floor)})"
    tokens = (
        "SELECT id, category, ac, CASE WHEN len(rc) = 0 THEN ['-'] ELSE rc END AS rs,"
        " CASE WHEN token IS NULL THEN ws ELSE list_append(ws, token) END AS ts, len(ws) AS size, lo, hi"
        f" FROM {events}"
    )
    sql = (
        "INSERT INTO event_words (event_id, category, actor, recipient, word, size, lo, hi, key)"
        f" SELECT id, category, a, r, w, size, lo, hi, {_WORD_KEY.format(c='category', a='a', w='w')}"
        " FROM (SELECT *, unnest(rs) AS r"
        f" FROM (SELECT *, unnest(ac) AS a FROM (SELECT *, unnest(ts) AS w FROM ({tokens}))))"
    )
    if doc_ids is None:  # a rebuild: from the events stage_events parsed
        con.execute(sql)  # in the order of _STAGED_BY_HI (DuckDB preserves insertion order)
        con.execute(_SET_HASH_MARK, [WORD_KEY_MARK, WORD_KEY_TEXT])  # every key made with this hash()
        return
    with point_lookups(con):  # their documents by primary key
        con.execute(sql, params)


# an event_words row's key: the upper 32 bits of DuckDB's hash of its (category, actor, word), joined on
# instead of the three strings; hash() may differ between DuckDB versions, so the store records the hash
# of WORD_KEY_TEXT its keys were computed with (under WORD_KEY_MARK) and word_keys_current re-computes
# them if it changed.  32 bits, not the hash's 64 (migration 021): the lookup of a batch dated in a
# month scans the key of each of the month's rows (~8.75 M at 10^7 events), and a random key does not
# compress, so half its bytes are half of what that scan loads most.  Two keys alike only add a
# candidate (the probe's own word is what by_token counts, and the caller checks every candidate);
# among a month's rows a probe's key meets another's with odds ~1 in 500 at 10^7.
_WORD_KEY = "CAST(hash({c}, {a}, {w}) >> 32 AS UINTEGER)"
WORD_KEY_MARK = "event_words_hash"
WORD_KEY_TEXT = "geowire event_words key"
_SET_HASH_MARK = (
    "INSERT INTO store_meta VALUES (?, CAST(hash(?::VARCHAR) AS VARCHAR))"
    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


def word_keys_current(con: duckdb.DuckDBPyConnection) -> None:
    """Make sure every ``event_words`` key was computed with this DuckDB's hash: if the store's mark
    is missing (rows from before migration 014) or differs (another DuckDB version), re-compute
    them all, then set the mark."""
    row = con.execute(
        "SELECT value = CAST(hash(?::VARCHAR) AS VARCHAR) FROM store_meta WHERE key = ?",
        [WORD_KEY_TEXT, WORD_KEY_MARK],
    ).fetchone()
    if row is None or not row[0]:
        con.execute(f"UPDATE event_words SET key = {_WORD_KEY.format(c='category', a='actor', w='word')}")
        con.execute(_SET_HASH_MARK, [WORD_KEY_MARK, WORD_KEY_TEXT])


def unindex_documents(con: duckdb.DuckDBPyConnection, doc_ids: Collection[str]) -> None:
    """Drop the ``event_words`` rows of the clustered events of ``doc_ids`` (before their links go)."""
    con.execute(
        "DELETE FROM event_words WHERE event_id IN"
        f" (SELECT event_id FROM occurrence_events WHERE doc_id IN {_ID_LIST})",
        [list(doc_ids)],
    )


# per new event and block: its words split into looked-up and common ones (the most frequent in the
# batch's events of its category, at most (words + 3) // 6 of them), the tokens to look up (the
# looked-up words, its trigger prefix token and PREFIX_TOKEN, which the stored events whose prefix
# is not ASCII have), and the largest word count an event sharing none of those may have
_NEW_PROBES = (
    "CREATE OR REPLACE TEMP TABLE new_probes AS WITH freq AS (SELECT category, w AS word,"
    " count(DISTINCT id) AS f FROM new_events, unnest(ws) AS u(w) GROUP BY ALL),"
    " ranked AS (SELECT n.id, u.w AS word, f.f, row_number() OVER (PARTITION BY n.id ORDER BY f.f DESC, u.w)"
    " AS rank, (len(n.ws) + 3) // 6 AS cap FROM new_events n, unnest(n.ws) AS u(w)"
    " JOIN freq f ON f.category = n.category AND f.word = u.w),"
    " split AS (SELECT id, list(word) FILTER (WHERE NOT (rank <= cap AND f >= $common)) AS looked,"
    " count(*) FILTER (WHERE rank <= cap AND f >= $common) AS c FROM ranked GROUP BY id)"
    " SELECT n.id, n.category, a AS actor, r AS recipient, n.lo, n.hi, len(n.ws) AS size,"
    " coalesce(s.c, 0) AS c, CASE WHEN coalesce(s.c, 0) > 0 THEN 6 * s.c - len(n.ws) END AS small,"
    " n.token, n.hi - n.lo > " + str(_WIDE) + " AS wide,"
    " list_distinct(coalesce(s.looked, []) || CASE WHEN n.token IS NULL THEN []"
    f" ELSE [n.token, '{PREFIX_TOKEN}'] END)"
    " AS tokens FROM new_events n LEFT JOIN split s ON s.id = n.id, unnest(n.ac) AS x(a),"
    f" unnest(CASE WHEN len(n.rc) = 0 THEN ['{ANY_RECIPIENT}'] ELSE list_append(n.rc, '-') END) AS y(r)"
)
_IN_BLOCK = (
    f"(b.recipient = p.recipient OR p.recipient = '{ANY_RECIPIENT}') AND b.lo <= p.hi AND b.hi >= p.lo"
)
# a lookup pass (candidate_events) is of the narrow windows (one month or less: a day, a month, an
# article's week; the batch's range of them, $lo … $hi) or of one wide window ($lo, $hi: a year, or
# undated): a mention joins only one of its own period (model.occurrences.period) — a narrow one
# one whose last possible day is in the same month, a wide one one with the same window — so only
# those stored rows are read (and min/max statistics skip the row groups of the others): the narrow
# ones whose window meets the batch's ($lo … $hi) and ends in a month of a new one's end ($first:
# the earliest new end; the stored rows of earlier months are not read).  Their ends are bounded
# both ways, as a rebuild writes event_words by hi (_STAGED_BY_HI): from the later of $lo and the
# first month's 1st, to the earlier of its last month's last day and $hi + 31 (a narrow window
# starting by $hi ends by then).  Their starts are bounded below too, by the ends' lower bound less
# 31 days (what hi - lo <= 31 implies, so no row changes): a filter on the column, which skips the
# row groups of the wide rows (a year's end on 31 December, within December's ends) that a rebuild
# and migration 021 write after the narrow ones.  The same month is a range on b.hi, not an
# equality: the join then has one equality key, the word key, whose Bloom filter DuckDB pushes into
# the scan of event_words
_FIRST_END = "greatest($lo, CAST(date_trunc('month', $first) AS DATE))"
_PASSES = {
    False: (
        f"lo <= $hi AND hi - lo <= {_WIDE} AND lo >= CAST({_FIRST_END} - INTERVAL ({_WIDE}) DAY AS DATE)"
        f" AND hi BETWEEN {_FIRST_END}"
        f" AND least(last_day($hi), CAST($hi + INTERVAL ({_WIDE}) DAY AS DATE))",
        "NOT wide",
        " AND b.hi BETWEEN CAST(date_trunc('month', p.hi) AS DATE) AND last_day(p.hi)",
    ),
    True: ("lo = $lo AND hi = $hi", "wide AND lo = $lo AND hi = $hi", ""),
}


def _lookups(wide: bool) -> tuple[str, str, str]:
    """SQL of a lookup pass (:data:`_PASSES`): by token, by size, by any trigger prefix; each gives
    the stored events' ids with their windows (``lo``, ``hi``)."""
    stored, probe, period = _PASSES[wide]
    block = _IN_BLOCK + period
    # by token: the same trigger prefix, or looked-up words enough with the common ones counted as
    # shared (joined on the rows' key, never their strings: a hash collision only adds a candidate,
    # as the probe's word, trigger prefix or not, is what is counted)
    by_token = (
        "SELECT event_id, blo, bhi FROM (SELECT p.id, b.event_id,"
        f" bool_or(starts_with(p.word, '{PREFIX_TOKEN}')) AS same_trigger, count(DISTINCT p.word) AS k,"
        " any_value(b.size) AS lb, any_value(p.size) AS la, any_value(p.c) AS c,"
        " any_value(b.lo) AS blo, any_value(b.hi) AS bhi"
        f" FROM (SELECT event_id, key, recipient, size, lo, hi FROM event_words WHERE {stored}) b"
        f" JOIN (SELECT *, {_WORD_KEY.format(c='category', a='actor', w='word')} AS key FROM"
        " (SELECT id, category, actor, recipient, lo, hi, size, c, unnest(tokens) AS word"
        f" FROM new_probes WHERE {probe})) p ON b.key = p.key"
        f" WHERE {block} GROUP BY p.id, b.event_id) WHERE same_trigger OR 6 * (k + c) >= la + lb"
    )
    # sharing only common words: few enough words of its own
    by_size = (
        "SELECT b.event_id, b.lo, b.hi"
        f" FROM (SELECT * FROM event_words WHERE {stored} AND size <= $small) b"
        f" JOIN (SELECT * FROM new_probes WHERE {probe} AND small IS NOT NULL) p"
        f" ON b.category = p.category AND b.actor = p.actor WHERE b.size <= p.small AND {block}"
    )
    # a new event whose trigger prefix is not ASCII: every stored event with a prefix
    by_any_prefix = (
        "SELECT b.event_id, b.lo, b.hi"
        f" FROM (SELECT * FROM event_words WHERE {stored} AND starts_with(word, {PREFIX_TOKEN!r})) b"
        f" JOIN (SELECT * FROM new_probes WHERE {probe} AND token = {PREFIX_TOKEN!r}) p"
        f" ON b.category = p.category AND b.actor = p.actor WHERE {block}"
    )
    return by_token, by_size, by_any_prefix


_LOOKUPS = {wide: _lookups(wide) for wide in (False, True)}


def first_members(
    con: duckdb.DuckDBPyConnection,
    occurrence_ids: Collection[str],
    days: Collection[tuple[dt.date, dt.date] | None],
) -> dict[str, str]:
    """The smallest member event id of each of ``occurrence_ids``, whose member links are kept in
    the temp table ``absorbed_links`` with their row ids (for :func:`absorb`, :func:`relink` and
    :func:`derive_occurrences`: the links are scanned once an update).  ``days``: the spans every
    member's date falls in (None: undated members) — a rebuild writes the links in date order, so
    the scan reads the row groups of those days only, not every link."""
    links = _dated_in(f"SELECT rowid AS rid, * FROM occurrence_events WHERE occurrence_id IN {_IDS}", days)
    con.execute(f"CREATE OR REPLACE TEMP TABLE absorbed_links AS {links}", {"ids": list(occurrence_ids)})
    rows = con.execute("SELECT occurrence_id, min(event_id) FROM absorbed_links GROUP BY 1").fetchall()
    return dict(rows)


Spans = Collection[tuple[dt.date, dt.date] | None]  # the days of the periods an update touches

# the days the rows of the occurrences an update absorbs lie in, from their member links (kept by
# first_members, which reads them by their periods' days): an occurrence's date is one of its
# members' (the best one) and its members share its period, so its row and dyads lie between its
# earliest and latest member's date — a month period's rows from the earliest to the latest day
# its absorbed occurrences' members have, not the whole month; a year period's the year's (of year
# precision, written apart: _DATE_ORDER); undated ones NULL (as _dated_in reads them)
_UNDATED, _YEARLY = 0, 1  # the kinds of period _ABSORBED_DAYS groups by (2: a month)
_ABSORBED_DAYS = (
    f"SELECT kind, min(event_date), max(event_date) FROM (SELECT event_date, CASE WHEN event_date IS NULL"
    f" THEN {_UNDATED} WHEN date_precision = 'year' THEN {_YEARLY} ELSE 2 END AS kind FROM absorbed_links)"
    f" GROUP BY kind, date_trunc(CASE kind WHEN {_YEARLY} THEN 'year' ELSE 'month' END, event_date)"
)


def absorbed_days(con: duckdb.DuckDBPyConnection) -> list[tuple[dt.date, dt.date] | None]:
    """The spans (:func:`_dated_in`) the rows of the occurrences in ``absorbed_links`` lie in
    (:data:`_ABSORBED_DAYS`): for each month period their members' first to last date, for each
    year period the year, None for undated ones."""
    spans: list[tuple[dt.date, dt.date] | None] = []
    for kind, first, last in con.execute(_ABSORBED_DAYS).fetchall():
        if kind == _UNDATED:
            spans.append(None)
        elif kind == _YEARLY:
            spans.append((dt.date(first.year, 1, 1), dt.date(first.year, 12, 31)))
        else:
            spans.append((first, last))
    return spans


def _dated_in(sql: str, days: Spans | None, column: str = "event_date", *, distinct: bool = True) -> str:
    """``sql`` (a query of ``occurrence_events``, ``occurrences`` or ``occurrence_dyads`` ending in
    its WHERE clause) for the rows whose ``column`` (a link's ``event_date``, an occurrence's or
    dyad's ``date``) lies in one of the spans ``days`` (NULL for None): one branch a span, joined
    by UNION, each with plain conjunctive filters (which min/max statistics prune; an OR of them
    is not pushed into the scan).  A whole year's span is a year period's
    (:func:`geowire.model.occurrences.period_days`), whose mentions are all dated by their year:
    only rows of year precision, which a rebuild writes apart (:data:`_DATE_ORDER`).  An
    occurrence's date is one of its members' and they share a period, so its row and its dyads'
    lie in its period's span too.  Not ``distinct``: UNION ALL, for a caller a row twice does not
    change (a year-precision row may also be in a month's span of its year).  ``days`` None: every
    row (``sql`` as it is)."""
    if days is None:
        return sql
    branches = []
    for d in set(days):
        if d is None:
            branches.append(f"{sql} AND {column} IS NULL")
            continue
        span = f"{column} BETWEEN DATE '{d[0].isoformat()}' AND DATE '{d[1].isoformat()}'"
        year = (d[0].month, d[0].day, d[1].month, d[1].day) == (1, 1, 12, 31)
        branches.append(f"{sql} AND {span}" + (" AND date_precision = 'year'" if year else ""))
    return f" UNION {'' if distinct else 'ALL '}".join(branches) or f"{sql} AND false"


# the order a rebuild writes the links, occurrences and their dyads in: undated, then dated by
# their year, then the rest, each by date — so that min/max statistics let an update read only the
# rows of the periods it touches (:func:`_dated_in`)
_DATE_ORDER = "date IS NOT NULL, date_precision IS DISTINCT FROM 'year', date"


def member_events(con: duckdb.DuckDBPyConnection, occurrence_ids: Collection[str]) -> list[str]:
    """The event ids of ``occurrence_ids`` (none read when there are none: the scan of every link
    that an empty IN list still costs grows with the store)."""
    if not occurrence_ids:
        return []
    rows = con.execute(
        f"SELECT event_id FROM occurrence_events WHERE occurrence_id IN {_ID_LIST}", [list(occurrence_ids)]
    ).fetchall()
    return [r[0] for r in rows]


def delete_occurrences(
    con: duckdb.DuckDBPyConnection, occurrence_ids: Collection[str], days: Spans | None, *, links: bool = True
) -> None:
    """Drop the rows of ``occurrence_ids`` (with their member links unless not ``links``), whose
    dates lie in the spans ``days`` (:func:`_dated_in`: only those row groups are read)."""
    if not occurrence_ids:
        return
    ids = {"ids": list(occurrence_ids)}
    tables = [("occurrences", "id", "date"), ("occurrence_dyads", "occurrence_id", "date")]
    tables += [("occurrence_events", "occurrence_id", "event_date")] if links else []
    for table, key, column in tables:
        rows = _dated_in(f"SELECT rowid FROM {table} WHERE {key} IN {_IDS}", days, column, distinct=False)
        con.execute(f"DELETE FROM {table} WHERE rowid IN ({rows})", ids)


# the member links of the occurrences absorb kept whose id changes (among those first_members kept)
_MOVED = "FROM absorbed_links a JOIN renames r ON r.old = a.occurrence_id WHERE r.old <> r.new"


def relink(con: duckdb.DuckDBPyConnection) -> None:
    """Move the member links of the occurrences :func:`absorb` kept (``renames``) whose id
    changes to their new id: deleted by the row ids :func:`first_members` kept and inserted again
    under it.  (An UPDATE joined on the old ids scanned every link — ~150 CPU-ms at 10^6 links,
    growing with the store — and one joined on the row ids still read most row groups; this
    costs ~10.)"""
    con.execute(f"DELETE FROM occurrence_events WHERE rowid IN (SELECT a.rid {_MOVED})")
    con.execute(f"INSERT INTO occurrence_events ({_LINK_COLUMNS}) SELECT r.new, {_LINK_MEMBER} {_MOVED}")


_INTERVAL = """
    CASE WHEN e.date IS NULL THEN DATE '0001-01-01'
         WHEN e.date_source = 'publication' THEN CAST(e.date - INTERVAL ({window}) DAY AS DATE)
         WHEN e.date_precision = 'year' THEN make_date(year(e.date), 1, 1)
         WHEN e.date_precision = 'month' THEN CAST(date_trunc('month', e.date) AS DATE)
         ELSE e.date END AS lo,
    CASE WHEN e.date IS NULL THEN DATE '9999-12-31'
         WHEN e.date_source = 'publication' THEN e.date
         WHEN e.date_precision = 'year' THEN make_date(year(e.date), 12, 31)
         WHEN e.date_precision = 'month' THEN last_day(e.date)
         ELSE e.date END AS hi"""
_PRECISION_RANK = "CASE date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 ELSE 3 END"


def derive_occurrences(con: duckdb.DuckDBPyConnection, occurrence_ids: Collection[str] | None) -> None:
    """Write the ``occurrences`` and ``occurrence_dyads`` rows of ``occurrence_ids`` (all when None,
    into emptied tables: the rows and member links :func:`add_staged_links` made category by
    category, each table written once in date order; then the events :func:`stage_events` staged
    are dropped) from their member links, as
    :func:`geowire.model.occurrences.summarise` describes an occurrence: first member's
    category, quad class and sentence; mean score; the most precise, non-publication date first;
    codes; asserted if any mention is; mention, document and outlet counts; first and last seen.

    An update (``occurrence_ids`` given) merges instead: each occurrence is the stored rows
    :func:`absorb` kept of the occurrences it absorbed and its fresh member events (the links
    :func:`add_links` wrote, their events kept in ``occurrence_members``).  Codes, the first
    member, modality and first/last seen are merged from the stored rows and the fresh members'
    events; the score mean (a sum in id order), the best date and the document and outlet counts
    are re-computed from every member's narrow columns (score, date, precision, date source,
    outlet), never its actors' JSON or sentence.
    Its new dyad rows are also counted into ``dyad_delta`` (:func:`count_dyads`)."""
    if occurrence_ids is None:  # a rebuild's: made category by category (add_staged_links)
        # in date order (their dyads follow it): an update finds them by their days (_dated_in)
        con.execute(f"INSERT INTO occurrences SELECT * FROM {REBUILT_OCCURRENCES} ORDER BY {_DATE_ORDER}, 1")
        con.execute(  # in date order: an update finds an occurrence's links by its days (first_members)
            f"INSERT INTO occurrence_events ({_LINK_COLUMNS}) SELECT * FROM {REBUILT_LINKS}"
            f" ORDER BY {_DATE_ORDER}"
        )
        for table in (REBUILT_OCCURRENCES, REBUILT_LINKS, STAGED_EVENTS):
            con.execute(f"DROP TABLE temp.{table}")  # the rebuild's temp tables
        _insert_dyads(con, "occurrences", "occurrence_dyads", ordered=True)
        return
    _merged_rows(con)
    con.execute("CREATE OR REPLACE TEMP TABLE new_dyads AS SELECT * FROM occurrence_dyads LIMIT 0")
    _insert_dyads(con, "new_occurrences", "new_dyads")
    con.execute("INSERT INTO occurrences SELECT * FROM new_occurrences")
    con.execute("INSERT INTO occurrence_dyads SELECT * FROM new_dyads")
    _count_dyad_rows(con, "new_dyads", +1)
    for table in ("new_occurrences", "new_dyads", "occurrence_parts"):
        con.execute(f"DROP TABLE IF EXISTS {table}")


# a full rebuild's occurrence rows and member links (with their members' columns, as _LINK_COLUMNS
# but the event's date as ``date``), made category by category before derive_occurrences writes them
REBUILT_OCCURRENCES = "rebuilt_occurrences"
REBUILT_LINKS = "rebuilt_links"
# a rebuild's member events of a category (as _members reads them) from the events stage_events parsed
_STAGED_MEMBERS = (
    "SELECT oe.occurrence_id, e.id, e.doc_id, e.category, e.quad_class, e.score, e.date, e.date_precision,"
    " e.date_source, e.modality, e.sentence, e.outlet, e.published, e.ac, e.rc, e.ak, e.rk"
    " FROM (SELECT unnest($occurrences::VARCHAR[]) AS occurrence_id,"
    " unnest($events::VARCHAR[]) AS event_id) oe"
    f" JOIN (SELECT * FROM {STAGED_EVENTS} WHERE category = $category) e ON e.id = oe.event_id"
)


def stage_links(con: duckdb.DuckDBPyConnection) -> None:
    """Create (empty) the temp tables a full rebuild's occurrence rows and member links go to
    category by category (:func:`add_staged_links`), until :func:`derive_occurrences` writes them
    to ``occurrences`` and ``occurrence_events``."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {REBUILT_OCCURRENCES} AS SELECT * FROM occurrences LIMIT 0")
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {REBUILT_LINKS} AS SELECT occurrence_id, event_id AS id, doc_id,"
        " score, event_date AS date, date_precision, date_source, source FROM occurrence_events LIMIT 0"
    )


def add_staged_links(
    con: duckdb.DuckDBPyConnection, category: str, occurrence_ids: list[str], event_ids: list[str]
) -> None:
    """Make the occurrence rows and member links of one category's clustering (its events'
    occurrence ids and their ids, side by side: two list parameters, which a worker hands back
    as plain strings) into :data:`REBUILT_OCCURRENCES` and :data:`REBUILT_LINKS`.  Occurrences
    never span categories, so a category's rows are those of the whole store's links; made while
    the workers cluster the next categories, and over one category's members (no aggregate
    spilled to disk), they cost the rebuild less than one statement over every link after.  A
    category of more than :data:`LINK_ROWS` events is made in parts of whole occurrences (at 10^7
    events one statement over its 2.4M members ran out of the cluster phase's buffer pool)."""
    for occurrences, events in _whole_occurrences(occurrence_ids, event_ids, LINK_ROWS):
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE occurrence_members AS {_STAGED_MEMBERS}",
            {"occurrences": occurrences, "events": events, "category": category},
        )
        con.execute(f"INSERT INTO {REBUILT_OCCURRENCES} SELECT * FROM ({_REBUILT_ROWS})")
        con.execute(
            f"INSERT INTO {REBUILT_LINKS} SELECT occurrence_id, id, doc_id, score, date, date_precision,"
            " date_source, coalesce(nullif(outlet, ''), doc_id) FROM occurrence_members"
        )
        con.execute("DROP TABLE occurrence_members")


LINK_ROWS = 500_000  # members of one category made into occurrence rows by one statement, at most


def _whole_occurrences(
    occurrence_ids: list[str], event_ids: list[str], rows: int
) -> Iterator[tuple[list[str], list[str]]]:
    """The (occurrence id, event id) pairs as they are when there are at most ``rows`` of them, else
    in parts of about ``rows`` pairs, each holding every member of its occurrences."""
    if len(event_ids) <= rows:
        yield occurrence_ids, event_ids
        return
    order = sorted(range(len(event_ids)), key=occurrence_ids.__getitem__)
    start = 0
    while start < len(order):
        end = min(start + rows, len(order))
        while end < len(order) and occurrence_ids[order[end]] == occurrence_ids[order[end - 1]]:
            end += 1  # an occurrence's members stay together
        part = order[start:end]
        yield [occurrence_ids[i] for i in part], [event_ids[i] for i in part]
        start = end


def _insert_dyads(con: duckdb.DuckDBPyConnection, occs: str, dyads: str, *, ordered: bool = False) -> None:
    """The directed pairs of the ``occs`` rows into ``dyads``, at country and actor level (each level
    in date order when ``ordered``, as a rebuild writes them: an update finds them by their days,
    :func:`_dated_in`, and the network's date filters skip row groups too)."""
    order = f" ORDER BY {_DATE_ORDER}, 1, 3, 4" if ordered else ""
    for level, src, dst in (("country", "actor_codes", "recipient_codes"), ("actor", "actors", "recipients")):
        con.execute(
            f"INSERT INTO {dyads} ({_DYAD_COLUMNS}) SELECT o.id, '{level}', a, r, o.date,"
            f" o.date_precision, o.quad_class, o.score, o.counts"
            f" FROM {occs} o, unnest(o.{src}) AS s(a), unnest(o.{dst}) AS t(r) WHERE a <> r{order}"
        )


_PARTS = f"SELECT rowid AS rid, * FROM occurrences WHERE id IN {_IDS}"
_PART_DYADS = f"SELECT rowid AS rid, * FROM occurrence_dyads WHERE occurrence_id IN {_IDS}"


def absorb(con: duckdb.DuckDBPyConnection, renamed: dict[str, str], firsts: dict[str, str]) -> None:
    """Take out the stored occurrences an update merges (``renamed``: old id → the id of the
    occurrence that absorbs it): count their dyads out of ``dyad_delta`` (as :func:`count_dyads`
    with sign −1), keep their rows with their first member event (``firsts``) in the temp table
    ``occurrence_parts`` for :func:`derive_occurrences` to merge, and delete their rows and dyads
    (not their links: :func:`relink` moves them).  The renaming is kept too (temp table
    ``renames``): :func:`relink` moves the stored links by it, and :func:`derive_occurrences` reads
    the links :func:`first_members` kept under their new ids.  Their rows are read among those
    dated within their members' days (:func:`absorbed_days`), not their periods' whole months, and
    each table's once: the row ids found for the count and the kept parts are those deleted (the
    read is what grows with the store)."""
    old = list(renamed)
    days = absorbed_days(con)
    ids = {"ids": old}
    con.execute(
        "CREATE OR REPLACE TEMP TABLE renames AS SELECT unnest(?::VARCHAR[]) AS old,"
        " unnest(?::VARCHAR[]) AS new, unnest(?::VARCHAR[]) AS first",
        [old, [renamed[o] for o in old], [firsts[o] for o in old]],
    )
    kept = {
        "absorbed_rows": ("occurrences", _PARTS, "date"),
        "absorbed_dyads": ("occurrence_dyads", _PART_DYADS, "date"),
    }
    for name, (_, sql, column) in kept.items():
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {name} AS {_dated_in(sql, days, column, distinct=False)}", ids
        )
    if old:
        _count_dyad_rows(con, "absorbed_dyads", -1)  # a row twice (UNION ALL) is counted once
    con.execute(
        "CREATE OR REPLACE TEMP TABLE occurrence_parts AS SELECT m.new AS occurrence_id, m.first AS first_id,"
        " o.* EXCLUDE (id, rid) FROM absorbed_rows o JOIN renames m ON o.id = m.old"
    )
    for name, (table, _, _) in kept.items():
        if old:
            con.execute(f"DELETE FROM {table} WHERE rowid IN (SELECT rid FROM {name})")
        con.execute(f"DROP TABLE {name}")


def _merged_rows(con: duckdb.DuckDBPyConnection) -> None:
    """The rows of the occurrences an update touched (those of ``absorbed_links`` and
    ``added_links``) into the temp table ``new_occurrences`` (see :func:`derive_occurrences`): the
    stored parts :func:`absorb` kept, merged with the fresh members (``occurrence_members``,
    kept by :func:`add_links`)."""
    # their links: those of the occurrences they absorbed (kept by first_members) under their new
    # ids (absorb's renames: every absorbed occurrence has one), and those this update added
    # (add_links), not a scan of every link
    con.execute(
        "CREATE OR REPLACE TEMP VIEW touched_links AS SELECT r.new AS occurrence_id,"
        f" {_LINK_MEMBER} FROM absorbed_links a JOIN renames r"
        f" ON r.old = a.occurrence_id UNION ALL SELECT {_LINK_COLUMNS} FROM added_links"
    )
    # every member's narrow columns, kept on its link (add_links): no event or document read
    con.execute(
        "CREATE OR REPLACE TEMP VIEW member_dates AS SELECT occurrence_id, event_id AS id, doc_id, score,"
        " event_date AS date, date_precision, date_source, source FROM touched_links"
    )
    con.execute("CREATE OR REPLACE TEMP TABLE new_occurrences AS SELECT * FROM occurrences LIMIT 0")
    con.execute(f"INSERT INTO new_occurrences {_MERGED_ROWS}")
    for view in ("member_dates", "touched_links"):
        con.execute(f"DROP VIEW {view}")
    for table in ("occurrence_members", "absorbed_links", "added_links", "renames"):
        con.execute(f"DROP TABLE temp.{table}")  # the update's temp tables


_DYAD_COLUMNS = "occurrence_id, level, source, target, date, date_precision, quad_class, score, counts"
# a member link, with what an update re-computes an occurrence's row from (migration 014): the
# event's score, date, precision and date source, and its document's outlet (the document id
# when it has none)
_LINK_MEMBER = "event_id, doc_id, score, event_date, date_precision, date_source, source"
_LINK_COLUMNS = "occurrence_id, " + _LINK_MEMBER


def add_links(con: duckdb.DuckDBPyConnection, links: Sequence[dict[str, Any]]) -> None:
    """Insert member links (dicts of occurrence_id, event_id, doc_id) with their events' and
    documents' columns (:data:`_LINK_COLUMNS`), the events found by their documents' rows (one
    lookup); kept for :func:`derive_occurrences` in the temp tables ``added_links`` and
    ``occurrence_members`` (the member events whole, as :func:`_members` reads them)."""
    docs = sorted({link["doc_id"] for link in links})
    rows = _row_ids(con, "events", "doc_id", _ID_LIST, [docs]) if docs else []
    fresh = "(SELECT unnest(?::VARCHAR[]) AS occurrence_id, unnest(?::VARCHAR[]) AS event_id)"
    with point_lookups(con):  # the documents by their primary key
        con.execute(
            "CREATE OR REPLACE TEMP TABLE occurrence_members AS"
            f" {_members(fresh, events=f'(SELECT * FROM events WHERE {_ROWS})')}",
            [[k["occurrence_id"] for k in links], [k["event_id"] for k in links], rows],
        )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE added_links AS SELECT occurrence_id, id AS event_id, doc_id, score,"
        " date AS event_date, date_precision, date_source, coalesce(nullif(outlet, ''), doc_id) AS source"
        " FROM occurrence_members"
    )
    con.execute(f"INSERT INTO occurrence_events ({_LINK_COLUMNS}) SELECT * FROM added_links")


def _members(links: str, *, events: str = "events") -> str:
    """SQL for the member events of occurrences (the ``links`` rows: occurrence_id, event_id), with
    their codes (``events``: the events table, or the part of it the links need)."""
    return (
        "SELECT oe.occurrence_id, e.id, e.doc_id, e.category, e.quad_class, e.score, e.date,"
        " e.date_precision, e.date_source, e.modality, e.sentence, d.outlet, d.published, "
        + ", ".join(
            f"{sql.format(col=col)} AS {name}"
            for sql, col, name in (
                (_CODES, "e.actors", "ac"),
                (_CODES, "e.recipients", "rc"),
                (_KEYS, "e.actors", "ak"),
                (_KEYS, "e.recipients", "rk"),
            )
        )
        + f" FROM {links} oe JOIN {events} e ON e.id = oe.event_id"
        " JOIN documents d ON d.id = e.doc_id"
    )


_FIRST = (
    "{'id': id, 'category': category, 'quad_class': quad_class, 'modality': modality, 'sentence': sentence}"
)
_BEST_DATE = (
    "{'publication': (date_source = 'publication')::INT, 'rank': "
    + _PRECISION_RANK
    + ", 'id': id, 'date': date, 'date_precision': date_precision}"
)
_OCCURRENCE_ROWS = (  # {members}: the members of the occurrences it makes rows of
    "SELECT occurrence_id, first.category, first.quad_class, o_score,"
    " best.date, best.date_precision, o_ac, o_rc, o_ak, o_rk,"
    " CASE WHEN o_counts THEN 'asserted' ELSE first.modality END, o_counts, o_mentions, o_docs,"
    " o_sources, o_first, o_last, first.sentence FROM ("
    f" SELECT occurrence_id, min({_FIRST}) AS first,"
    f" min({_BEST_DATE}) FILTER (WHERE date IS NOT NULL) AS best,"
    f" {mean_sql()} AS o_score,"
    " list_sort(list_distinct(flatten(list(ac)))) AS o_ac,"
    " list_sort(list_distinct(flatten(list(rc)))) AS o_rc,"
    " list_sort(list_distinct(flatten(list(ak)))) AS o_ak,"
    " list_sort(list_distinct(flatten(list(rk)))) AS o_rk,"
    " bool_or(modality = 'asserted') AS o_counts, count(*) AS o_mentions,"
    " count(DISTINCT doc_id) AS o_docs, count(DISTINCT coalesce(nullif(outlet, ''), doc_id)) AS o_sources,"
    " min(published) AS o_first, max(published) AS o_last"
    " FROM {members} GROUP BY occurrence_id)"
)
# a rebuild's occurrence rows: _OCCURRENCE_ROWS of the occurrences of several members, and those of
# one member (two in three on the synthetic stores) projected from it, each aggregate as it is of
# one row (the same values, without grouping and list-aggregating a million rows)
_SIZES = "(SELECT occurrence_id, count(*) AS k FROM occurrence_members GROUP BY occurrence_id)"
_REBUILT_ROWS = (
    f"WITH sizes AS {_SIZES} "
    + _OCCURRENCE_ROWS.replace(
        "{members}", "occurrence_members WHERE occurrence_id IN (SELECT occurrence_id FROM sizes WHERE k > 1)"
    )
    + f" UNION ALL SELECT occurrence_id, category, quad_class, {single_mean_sql()},"
    " CASE WHEN date IS NOT NULL THEN date END, CASE WHEN date IS NOT NULL THEN date_precision END, "
    + ", ".join(f"list_sort(list_distinct(flatten([{c}])))" for c in ("ac", "rc", "ak", "rk"))
    + ", CASE WHEN modality = 'asserted' THEN 'asserted' ELSE modality END, modality = 'asserted', 1, 1, 1,"
    " published, published, sentence FROM occurrence_members"
    " WHERE occurrence_id IN (SELECT occurrence_id FROM sizes WHERE k = 1)"
)


def _union(column: str) -> str:
    """SQL: the sorted distinct codes of the fresh members' and the stored parts' ``column``."""
    return f"list_sort(list_distinct(coalesce(f.{column}, []) || coalesce(p.{column}, [])))"


def _least(column: str) -> str:
    return f"CASE WHEN p.{column} IS NULL OR f.{column} < p.{column} THEN f.{column} ELSE p.{column} END"


def _greatest(column: str) -> str:
    return f"CASE WHEN p.{column} IS NULL OR f.{column} > p.{column} THEN f.{column} ELSE p.{column} END"


# an update's occurrence rows (derive_occurrences): x = every member's narrow columns, f = the
# fresh members (occurrence_members), p = the stored rows of the occurrences absorbed
# (occurrence_parts; a part's modality is its first member's unless it counts, and then so does
# the union)
_MERGED_ROWS = (
    "SELECT * FROM (WITH x AS (SELECT occurrence_id,"
    f" min({_BEST_DATE}) FILTER (WHERE date IS NOT NULL) AS best,"
    f" {mean_sql()} AS o_score, count(*) AS o_mentions,"
    " count(DISTINCT doc_id) AS o_docs, count(DISTINCT source) AS o_sources"
    " FROM member_dates GROUP BY occurrence_id),"
    f" f AS (SELECT occurrence_id, min({_FIRST}) AS first,"
    " list_distinct(flatten(list(ac))) AS ac, list_distinct(flatten(list(rc))) AS rc,"
    " list_distinct(flatten(list(ak))) AS ak, list_distinct(flatten(list(rk))) AS rk,"
    " bool_or(modality = 'asserted') AS o_counts, min(published) AS o_first, max(published) AS o_last"
    " FROM occurrence_members GROUP BY occurrence_id),"
    " p AS (SELECT occurrence_id, min({'id': first_id, 'category': category, 'quad_class': quad_class,"
    " 'modality': modality, 'sentence': summary}) AS first,"
    " list_distinct(flatten(list(actor_codes))) AS ac, list_distinct(flatten(list(recipient_codes))) AS rc,"
    " list_distinct(flatten(list(actors))) AS ak, list_distinct(flatten(list(recipients))) AS rk,"
    " bool_or(counts) AS o_counts, min(first_seen) AS o_first, max(last_seen) AS o_last"
    " FROM occurrence_parts GROUP BY occurrence_id),"
    " m AS (SELECT x.*, "
    + _least("first")
    + " AS first, coalesce(f.o_counts, false) OR coalesce(p.o_counts, false) AS o_counts, "
    + ", ".join(f"{_union(c)} AS {c}" for c in ("ac", "rc", "ak", "rk"))
    + ", "
    + _least("o_first")
    + " AS o_first, "
    + _greatest("o_last")
    + " AS o_last FROM x LEFT JOIN f ON f.occurrence_id = x.occurrence_id"
    " LEFT JOIN p ON p.occurrence_id = x.occurrence_id)"
    " SELECT occurrence_id, first.category, first.quad_class, o_score, best.date, best.date_precision,"
    " ac, rc, ak, rk, CASE WHEN o_counts THEN 'asserted' ELSE first.modality END, o_counts, o_mentions,"
    " o_docs, o_sources, o_first, o_last, first.sentence FROM m)"
)


_DYAD_GROUP = "level, a, b, date, date_precision, quad_class"  # a dyad_days row's key


def count_dyads(
    con: duckdb.DuckDBPyConnection, occurrence_ids: Collection[str], sign: int, days: Spans | None
) -> None:
    """Add to the temp table ``dyad_delta`` what ``occurrence_ids`` count, per unordered pair and
    ``dyad_days`` row (pair, date, precision, quad class): counted occurrences, of which
    cooperation and conflict, times ``sign`` (−1 for occurrences about to go; an update's derived
    ones are added by :func:`derive_occurrences`; :func:`apply_dyad_delta` applies the sum).  An
    occurrence has one date and quad class, so it is in one row of each pair it links.  ``days``:
    the spans their dates lie in (:func:`_dated_in`)."""
    if occurrence_ids:
        rows = f"SELECT * FROM occurrence_dyads WHERE occurrence_id IN {_IDS}"
        rows = _dated_in(rows, days, "date", distinct=False)  # counted DISTINCT
        _count_dyad_rows(con, f"({rows})", sign, {"ids": list(occurrence_ids)})


def _count_dyad_rows(
    con: duckdb.DuckDBPyConnection, rows: str, sign: int, params: Mapping[str, Any] | None = None
) -> None:
    """Add what the occurrence dyad ``rows`` (SQL) count to ``dyad_delta``, times ``sign``."""
    _dyad_delta(con)
    signed = ", ".join(f"{int(sign)} * {c}" for c in _DAY_SUMS)
    columns = f"{_DYAD_GROUP}, {', '.join(_DAY_SUMS)}"
    con.execute(
        f"INSERT INTO dyad_delta ({columns}) SELECT {_DYAD_GROUP}, {signed}"
        f" FROM ({_DAY_ROWS.format(rows=rows)})",
        dict(params or {}),
    )


def _dyad_delta(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("CREATE TEMP TABLE IF NOT EXISTS dyad_delta AS SELECT * FROM dyad_days LIMIT 0")


def apply_dyad_delta(con: duckdb.DuckDBPyConnection) -> None:
    """Apply ``dyad_delta`` (:func:`count_dyads`) by adding it: to ``dyad_totals`` the counts per pair,
    to the ``dyad_days`` rows it names the counts and score sums (integers, score units: exact, so
    equal to re-counting and re-summing; a pair or row left with no occurrence goes).  No
    occurrence dyad is re-read, so it needs no spans of dates."""
    _dyad_delta(con)
    sums = ", ".join(f"sum({c}) AS {c}" for c in _DAY_SUMS)
    changed = " OR ".join(f"sum({c}) <> 0" for c in _DAY_SUMS)
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE dyad_net AS SELECT {_DYAD_GROUP}, {sums} FROM dyad_delta"
        f" GROUP BY ALL HAVING {changed}"
    )
    con.execute("DROP TABLE dyad_delta")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE pair_net AS SELECT level, a, b, sum(occurrences) AS occurrences,"
        " coalesce(sum(occurrences) FILTER (WHERE quad_class IN (1, 2)), 0) AS cooperation,"
        " coalesce(sum(occurrences) FILTER (WHERE quad_class IN (3, 4)), 0) AS conflict"
        " FROM dyad_net GROUP BY 1, 2, 3"
    )
    _add_rows(con, "dyad_totals", "pair_net", ("level", "a", "b"), ("occurrences", "cooperation", "conflict"))
    days = _row_days(con.execute("SELECT DISTINCT date, date_precision FROM dyad_net").fetchall())
    _add_rows(con, "dyad_days", "dyad_net", tuple(_DYAD_GROUP.split(", ")), _DAY_SUMS, days)
    con.execute("DROP TABLE pair_net")
    con.execute("DROP TABLE dyad_net")


def _row_days(dates: Iterable[tuple[dt.date | None, str | None]]) -> list[str]:
    """Disjoint SQL conditions on ``date`` and ``date_precision`` that hold for rows of these
    (date, precision) and for as few other rows of a table in date order (:data:`_DATE_ORDER`) as
    may be: the undated; those dated by their year, between the first and last such date; the rest,
    each month's first to last date (plain conjunctions, which min/max statistics prune)."""
    undated, years = False, []
    months: dict[tuple[int, int], tuple[dt.date, dt.date]] = {}
    for date, precision in dates:
        if date is None:
            undated = True
        elif precision == "year":
            years.append(date)
        else:
            first, last = months.get((date.year, date.month), (date, date))
            months[date.year, date.month] = (min(first, date), max(last, date))
    spans = [f"date BETWEEN DATE '{a.isoformat()}' AND DATE '{b.isoformat()}'" for a, b in months.values()]
    found = [f"{span} AND date_precision IS DISTINCT FROM 'year'" for span in spans]
    if years:
        found.append(
            f"date BETWEEN DATE '{min(years).isoformat()}' AND DATE '{max(years).isoformat()}'"
            " AND date_precision = 'year'"
        )
    return found + (["date IS NULL"] if undated else [])


def _add_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    delta: str,
    key: Sequence[str],
    sums: Sequence[str],
    days: Sequence[str] | None = None,
) -> None:
    """Add the ``delta`` rows' ``sums`` to the ``table`` rows of the same ``key`` (NULL matching NULL),
    insert those with none, and drop the rows left with no occurrence.  The table is read once (its
    key columns): each delta row is matched with the row id of its stored row, which the update,
    the insert and the delete then use.  ``days``: disjoint conditions the delta rows' dates meet
    (:func:`_row_days`), whose stored rows alone are read (one UNION ALL branch each) —
    ``dyad_days`` is in date order (migration 020), so min/max statistics skip the other row
    groups (the whole table's keys grow with the store's span)."""
    same = " AND ".join(f"t.{k} IS NOT DISTINCT FROM d.{k}" for k in key)
    stored = f"SELECT rowid AS rid, {', '.join(key)} FROM {table}"
    if days is not None:
        stored = " UNION ALL ".join(f"{stored} WHERE {day}" for day in days) or f"{stored} WHERE false"
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE delta_rows AS SELECT d.*, t.rid FROM {delta} d"
        f" LEFT JOIN ({stored}) t ON {same}"
    )
    added = ", ".join(f"{c} = t.{c} + d.{c}" for c in sums)
    con.execute(f"UPDATE {table} t SET {added} FROM delta_rows d WHERE t.rowid = d.rid")
    columns = ", ".join([*key, *sums])
    con.execute(
        f"INSERT INTO {table} ({columns}) SELECT {columns} FROM delta_rows"
        " WHERE rid IS NULL AND occurrences > 0"
    )
    # only rows the delta touched can be left with none (a stored row counts one occurrence or more)
    con.execute(f"DELETE FROM {table} WHERE rowid IN (SELECT rid FROM delta_rows) AND occurrences = 0")
    con.execute("DROP TABLE delta_rows")


def table_counts(con: duckdb.DuckDBPyConnection, tables: Sequence[str]) -> list[int]:
    """The number of rows of each of ``tables`` (derived table names)."""
    return [int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables]  # type: ignore[index]


def write(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Insert dict rows (all with the same keys) with one statement."""
    if rows:
        cols = list(rows[0])
        insert_rows(con, table, cols, [[r[c] for c in cols] for r in rows])


def refresh_dyad_totals(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute ``dyad_totals`` and ``dyad_days`` from every ``occurrence_dyads`` row (a full
    rebuild; an update applies :func:`count_dyads` deltas instead)."""
    clear(con, ("dyad_totals", "dyad_days"))
    con.execute(
        "INSERT INTO dyad_totals SELECT level, least(source, target) AS a, greatest(source, target) AS b,"
        " count(DISTINCT occurrence_id),"
        " count(DISTINCT occurrence_id) FILTER (WHERE quad_class IN (1, 2)),"
        " count(DISTINCT occurrence_id) FILTER (WHERE quad_class IN (3, 4))"
        " FROM occurrence_dyads WHERE counts GROUP BY 1, 2, 3"
    )
    columns = f"{_DYAD_GROUP}, {', '.join(_DAY_SUMS)}"
    # each level in date order (migration 020): an update reads the rows of the dates it touches
    order = f" ORDER BY level, {_DATE_ORDER}, a, b, quad_class"
    rows = _DAY_ROWS.format(rows="occurrence_dyads")
    con.execute(f"INSERT INTO dyad_days ({columns}) SELECT * FROM ({rows}){order}")


# what a dyad_days row sums (migration 019): counted occurrences, of which a -> b and b -> a, and
# their score sums the same three ways, in score units (store.scores)
_DAY_SUMS = (
    "occurrences", "forward", "backward", "score_units", "score_units_forward", "score_units_backward",
)  # fmt: skip
# the dyad_days rows of the occurrence dyad rows {rows} (an occurrence has one date and quad class,
# so it is in one row of each pair it links; counted once, its direction either way or both)
_DAY_ROWS = (
    f"SELECT {_DYAD_GROUP}, count(*) AS occurrences, count(*) FILTER (WHERE forward) AS forward,"
    " count(*) FILTER (WHERE backward) AS backward, sum(units) AS score_units,"
    " coalesce(sum(units) FILTER (WHERE forward), 0) AS score_units_forward,"
    " coalesce(sum(units) FILTER (WHERE backward), 0) AS score_units_backward FROM ("
    " SELECT level, least(source, target) AS a, greatest(source, target) AS b, occurrence_id,"
    " any_value(date) AS date, any_value(date_precision) AS date_precision,"
    f" any_value(quad_class) AS quad_class, any_value({units_sql('score')}) AS units,"
    " bool_or(source < target) AS forward, bool_or(source > target) AS backward"
    " FROM {rows} WHERE counts GROUP BY level, a, b, occurrence_id) GROUP BY ALL"
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


def delete_contradictions_ending(con: duckdb.DuckDBPyConnection, last_words: Collection[str]) -> None:
    """Drop the contradictions whose subject ends with one of ``last_words`` (an agreement's
    contradictions end with its action: 'New START (RUS–USA) signed')."""
    if last_words:
        last = "string_split(subject, ' ')[-1]"
        con.execute(f"DELETE FROM contradictions WHERE {last} IN {_ID_LIST}", [list(last_words)])


def contradictions_of_documents(con: duckdb.DuckDBPyConnection, kind: str, doc_ids: Collection[str]) -> None:
    """Drop the ``kind`` contradictions with a side in one of ``doc_ids``."""
    con.execute(
        f"DELETE FROM contradictions WHERE kind = ? AND (doc_a IN {_ID_LIST} OR doc_b IN {_ID_LIST})",
        [kind, list(doc_ids), list(doc_ids)],
    )
