"""What is in a store, in numbers: the summary ``geowire demo`` and ``geowire summary`` print."""

from __future__ import annotations

from typing import Any

from geowire.store.db import Store


def store_summary(store: Store, *, top: int = 5) -> dict[str, Any]:
    """Documents by status, annotation and event counts, events by category and modality."""
    by_status = {
        r["status"]: r["n"]
        for r in store.query("SELECT status, count(*) AS n FROM documents GROUP BY status ORDER BY status")
    }
    events_by_category = store.query(
        "SELECT category, count(*) FILTER (WHERE modality = 'asserted') AS asserted,"
        " count(*) FILTER (WHERE modality <> 'asserted') AS not_asserted"
        " FROM events GROUP BY category ORDER BY asserted + not_asserted DESC, category"
    )
    modality = {
        r["modality"]: r["n"]
        for r in store.query("SELECT modality, count(*) AS n FROM events GROUP BY modality ORDER BY n DESC")
    }
    return {
        "documents": by_status,
        "sentences": store.scalar("SELECT count(*) FROM sentences"),
        "actor_mentions": store.scalar("SELECT count(*) FROM mentions"),
        "resolved_mentions": store.scalar("SELECT count(*) FROM mentions WHERE code IS NOT NULL"),
        "events": store.scalar("SELECT count(*) FROM events"),
        "events_reported": store.scalar("SELECT count(*) FROM events WHERE reported"),
        "events_by_modality": modality,
        "events_by_category": events_by_category,
        "occurrences": store.scalar("SELECT count(*) FROM occurrences"),
        "top_actors": store.query(
            "SELECT code, kind, count(*) AS mentions FROM mentions WHERE code IS NOT NULL"
            " AND kind <> 'equipment' GROUP BY code, kind ORDER BY mentions DESC, code LIMIT ?",
            [top],
        ),
    }
