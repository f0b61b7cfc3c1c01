"""Rebuild the derived model tables from the stored events and claims.

:func:`rebuild_model` is idempotent: it recomputes occurrences (with their dyads), agreements,
transfers, deployments, statements and contradictions from scratch in one transaction.  Only
processed documents take part; a document marked duplicate never counts twice.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from geowire.model import records
from geowire.model.lexicon import default_lexicon
from geowire.model.occurrences import EventRecord, cluster, summarise
from geowire.store.bulk import insert_rows
from geowire.store.claims import decode
from geowire.store.db import Store

_DERIVED = (
    "occurrences",
    "occurrence_events",
    "occurrence_dyads",
    "agreements",
    "transfers",
    "deployments",
    "statements",
    "contradictions",
)


@dataclass(frozen=True)
class BuildReport:
    occurrences: int
    agreements: int
    transfers: int
    deployments: int
    statements: int
    contradictions: int


def _actor_keys(raw: str | list[Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    items = json.loads(raw) if isinstance(raw, str) else raw
    codes = tuple(sorted({a["code"] for a in items if a.get("code")}))
    keys = tuple(
        sorted(
            {f"{a['code']}:{a['sector']}" if a.get("sector") else a["code"] for a in items if a.get("code")}
        )
    )
    return codes, keys


def load_events(store: Store) -> list[EventRecord]:
    """Every event of a processed document, as clustering input."""
    rows = store.query(
        "SELECT e.id, e.doc_id, e.category, e.actors, e.recipients, e.sentence, e.trigger_text, e.date,"
        " e.date_precision, e.date_source, e.quad_class, e.score, e.modality, d.outlet, d.published"
        " FROM events e JOIN documents d ON d.id = e.doc_id WHERE d.status = 'processed' ORDER BY e.id"
    )
    out = []
    for r in rows:
        actors, actor_keys = _actor_keys(r["actors"])
        recipients, recipient_keys = _actor_keys(r["recipients"])
        out.append(
            EventRecord(
                id=r["id"],
                doc_id=r["doc_id"],
                category=r["category"],
                actors=actors,
                recipients=recipients,
                sentence=r["sentence"],
                trigger=r["trigger_text"],
                date=r["date"],
                date_precision=r["date_precision"],
                date_source=r["date_source"],
                quad_class=r["quad_class"],
                score=r["score"],
                modality=r["modality"],
                outlet=r["outlet"],
                published=r["published"],
                actor_keys=actor_keys,
                recipient_keys=recipient_keys,
            )
        )
    return out


def load_claims(store: Store, *, kind: str | None = None) -> list[dict[str, Any]]:
    """Claims of processed documents with their sentence, outlet, publication date and doc text."""
    where = "d.status = 'processed'" + (" AND c.kind = ?" if kind else "")
    rows = store.query(
        "SELECT c.*, d.outlet, d.published, d.text AS doc_text"
        " FROM claims c JOIN documents d ON d.id = c.doc_id"
        f" WHERE {where} ORDER BY c.doc_id, c.sentence_index, c.id",
        [kind] if kind else [],
    )
    out = []
    for r in rows:
        c = decode(r)
        c["sentence"] = c["doc_text"][c["start"] : c["end"]]
        out.append(c)
    return out


def rebuild_model(store: Store, *, today: dt.date | None = None) -> BuildReport:
    """Recompute every derived model table from the stored claims and events."""
    today = today or dt.date.today()
    occs = cluster(load_events(store))
    claims = load_claims(store)
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for c in claims:
        by_kind.setdefault(c["kind"], []).append(c)
    agreements, contradictions = [], []
    generic = tuple(default_lexicon().agreements.generic)
    for members in records.group_agreements(by_kind.get("agreement", []), generic=generic):
        rec, cx = records.build_agreement(members, today)
        agreements.append(rec)
        contradictions += cx
    transfers, cx = records.build_transfers(by_kind.get("transfer", []))
    contradictions += cx
    deployments, cx = records.build_deployments(by_kind.get("deployment", []))
    contradictions += cx
    contradictions += records.assessment_contradictions(by_kind.get("assessment", []))
    statements = by_kind.get("statement", [])
    contradictions = list({x["id"]: x for x in contradictions}.values())
    with store.transaction() as con:
        for table in _DERIVED:
            con.execute(f"DELETE FROM {table}")
        _write_occurrences(con, occs)
        _write(con, "agreements", [_record_row(a, _AGREEMENT_COLUMNS) for a in agreements])
        _write(con, "transfers", [_record_row(t, _TRANSFER_COLUMNS) for t in transfers])
        _write(con, "deployments", [_record_row(d, _DEPLOYMENT_COLUMNS) for d in deployments])
        _write(con, "statements", [_statement_row(s) for s in statements])
        _write(con, "contradictions", [_contradiction_row(x) for x in contradictions])
    return BuildReport(
        len(occs), len(agreements), len(transfers), len(deployments), len(statements), len(contradictions)
    )


def _write(con: Any, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    cols = list(rows[0])
    insert_rows(con, table, cols, [[r[c] for c in cols] for r in rows])  # one statement, not one per row


def _json(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False, default=str)


def _write_occurrences(con: Any, occs: list[Any]) -> None:
    rows, links, dyads = [], [], []
    for occ in occs:
        row = summarise(occ)
        rows.append(row)
        links += [{"occurrence_id": occ.id, "event_id": m.id, "doc_id": m.doc_id} for m in occ.members]
        for level, src, dst in (
            ("country", "actor_codes", "recipient_codes"),
            ("actor", "actors", "recipients"),
        ):
            for a in row[src]:
                for b in row[dst]:
                    if a != b:
                        dyads.append(
                            {
                                "occurrence_id": occ.id,
                                "level": level,
                                "source": a,
                                "target": b,
                                "date": row["date"],
                                "quad_class": row["quad_class"],
                                "score": row["score"],
                                "counts": row["counts"],
                            }
                        )
    _write(con, "occurrences", rows)
    _write(con, "occurrence_events", links)
    _write(con, "occurrence_dyads", dyads)


_AGREEMENT_COLUMNS = (
    "id",
    "kind",
    "name",
    "parties",
    "signed",
    "signed_precision",
    "signed_place",
    "signer",
    "ratified",
    "ratified_precision",
    "in_force",
    "expires_year",
    "duration_years",
    "value_usd",
    "status",
    "disputed",
    "doc_ids",
    "claim_ids",
    "event_ids",
)


_TRANSFER_COLUMNS = (
    "id",
    "supplier",
    "recipient",
    "system",
    "category",
    "quantity",
    "quantity_text",
    "status",
    "statuses",
    "operator",
    "date",
    "since",
    "value_usd",
    "doc_ids",
    "claim_ids",
)


_DEPLOYMENT_COLUMNS = (
    "id",
    "country",
    "host",
    "personnel",
    "personnel_text",
    "place",
    "role",
    "date",
    "doc_ids",
    "claim_ids",
)


def _record_row(record: dict[str, Any], columns: tuple[str, ...]) -> dict[str, Any]:
    """The stored row of a merged record: its columns, and its fields with their sources as JSON."""
    row = {k: record[k] for k in columns}
    row["fields"] = _json({"fields": record["fields"], "sources": record["sources"]})
    return row


def _statement_row(c: dict[str, Any]) -> dict[str, Any]:
    f = c["fields"]
    span = c["field_spans"].get("text") or [c["start"], c["end"]]
    return {
        "claim_id": c["id"],
        "doc_id": c["doc_id"],
        "outlet": c.get("outlet"),
        "published": c.get("published"),
        "speaker": f.get("speaker"),
        "speaker_name": f.get("speaker_name"),
        "speaker_country": f.get("speaker_country"),
        "target": f.get("target"),
        "stance": f.get("stance", "neutral"),
        "text": f.get("text", ""),
        "quote": f.get("quote"),
        "start": span[0],
        "end": span[1],
        "sentence_index": c["sentence_index"],
    }


def _contradiction_row(x: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": x["id"],
        "kind": x["kind"],
        "subject": x["subject"],
        "field": x["field"],
        "value_a": x["value_a"],
        "value_b": x["value_b"],
        "doc_a": x["doc_a"],
        "doc_b": x["doc_b"],
        "claim_a": x["claim_a"],
        "claim_b": x["claim_b"],
        "evidence": _json(x["evidence"]),
    }
