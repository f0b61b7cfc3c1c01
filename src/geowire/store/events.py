"""Events in the store: write one document's events, query them, and shape PLOVER records.

:func:`replace` runs inside the caller's transaction (delete + insert for a batch of documents).  The
query functions are pure reads over a :class:`~geowire.store.db.Store` and return plain dicts
(one per ``events`` row, actors/recipients decoded); the CLI, the API and the exports share them.
:func:`to_plover_record` turns such a row into the PLOVER-style JSON record.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass, fields
from typing import Any

import duckdb

from geowire.errors import NotFoundError
from geowire.store.bulk import clear_ids, delete_documents, insert_rows
from geowire.store.db import Store, Where
from geowire.types import DocAnalysis, Event, EventActor, LearnedFloor, Modality, ModalityFloors, Place

MODALITIES = ("asserted", "negated", "hypothetical", "future")
LEARNED_RULE_MARK = "decider"  # the learned stage appends ">decider-…" to an event's rule


def at_learned_floor(floor: str, alias: str = "") -> str:
    """SQL: the event (``alias``, e.g. "e") is not the learned stage's, or its confidence is at or
    above ``floor`` (a ``?`` placeholder or a literal); the rule coder's confidences are fixed tiers
    on another scale, so no floor of the learned stage's applies to them.  One rule for the view's
    floor and the model's (:func:`geowire.store.derived.model_events`)."""
    p = f"{alias}." if alias else ""
    return f"({p}confidence >= {floor} OR coalesce({p}rule, '') NOT LIKE '%>{LEARNED_RULE_MARK}%')"


def learned_view(where: Where, floor: LearnedFloor | None, alias: str = "") -> Where:
    """``where`` and the default view's floor of the learned stage (:func:`at_learned_floor`), when
    one is given: one floor for every event, or one per modality (:class:`ModalityFloors`: a
    ``CASE`` on the event's modality, the default for the others), bound as parameters."""
    if floor is None:
        return where
    if not isinstance(floor, ModalityFloors) or not floor.by_modality:
        return where.add(at_learned_floor("?", alias), floor if not isinstance(floor, ModalityFloors)
                         else floor.default)  # fmt: skip
    p = f"{alias}." if alias else ""
    case = f"CASE {p}modality" + " WHEN ? THEN ?" * len(floor.by_modality) + " ELSE ? END"
    params = [x for pair in floor.by_modality for x in pair] + [floor.default]
    return where.add(at_learned_floor(case, alias), *params)


@dataclass(frozen=True)
class EventFilters:
    """The filters shared by ``geowire events``, ``geowire export`` and the API's events list:
    the keyword arguments of :func:`query_events` (``filters.as_query()``)."""

    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    modality: Modality | None = None
    min_confidence: float | None = None
    learned_floor: LearnedFloor | None = None

    def as_query(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


# the event's gazetteer place (migration 011), in :func:`_place_values`' order
PLACE_COLUMNS = (
    "place_name", "place_kind", "place_geonames_id", "place_lat", "place_lon", "place_country",
    "place_admin1", "place_admin1_code", "place_source", "place_text",
)  # fmt: skip

_COLUMNS = (
    "id", "doc_id", "sentence_index", "sentence", "sentence_start", "category", "mode", "context",
    "trigger_start", "trigger_end", "trigger_text", "actors", "recipients", "actor_codes",
    "recipient_codes", "date", "date_precision", "date_source", "location", "location_code",
    "quad_class", "score", "modality", "reported", "counts", "confidence", "rule", "explanation",
    *PLACE_COLUMNS,
)  # fmt: skip


def replace(
    con: duckdb.DuckDBPyConnection, analyses: Sequence[DocAnalysis], *, clear: Collection[str] | None = None
) -> None:
    """Replace the stored events of ``analyses``' documents by theirs (caller's transaction);
    only the documents in ``clear`` (default: all) can have old events to delete."""
    delete_documents(con, "events", clear_ids(analyses, clear))
    # one statement with one list parameter per column (store.bulk): a multi-row VALUES with
    # thousands of parameters took ~8 ms per document, executemany ~1.6 ms per event
    insert_rows(con, "events", _COLUMNS, [_row(e) for a in analyses for e in a.events])


def _actor_json(actors: tuple[EventActor, ...]) -> str:
    return json.dumps(
        [
            {
                "code": a.code,
                "sector": a.sector,
                "entity_text": a.entity_text,
                "wikidata": a.wikidata,
                "start": a.start,
                "end": a.end,
                "kind": a.kind,
            }
            for a in actors
        ],
        ensure_ascii=False,
    )


def _row(e: Event) -> list[Any]:
    return [
        e.id,
        e.doc_id,
        e.sentence_index,
        e.sentence,
        e.sentence_start,
        e.category,
        e.mode,
        list(e.context),
        e.trigger.start,
        e.trigger.end,
        e.trigger.text,
        _actor_json(e.actors),
        _actor_json(e.recipients),
        [a.code or "" for a in e.actors],
        [r.code or "" for r in e.recipients],
        e.date,
        e.date_precision,
        e.date_source,
        e.location,
        e.location_code,
        e.quad_class,
        e.score,
        e.modality,
        e.reported,
        e.modality == "asserted",
        e.confidence,
        e.rule,
        list(e.explanation),
        *_place_values(e.place),
    ]


def _place_values(p: Place | None) -> list[Any]:
    if p is None:
        return [None] * len(PLACE_COLUMNS)
    return [p.name, p.kind, p.geonames_id, p.lat, p.lon, p.country, p.admin1, p.admin1_code, p.source, p.text]


def place_of_row(row: dict[str, Any]) -> Place | None:
    """The :class:`Place` of an ``events`` row (None when it has none)."""
    if not row.get("place_name"):
        return None
    gid = row.get("place_geonames_id")
    return Place(
        name=row["place_name"],
        kind=row["place_kind"],
        geonames_id=int(gid) if gid is not None else None,
        lat=row["place_lat"],
        lon=row["place_lon"],
        country=row["place_country"],
        admin1=row.get("place_admin1"),
        admin1_code=row.get("place_admin1_code"),
        source=row.get("place_source") or "sentence",
        text=row.get("place_text") or "",
    )


def query_events(
    store: Store,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    type: str | None = None,  # noqa: A002 - the CLI's --type
    since: dt.date | None = None,
    until: dt.date | None = None,
    modality: str | None = None,
    doc_id: str | None = None,
    min_confidence: float | None = None,
    learned_floor: LearnedFloor | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Events matching every given filter, newest first (then by document and position).

    ``actor``/``recipient`` match a code among the actors/recipients (case-insensitive);
    ``type`` a PLOVER category; ``since``/``until`` the event date (inclusive); ``modality`` one of
    :data:`MODALITIES` (use ``"asserted"`` for events that count as having happened);
    ``min_confidence`` hides events the coder was less sure of; ``learned_floor`` (the
    learned model's default: one floor, or one per modality) hides the learned decision stage's
    events below it, and only those (the rule coder's confidences are on another scale).
    """
    where = learned_view(
        Where()
        .match(actor and actor.upper(), "list_contains(actor_codes, ?)")
        .match(recipient and recipient.upper(), "list_contains(recipient_codes, ?)")
        .match(type and type.upper(), "category = ?")
        .match(since, "date >= ?")
        .match(until, "date <= ?")
        .match(modality and modality.lower(), "modality = ?")
        .match(doc_id, "doc_id = ?")
        .match(min_confidence, "confidence >= ?"),
        learned_floor,
    )
    params = where.params
    sql = "SELECT * FROM events" + where.sql
    sql += " ORDER BY date DESC NULLS LAST, doc_id, sentence_index, trigger_start, id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    if offset:
        sql += " OFFSET ?"
        params.append(offset)
    return [_decode(r) for r in store.query(sql, params)]


def get_event(store: Store, event_id: str) -> dict[str, Any]:
    """One event row by id; :class:`NotFoundError` when there is none."""
    rows = store.query("SELECT * FROM events WHERE id = ?", [event_id])
    if not rows:
        raise NotFoundError(f"no event {event_id!r}")
    return _decode(rows[0])


def count_events(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM events") or 0)


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for key in ("actors", "recipients"):
        if isinstance(out.get(key), str):
            out[key] = json.loads(out[key])
    for key in ("context", "explanation", "actor_codes", "recipient_codes"):
        out[key] = list(out.get(key) or [])
    return out


def _cite(store: Store | None, doc_id: str) -> dict[str, Any]:
    if store is None:
        return {"document_id": doc_id}
    rows = store.query("SELECT title, outlet, url, path, published FROM documents WHERE id = ?", [doc_id])
    r = rows[0] if rows else {}
    cite = {
        "document_id": doc_id,
        "title": r.get("title"),
        "publication": r.get("outlet"),
        "published": r["published"].isoformat() if r.get("published") else None,
    }
    if r.get("url"):
        cite["url"] = r["url"]
    else:
        cite["path"] = r.get("path")
    return cite


def to_plover_record(row: dict[str, Any], *, store: Store | None = None) -> dict[str, Any]:
    """The PLOVER-style JSON record of an event row (``cite_info`` filled from ``store`` if given).

    Keys: id, date, date_precision, event (list), mode, context, actor, recipient (lists of
    {code, sector, entity_text, wikidata}), quad_code, event_score, modality, reported,
    confidence, text (the sentence), text_info {sequence, start, end}, cite_info {document_id,
    path or url, title, publication, published}, plus evidence (trigger and role offsets, rule,
    explanation).
    """

    def actor(a: dict[str, Any]) -> dict[str, Any]:
        return {k: a.get(k) for k in ("code", "sector", "entity_text", "wikidata")}

    date = row.get("date")
    return {
        "id": row["id"],
        "date": date.isoformat() if isinstance(date, dt.date) else date,
        "date_precision": row.get("date_precision"),
        "date_source": row.get("date_source"),
        "event": [row["category"]],
        "mode": [row["mode"]] if row.get("mode") else [],
        "context": list(row.get("context") or []),
        "actor": [actor(a) for a in row["actors"]],
        "recipient": [actor(a) for a in row["recipients"]],
        "quad_code": row["quad_class"],
        "event_score": row["score"],
        "modality": row["modality"],
        "reported": bool(row["reported"]),
        "confidence": row["confidence"],
        "location": {"text": row.get("location"), "code": row.get("location_code")}
        if row.get("location")
        else None,
        "text": row["sentence"],
        "text_info": {
            "sequence": row["sentence_index"],
            "start": row["sentence_start"],
            "end": row["sentence_start"] + len(row["sentence"]),
        },
        "cite_info": _cite(store, row["doc_id"]),
        "evidence": {
            "trigger": {
                "text": row["trigger_text"],
                "start": row["trigger_start"],
                "end": row["trigger_end"],
            },
            "actor_spans": [
                {"text": a["entity_text"], "start": a["start"], "end": a["end"]} for a in row["actors"]
            ],
            "recipient_spans": [
                {"text": a["entity_text"], "start": a["start"], "end": a["end"]} for a in row["recipients"]
            ],
            "rule": row["rule"],
            "explanation": list(row.get("explanation") or []),
        },
    }


def marked_sentence(row: dict[str, Any]) -> str:
    """The sentence with the trigger in ⟦…⟧, actors in [A: …] and recipients in [R: …]."""
    base = row["sentence_start"]
    marks: list[tuple[int, int, str, str]] = [(row["trigger_start"], row["trigger_end"], "⟦", "⟧")]
    marks += [(a["start"], a["end"], "[A: ", "]") for a in row["actors"]]
    marks += [(a["start"], a["end"], "[R: ", "]") for a in row["recipients"]]
    text = str(row["sentence"])
    inserts: list[tuple[int, int, str]] = []
    for start, end, left, right in marks:
        if base <= start <= end <= base + len(text):
            inserts.append((start - base, 1, left))
            inserts.append((end - base, 0, right))
    for pos, _, s in sorted(inserts, key=lambda x: (x[0], x[1]), reverse=True):
        text = text[:pos] + s + text[pos:]
    return text
