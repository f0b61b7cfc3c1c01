"""Analysts' corrections of the coder: mark an event wrong, fix it, or add a missed one.

Design: the ``events`` table always holds the *corrected* coding, so every count, series, model
table and export — which all read ``events`` — follows the analyst without a hook of its own.
Each correction is a row of ``corrections`` (migration 012) with who made it, when, and the
coder's row as it was before (``original``, JSON) for audit:

- ``reject`` deletes the event from ``events``;
- ``fix`` replaces its category (and so quad class and PLOVER score), actors, recipients and/or
  modality (``counts`` follows the modality), keeps its id, sets confidence 1 and appends
  ``>corrected`` to its rule and a line to its explanation;
- ``add`` inserts a missed event for a sentence (rule ``correction``).

Re-coding a document (``geowire recode``, ``import``) replaces its events with the coder's; the
transaction that does so calls :func:`reapply`, which applies the document's corrections again in
the order they were made, finding each event by id, else by its sentence and trigger span.
A fixed or added event's quad class and score come from the PLOVER table the caller hands in
(:class:`Scores`: :class:`geowire.coding.scores.PloverTable`, loaded once by the caller).

:func:`training_docs` turns the corrected sentences into documents of the authored corpus format
(``corpus/FORMAT.md``) that ``geowire train --corrections FILE`` adds to the training split.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

import duckdb

from geowire.errors import GeowireError, NotFoundError
from geowire.store.db import Store, Where
from geowire.types import PLOVER_CATEGORIES

Action = Literal["reject", "fix", "add"]
ACTIONS: tuple[str, ...] = ("reject", "fix", "add")
MODALITIES = ("asserted", "negated", "hypothetical", "future")
CORRECTED_RULE_MARK = ">corrected"
ADDED_RULE = "correction"
_CODE = re.compile(r"^[A-Z0-9_.:-]{2,40}$")
_COLUMNS = (
    "id", "action", "event_id", "doc_id", "sentence_index", "trigger_start", "trigger_end", "category",
    "actor_codes", "recipient_codes", "modality", "original", "who", "made_at", "note",
)  # fmt: skip


class Scores(Protocol):
    """The PLOVER quad class and score of a category (:class:`geowire.coding.scores.PloverTable`)."""

    def quad(self, category: str) -> int: ...

    def score(self, category: str, mode: str | None = None) -> float: ...


class CorrectionError(GeowireError):
    """A correction that cannot be made (unknown category, modality or code, nothing to change)."""


@dataclass(frozen=True)
class Correction:
    """What an analyst asks: ``reject`` / ``fix`` an event (``event_id``), or ``add`` one to a
    sentence (``doc_id`` + ``sentence_index``, optionally naming its ``trigger`` words).
    ``actors`` / ``recipients`` are actor codes; None leaves a field as coded."""

    action: Action
    who: str
    event_id: str | None = None
    doc_id: str | None = None
    sentence_index: int | None = None
    trigger: str | None = None
    category: str | None = None
    actors: tuple[str, ...] | None = None
    recipients: tuple[str, ...] | None = None
    modality: str | None = None
    note: str | None = None

    def validated(self) -> Correction:
        """This correction with codes upper-cased; :class:`CorrectionError` when it is unsound."""
        if self.action not in ACTIONS:
            raise CorrectionError(f"action must be one of {', '.join(ACTIONS)}: {self.action!r}")
        if not self.who.strip():
            raise CorrectionError("a correction needs who made it")
        category = self.category.upper() if self.category else None
        if category is not None and category not in PLOVER_CATEGORIES:
            raise CorrectionError(f"not a PLOVER category: {self.category}")
        if self.modality is not None and self.modality not in MODALITIES:
            raise CorrectionError(f"modality must be one of {', '.join(MODALITIES)}: {self.modality!r}")
        actors, recipients = _codes(self.actors), _codes(self.recipients)
        if self.action == "add" and (category is None or self.doc_id is None or self.sentence_index is None):
            raise CorrectionError("adding an event needs a document, a sentence and a category")
        if self.action != "add" and not self.event_id:
            raise CorrectionError(f"{self.action} needs an event id")
        unchanged = category is None and actors is None and recipients is None and not self.modality
        if self.action == "fix" and unchanged:
            raise CorrectionError("a fix must change the category, actors, recipients or modality")
        fields = {"category": category, "actors": actors, "recipients": recipients, "who": self.who.strip()}
        return Correction(**{**self.__dict__, **fields})


def _codes(codes: Sequence[str] | None) -> tuple[str, ...] | None:
    if codes is None:
        return None
    out = tuple(dict.fromkeys(c.strip().upper() for c in codes if c.strip()))
    bad = [c for c in out if not _CODE.match(c)]
    if bad:
        raise CorrectionError(f"not an actor code: {', '.join(bad)}")
    return out


# --- recording ---------------------------------------------------------------------------------


def record(
    con: duckdb.DuckDBPyConnection, correction: Correction, *, scores: Scores, now: dt.datetime | None = None
) -> dict[str, Any]:
    """Store ``correction`` and apply it to ``events`` (caller's transaction); the stored row."""
    c = correction.validated()
    at = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    if c.action == "add":
        row = _added_row(con, c, at)
    else:
        sql = "SELECT *, to_json(e)::VARCHAR AS _json FROM events e WHERE id = ?"
        original = _one(con, sql, [c.event_id])
        if original is None:
            raise NotFoundError(f"no event {c.event_id!r}")
        row = _row_for(c, at, original)
    con.execute(
        f"INSERT INTO corrections ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})",
        [row[k] for k in _COLUMNS],
    )
    _apply(con, row, scores)
    return row


def _correction_id(*parts: Any) -> str:
    return "co" + hashlib.sha1(json.dumps(parts, default=str).encode()).hexdigest()[:16]


def _row_for(c: Correction, at: dt.datetime, original: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": _correction_id(c.action, c.event_id, c.who, at),
        "action": c.action,
        "event_id": original["id"],
        "doc_id": original["doc_id"],
        "sentence_index": original["sentence_index"],
        "trigger_start": original["trigger_start"],
        "trigger_end": original["trigger_end"],
        "category": c.category,
        "actor_codes": list(c.actors) if c.actors is not None else None,
        "recipient_codes": list(c.recipients) if c.recipients is not None else None,
        "modality": c.modality,
        "original": original["_json"],
        "who": c.who,
        "made_at": at,
        "note": c.note,
    }


def _added_row(con: duckdb.DuckDBPyConnection, c: Correction, at: dt.datetime) -> dict[str, Any]:
    sentence = _one(con, "SELECT * FROM sentences WHERE doc_id = ? AND idx = ?", [c.doc_id, c.sentence_index])
    if sentence is None:
        raise NotFoundError(f"no sentence {c.sentence_index} in document {c.doc_id!r}")
    start, end = _trigger_span(sentence, c.trigger)
    key = [c.doc_id, c.sentence_index, c.category, c.actors, c.recipients, start, ADDED_RULE]
    event_id = "ev" + hashlib.sha1(json.dumps(key).encode()).hexdigest()[:16]
    return {
        "id": _correction_id("add", event_id, c.who, at),
        "action": "add",
        "event_id": event_id,
        "doc_id": c.doc_id,
        "sentence_index": c.sentence_index,
        "trigger_start": start,
        "trigger_end": end,
        "category": c.category,
        "actor_codes": list(c.actors or ()),
        "recipient_codes": list(c.recipients or ()),
        "modality": c.modality or "asserted",
        "original": None,
        "who": c.who,
        "made_at": at,
        "note": c.note,
    }


def _trigger_span(sentence: dict[str, Any], trigger: str | None) -> tuple[int, int]:
    """The offsets of ``trigger`` in the sentence (its first occurrence, case-insensitive); the
    whole sentence when no trigger is given."""
    text, base = sentence["text"], sentence["start"]
    if not trigger or not trigger.strip():
        return base, base + len(text)
    i = text.lower().find(trigger.strip().lower())
    if i < 0:
        raise CorrectionError(f"{trigger!r} is not in the sentence")
    return base + i, base + i + len(trigger.strip())


# --- applying ----------------------------------------------------------------------------------


def reapply(con: duckdb.DuckDBPyConnection, doc_ids: Collection[str], scores: Scores | None) -> int:
    """Apply again, in order, the corrections of ``doc_ids`` (after their events were replaced by
    the coder's, in the same transaction); how many found their event.  ``scores`` may be None
    only where no correction can name the documents (new ones): one found then is an error."""
    if not doc_ids:
        return 0
    rows = _all(
        con,
        "SELECT * FROM corrections WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY made_at, id",
        [list(doc_ids)],
    )
    if rows and scores is None:
        raise CorrectionError("corrections to re-apply need the PLOVER table (pass scores)")
    return sum(_apply(con, r, scores) for r in rows) if scores is not None else 0


def _apply(con: duckdb.DuckDBPyConnection, c: dict[str, Any], scores: Scores) -> bool:
    """Apply one stored correction to ``events``; False when its event is no longer there."""
    if c["action"] == "add":
        if _one(con, "SELECT id FROM events WHERE id = ?", [c["event_id"]]) is None:
            _insert_added(con, c, scores)
        return True
    target = _target(con, c)
    if target is None:
        return False
    if c["action"] == "reject":
        con.execute("DELETE FROM events WHERE id = ?", [target["id"]])
    else:
        _update_fixed(con, c, target, scores)
    return True


def _target(con: duckdb.DuckDBPyConnection, c: dict[str, Any]) -> dict[str, Any] | None:
    """The event a correction is about: by id, else the first at its sentence and trigger span."""
    return _one(con, "SELECT * FROM events WHERE id = ?", [c["event_id"]]) or _one(
        con,
        "SELECT * FROM events WHERE doc_id = ? AND sentence_index = ? AND trigger_start = ?"
        " AND trigger_end = ? ORDER BY id LIMIT 1",
        [c["doc_id"], c["sentence_index"], c["trigger_start"], c["trigger_end"]],
    )


def _update_fixed(
    con: duckdb.DuckDBPyConnection, c: dict[str, Any], ev: dict[str, Any], plover: Scores
) -> None:
    category = c["category"] or ev["category"]
    modality = c["modality"] or ev["modality"]
    actors = _entries(con, ev, c["actor_codes"], json.loads(ev["actors"]))
    recipients = _entries(con, ev, c["recipient_codes"], json.loads(ev["recipients"]))
    mode = ev["mode"] if category == ev["category"] else None
    rule = ev["rule"] if ev["rule"].endswith(CORRECTED_RULE_MARK) else ev["rule"] + CORRECTED_RULE_MARK
    con.execute(
        "UPDATE events SET category = ?, mode = ?, quad_class = ?, score = ?, modality = ?, counts = ?,"
        " actors = ?, actor_codes = ?, recipients = ?, recipient_codes = ?, confidence = 1.0, rule = ?,"
        " explanation = list_append(explanation, ?) WHERE id = ?",
        [category, mode, plover.quad(category), plover.score(category, mode), modality,
         modality == "asserted",
         json.dumps(actors, ensure_ascii=False), [a["code"] for a in actors],
         json.dumps(recipients, ensure_ascii=False), [a["code"] for a in recipients], rule,
         _explain(c), ev["id"]],
    )  # fmt: skip


def _explain(c: dict[str, Any]) -> str:
    changes = [
        f"{name} → {', '.join(v) if isinstance(v, list) else v}"
        for name, v in (("category", c["category"]), ("actors", c["actor_codes"]),
                        ("recipients", c["recipient_codes"]), ("modality", c["modality"]))
        if v is not None
    ]  # fmt: skip
    return f"corrected by {c['who']} at {c['made_at']:%Y-%m-%d %H:%M}: {'; '.join(changes)}"


def _entries(
    con: duckdb.DuckDBPyConnection, ev: dict[str, Any], codes: list[str] | None, coded: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The actors JSON for ``codes`` (None: as coded): the coded entry of a code it had, else the
    sentence's mention of that actor, else a span-less entry (start = end = the trigger's start)."""
    if codes is None:
        return coded
    have = {a.get("code"): a for a in coded}
    out = []
    for code in codes:
        if code in have:
            out.append(have[code])
            continue
        m = _one(
            con,
            'SELECT text, start, "end", kind, sector, wikidata FROM mentions'
            ' WHERE doc_id = ? AND start >= ? AND "end" <= ? AND upper(code) = ? ORDER BY start LIMIT 1',
            [ev["doc_id"], ev["sentence_start"], ev["sentence_start"] + len(ev["sentence"]), code],
        )
        if m is None:
            m = {"text": code, "start": ev["trigger_start"], "end": ev["trigger_start"], "kind": "correction",
                 "sector": None, "wikidata": None}  # fmt: skip
        out.append({"code": code, "sector": m["sector"], "entity_text": m["text"], "wikidata": m["wikidata"],
                    "start": m["start"], "end": m["end"], "kind": m["kind"]})  # fmt: skip
    return out


def _insert_added(con: duckdb.DuckDBPyConnection, c: dict[str, Any], plover: Scores) -> None:
    s = _one(con, "SELECT * FROM sentences WHERE doc_id = ? AND idx = ?", [c["doc_id"], c["sentence_index"]])
    published = con.execute("SELECT published FROM documents WHERE id = ?", [c["doc_id"]]).fetchone()
    if s is None or published is None:
        return  # the document or its sentence is gone; the correction stays for audit
    ev = {
        "doc_id": c["doc_id"],
        "sentence_start": s["start"],
        "sentence": s["text"],
        "trigger_start": c["trigger_start"],
    }
    actors = _entries(con, ev, c["actor_codes"], [])
    recipients = _entries(con, ev, c["recipient_codes"], [])
    base = s["start"]
    values = {
        "id": c["event_id"], "doc_id": c["doc_id"], "sentence_index": c["sentence_index"],
        "sentence": s["text"], "sentence_start": base, "category": c["category"], "mode": None,
        "context": [], "trigger_start": c["trigger_start"], "trigger_end": c["trigger_end"],
        "trigger_text": s["text"][c["trigger_start"] - base : c["trigger_end"] - base],
        "actors": json.dumps(actors, ensure_ascii=False),
        "recipients": json.dumps(recipients, ensure_ascii=False),
        "actor_codes": [a["code"] for a in actors], "recipient_codes": [a["code"] for a in recipients],
        "date": published[0], "date_precision": "day" if published[0] else None,
        "date_source": "publication" if published[0] else "unknown",
        "quad_class": plover.quad(c["category"]), "score": plover.score(c["category"]),
        "modality": c["modality"], "reported": False, "counts": c["modality"] == "asserted",
        "confidence": 1.0, "rule": ADDED_RULE,
        "explanation": [f"added by {c['who']} at {c['made_at']:%Y-%m-%d %H:%M}"
                        + (f": {c['note']}" if c["note"] else "")],
    }  # fmt: skip
    marks = ", ".join("?" for _ in values)
    con.execute(f"INSERT INTO events ({', '.join(values)}) VALUES ({marks})", list(values.values()))


# --- saving: record and apply, the model marked stale ---------------------------------------------


def save_correction(
    store: Store, correction: Correction, *, scores: Scores, now: dt.datetime | None = None
) -> dict[str, Any]:
    """Record and apply ``correction`` in one transaction that also marks the model stale; the
    caller brings the model up to date (:func:`geowire.pipeline.correct`)."""
    from geowire.store.health import mark_model_stale

    with store.transaction() as con:
        row = record(con, correction, scores=scores, now=now)
        mark_model_stale(con)
    return _decode(row)


# --- reading -----------------------------------------------------------------------------------


def list_corrections(
    store: Store, *, doc_id: str | None = None, event_id: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Corrections, newest first, each with whether its event is now in ``events``."""
    where = Where().match(doc_id, "c.doc_id = ?").match(event_id, "c.event_id = ?")
    sql = (
        "SELECT c.*, d.title, d.outlet, (c.action = 'reject') <> EXISTS"
        " (SELECT 1 FROM events e WHERE e.id = c.event_id) AS in_effect"
        " FROM corrections c LEFT JOIN documents d ON d.id = c.doc_id"
        + where.sql
        + " ORDER BY c.made_at DESC, c.id"
    )
    params = where.params
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [_decode(r) for r in store.query(sql, params)]


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    if isinstance(out.get("original"), str):
        out["original"] = json.loads(out["original"])
    for key in ("actor_codes", "recipient_codes"):
        if out.get(key) is not None:
            out[key] = list(out[key])
    return out


def training_docs(store: Store) -> list[dict[str, Any]]:
    """Every corrected sentence as a document of the authored corpus format (``corpus/FORMAT.md``):
    the sentence alone, its publication date, and as gold every event ``events`` now holds for it
    (none when the analyst rejected them all); ``"split": "train"``: corrections only train."""
    sentences = store.query(
        "SELECT DISTINCT c.doc_id, c.sentence_index, s.text, d.published, d.title FROM corrections c"
        " JOIN sentences s ON s.doc_id = c.doc_id AND s.idx = c.sentence_index"
        " JOIN documents d ON d.id = c.doc_id ORDER BY c.doc_id, c.sentence_index"
    )
    out = []
    for s in sentences:
        events = store.query(
            "SELECT category, actor_codes, recipient_codes, modality, reported FROM events"
            " WHERE doc_id = ? AND sentence_index = ? ORDER BY trigger_start, id",
            [s["doc_id"], s["sentence_index"]],
        )
        out.append({
            "id": f"correction-{s['doc_id']}-{s['sentence_index']}",
            "genre": "correction",
            "split": "train",
            "published": s["published"].isoformat() if s["published"] else None,
            "title": s["title"] or "",
            "text": s["text"],
            "events": [
                {"sentence": s["text"], "event": e["category"], "actor": list(e["actor_codes"]),
                 "recipient": list(e["recipient_codes"]), "modality": e["modality"],
                 "reported": bool(e["reported"])}
                for e in events
            ],
        })  # fmt: skip
    return out


def _one(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> dict[str, Any] | None:
    rows = _all(con, sql, params)
    return rows[0] if rows else None


def _all(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description or ()]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
