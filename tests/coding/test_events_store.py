"""The events table: replace per document, query filters, PLOVER records, marked sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.errors import NotFoundError
from geowire.store import open_store
from geowire.store.db import Store
from geowire.store.events import get_event, marked_sentence, query_events, replace, to_plover_record
from geowire.types import DocAnalysis, Event, EventActor, Span

SENT = "Chile shelled Peru near Tacna."


def make_event(
    eid: str,
    *,
    doc_id: str = "d1",
    category: str = "ASSAULT",
    modality: str = "asserted",
    date: dt.date | None = dt.date(2025, 5, 1),
    actor: str = "CHL",
    recipient: str = "PER",
) -> Event:
    return Event(
        id=eid,
        doc_id=doc_id,
        sentence_index=0,
        sentence=SENT,
        sentence_start=10,
        category=category,
        trigger=Span(16, 23, "shelled"),
        actors=(EventActor(actor, "MIL", "Chile", "Q298", 10, 15),),
        recipients=(EventActor(recipient, None, "Peru", "Q419", 24, 28),),
        mode="heavy-weapons",
        context=("military",),
        date=date,
        date_precision="day",
        date_source="clause",
        location="Tacna",
        location_code="PER",
        quad_class=4,
        score=-9.5,
        modality=modality,  # type: ignore[arg-type]
        reported=True,
        confidence=0.8,
        rule="test:rule",
        explanation=("line one", "line two"),
    )


def analysis(doc_id: str, *events: Event) -> DocAnalysis:
    return DocAnalysis(
        doc_id=doc_id, blocks=(), sentences=(), mentions=(), dates=(), quantities=(), events=events
    )


@pytest.fixture
def store() -> Store:
    s = open_store(None)
    s.con.execute(
        "INSERT INTO documents (id, content_hash, title, outlet, url, path, published, published_source,"
        " language, ingested_at, status, text, n_words) VALUES"
        " ('d1', 'h1', 'A title', 'Outlet', NULL, 'a.txt', DATE '2025-05-02', 'cli', 'en', now(),"
        " 'processed', 'x', 1)"
    )
    with s.transaction() as con:
        replace(
            con,
            [
                analysis(
                    "d1",
                    make_event("e1"),
                    make_event(
                        "e2", category="AID", modality="future", date=dt.date(2024, 1, 1), recipient="BOL"
                    ),
                )
            ],
        )
        replace(con, [analysis("d2", make_event("e3", doc_id="d2", actor="ARG", date=None))])
    return s


def test_events_store_replace_is_per_document(store: Store) -> None:
    with store.transaction() as con:
        replace(con, [analysis("d1", make_event("e1"))])
    assert sorted(r["id"] for r in query_events(store)) == ["e1", "e3"]


def test_events_store_replace_same_ids_twice(store: Store) -> None:
    for _ in range(2):
        with store.transaction() as con:
            replace(con, [analysis("d1", make_event("e1"), make_event("e2"))])
    assert len(query_events(store, doc_id="d1")) == 2


@pytest.mark.parametrize(("filters", "ids"), [
    ({}, ["e1", "e2", "e3"]),
    ({"actor": "chl"}, ["e1", "e2"]),
    ({"recipient": "BOL"}, ["e2"]),
    ({"type": "aid"}, ["e2"]),
    ({"since": dt.date(2025, 1, 1)}, ["e1"]),
    ({"until": dt.date(2024, 12, 31)}, ["e2"]),
    ({"modality": "asserted"}, ["e1", "e3"]),
    ({"limit": 1}, ["e1"]),
    ({"limit": 1, "offset": 1}, ["e2"]),
])  # fmt: skip
def test_events_store_query_filters(store: Store, filters: dict, ids: list[str]) -> None:
    assert [r["id"] for r in query_events(store, **filters)] == ids


def test_events_store_counts_only_asserted(store: Store) -> None:
    rows = {r["id"]: r["counts"] for r in query_events(store)}
    assert rows == {"e1": True, "e2": False, "e3": True}


def test_events_store_get_missing_event_raises(store: Store) -> None:
    with pytest.raises(NotFoundError):
        get_event(store, "nope")


def test_events_store_plover_record_shape(store: Store) -> None:
    rec = to_plover_record(get_event(store, "e1"), store=store)
    for key in (
        "id",
        "date",
        "date_precision",
        "event",
        "mode",
        "context",
        "actor",
        "recipient",
        "quad_code",
        "event_score",
        "modality",
        "reported",
        "confidence",
        "text",
        "text_info",
        "cite_info",
    ):
        assert key in rec
    assert rec["event"] == ["ASSAULT"] and rec["date"] == "2025-05-01"
    assert rec["actor"] == [{"code": "CHL", "sector": "MIL", "entity_text": "Chile", "wikidata": "Q298"}]
    assert rec["text_info"] == {"sequence": 0, "start": 10, "end": 10 + len(SENT)}
    assert rec["cite_info"] == {
        "document_id": "d1",
        "title": "A title",
        "publication": "Outlet",
        "published": "2025-05-02",
        "path": "a.txt",
    }
    assert rec["evidence"]["trigger"] == {"text": "shelled", "start": 16, "end": 23}


def test_events_store_marked_sentence(store: Store) -> None:
    assert marked_sentence(get_event(store, "e1")) == "[A: Chile] ⟦shelled⟧ [R: Peru] near Tacna."
