"""Paginated, sorted, counted lists over the store: the SQL behind the API's list endpoints and
their ``.csv`` twins.

Each list is a :class:`ListQuery` — a flat-column query with its filters (the ``*_sql`` functions
of :mod:`geowire.store.frames`, so the API, the Python API and the CLI filter alike), the columns
it may be sorted by and its default order.  :func:`page` wraps it as a subquery, sorts it by
whitelisted columns only (a sort is an identifier, never a value: nothing the client sends is
pasted into SQL), counts the whole result and returns one page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from geowire.store import frames
from geowire.store.db import Store, Where
from geowire.store.documents import LIST_COLUMNS
from geowire.types import LearnedFloor

SortKey = tuple[str, bool]  # (column, descending)


class SortError(ValueError):
    """A sort naming a column the list cannot be sorted by."""


@dataclass(frozen=True)
class ListQuery:
    """One list: its SQL and parameters, the sortable columns, the default order and the
    columns that make the order total (appended to every sort)."""

    sql: str
    params: list[Any]
    sortable: tuple[str, ...]
    default: tuple[SortKey, ...]
    tiebreak: tuple[str, ...] = ("id",)
    outer: Where = field(default_factory=Where)  # filters applied to the flat rows


@dataclass(frozen=True)
class Page:
    rows: list[dict[str, Any]]
    total: int
    sort: tuple[SortKey, ...]


def parse_sort(text: str | None, query: ListQuery) -> tuple[SortKey, ...]:
    """``"-date,id"`` → ``(("date", True), ("id", False))``; only ``query.sortable`` columns."""
    if not text:
        return query.default
    keys: list[SortKey] = []
    for part in (p.strip() for p in text.split(",")):
        column, desc = (part[1:], True) if part.startswith("-") else (part, False)
        if column not in query.sortable:
            allowed = ", ".join(query.sortable)
            raise SortError(f"cannot sort by {column!r}; sortable: {allowed} (prefix - for descending)")
        keys.append((column, desc))
    return tuple(keys)


def _order_by(keys: Sequence[SortKey], tiebreak: Sequence[str]) -> str:
    named = {c for c, _ in keys}
    terms = [f'"{c}" {"DESC" if d else "ASC"} NULLS LAST' for c, d in keys]
    terms += [f'"{c}" ASC' for c in tiebreak if c not in named]
    return " ORDER BY " + ", ".join(terms)


def page(
    store: Store, query: ListQuery, *, sort: str | None = None, limit: int | None = 50, offset: int = 0
) -> Page:
    """One page of ``query`` sorted by ``sort`` (see :func:`parse_sort`) with the total count.
    ``limit=None`` gives every row from ``offset`` on (the CSV twins' streaming case)."""
    keys = parse_sort(sort, query)
    base = f"SELECT * FROM ({query.sql}) AS listed{query.outer.sql}"
    params = [*query.params, *query.outer.params]
    total = int(store.scalar(f"SELECT count(*) FROM ({base}) AS counted", params) or 0)
    sql = base + _order_by(keys, query.tiebreak)
    tail: list[Any] = []
    if limit is not None:
        sql += " LIMIT ?"
        tail.append(limit)
    if offset:
        sql += " OFFSET ?"
        tail.append(offset)
    return Page(rows=store.query(sql, [*params, *tail]), total=total, sort=keys)


# --- the lists ----------------------------------------------------------------------------------


def documents(
    *, status: str | None = None, language: str | None = None, outlet: str | None = None
) -> ListQuery:
    """Stored documents without their text."""
    where = Where().match(status, "status = ?").match(language, "language = ?").match(outlet, "outlet = ?")
    return ListQuery(
        sql=f"SELECT {', '.join(LIST_COLUMNS)} FROM documents{where.sql}",
        params=where.params,
        sortable=("published", "ingested_at", "title", "outlet", "status", "language", "n_words", "id"),
        default=(("ingested_at", False),),
    )


def events(
    *,
    actor: str | None = None,
    recipient: str | None = None,
    category: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    modality: str | None = None,
    min_confidence: float | None = None,
    learned_floor: LearnedFloor | None = None,
    doc_id: str | None = None,
) -> ListQuery:
    """Events, one flat row each (:func:`geowire.store.frames.events_sql`)."""
    sql, params = frames.events_sql(
        actor=actor,
        recipient=recipient,
        category=category,
        since=since,
        until=until,
        modality=modality,
        min_confidence=min_confidence,
        learned_floor=learned_floor,
    )
    return ListQuery(
        sql=sql,
        params=params,
        sortable=(
            "date",
            "category",
            "quad_class",
            "score",
            "confidence",
            "modality",
            "actor",
            "recipient",
            "published",
            "doc_id",
            "id",
        ),  # fmt: skip
        default=(("date", True), ("doc_id", False), ("sentence_index", False), ("trigger_start", False)),
        outer=Where().match(doc_id, "doc_id = ?"),
    )


def occurrences(
    *,
    actor: str | None = None,
    category: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    counted_only: bool = False,
) -> ListQuery:
    """Occurrences (event mentions clustered across documents)."""
    sql, params = frames.occurrences_sql(
        actor=actor, category=category, since=since, until=until, counted_only=counted_only
    )
    return ListQuery(
        sql=sql,
        params=params,
        sortable=("date", "category", "quad_class", "id"),
        default=(("date", True),),
    )


def actors(*, kind: str | None = None, doc_id: str | None = None) -> ListQuery:
    """Resolved actors with mention and document counts (overall or in one document)."""
    where = Where().add("code IS NOT NULL").match(kind, "kind = ?").match(doc_id, "doc_id = ?")
    return ListQuery(
        sql="SELECT kind, code, name, any_value(country) AS country, any_value(wikidata) AS wikidata,"
        " count(*) AS count, count(DISTINCT doc_id) AS documents,"
        " coalesce(list(DISTINCT sector ORDER BY sector) FILTER (WHERE sector IS NOT NULL), []) AS sectors"
        f" FROM mentions{where.sql} GROUP BY kind, code, name",
        params=where.params,
        sortable=("count", "documents", "code", "name", "kind"),
        default=(("count", True),),
        tiebreak=("kind", "code", "name"),
    )


def dyads(*, level: str = "country", actor: str | None = None) -> ListQuery:
    """Dyads (unordered pairs) with their counted occurrences, cooperation and conflict."""
    where = Where().add("level = ?", level)
    if actor:
        where.add("(a = ? OR b = ?)", actor.upper(), actor.upper())
    return ListQuery(
        sql=f"SELECT a, b, occurrences, cooperation, conflict FROM dyad_totals{where.sql}",
        params=where.params,
        sortable=("occurrences", "cooperation", "conflict", "a", "b"),
        default=(("occurrences", True),),
        tiebreak=("a", "b"),
    )


def agreements(*, party: str | None = None) -> ListQuery:
    sql, params = frames.agreements_sql(party=party)
    return ListQuery(
        sql=sql,
        params=params,
        sortable=("signed", "kind", "name", "status", "id"),
        default=(("signed", False), ("kind", False)),
    )


def transfers(*, supplier: str | None = None, recipient: str | None = None) -> ListQuery:
    sql, params = frames.transfers_sql(supplier=supplier, recipient=recipient)
    return ListQuery(
        sql=sql,
        params=params,
        sortable=("supplier", "recipient", "system", "status", "id"),
        default=(("supplier", False), ("recipient", False), ("system", False)),
    )


def deployments(*, country: str | None = None, host: str | None = None) -> ListQuery:
    sql, params = frames.deployments_sql(country=country, host=host)
    return ListQuery(
        sql=sql,
        params=params,
        sortable=("date", "country", "host", "id"),
        default=(("date", False),),
    )


def statements(
    *,
    speaker: str | None = None,
    target: str | None = None,
    stance: str | None = None,
    doc_id: str | None = None,
) -> ListQuery:
    sql, params = frames.statements_sql(speaker=speaker, target=target, stance=stance)
    return ListQuery(
        sql=sql,
        params=params,
        sortable=("published", "speaker", "target", "stance", "doc_id"),
        default=(("published", False), ("doc_id", False), ("start", False)),
        tiebreak=("claim_id",),
        outer=Where().match(doc_id, "doc_id = ?"),
    )


def contradictions(*, doc_id: str | None = None, kind: str | None = None) -> ListQuery:
    sql, params = frames.contradictions_sql()
    outer = Where().match(kind, "kind = ?")
    if doc_id:
        outer.add("(doc_a = ? OR doc_b = ?)", doc_id, doc_id)
    return ListQuery(
        sql=sql,
        params=params,
        sortable=("kind", "subject", "doc_a", "doc_b", "id"),
        default=(("kind", False), ("subject", False), ("doc_a", False), ("doc_b", False)),
        outer=outer,
    )
