"""Hand-built events for the export tests (our own example sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.export.records import ExportEvent
from geowire.types import Event, EventActor, Span


def make_event(
    event_id: str = "e1",
    *,
    category: str = "CONSULT",
    mode: str | None = "visit",
    quad: int = 1,
    score: float = 4.0,
    modality: str = "asserted",
    date: dt.date | None = dt.date(2025, 11, 3),
    context: tuple[str, ...] = ("diplomatic",),
    location: str | None = "Caracas",
    sentence_index: int = 0,
) -> Event:
    sentence = "The Bolivian foreign minister visited Lisbon on Monday."
    return Event(
        id=event_id,
        doc_id="d0123456789abcd",
        sentence_index=sentence_index,
        sentence=sentence,
        sentence_start=10,
        category=category,
        trigger=Span(35, 42, "visited"),
        actors=(EventActor("BOL", "GOV", "Bolivian foreign minister", None, 14, 39, "person"),),
        recipients=(EventActor("PRT", None, "Lisbon", "Q45", 48, 54, "country"),),
        mode=mode,
        context=context,
        date=date,
        date_precision="day" if date else None,
        location=location,
        quad_class=quad,
        score=score,
        modality=modality,  # type: ignore[arg-type]
        confidence=0.8,
        rule="lexicon:visit",
    )


@pytest.fixture
def export_events() -> list[ExportEvent]:
    added = dt.datetime(2025, 11, 4, 9, 30, 5)
    return [
        ExportEvent(
            make_event("e1"), url="https://news.example/a1", published=dt.date(2025, 11, 4), added=added
        ),
        ExportEvent(
            make_event(
                "e2",
                category="ASSAULT",
                mode=None,
                quad=4,
                score=-9.0,
                context=("military",),
                location=None,
                sentence_index=5,
            ),
            path="/tmp/a2.txt",
            published=dt.date(2025, 11, 4),
            added=added,
        ),
        ExportEvent(
            make_event("e3", category="THREATEN", mode="violence", quad=3, score=-3.5, modality="future"),
            url="https://news.example/a3",
            added=added,
        ),
        ExportEvent(
            make_event("e4", category="AID", mode=None, quad=2, score=10.0, date=None),
            url="https://news.example/a4",
            published=None,
            added=added,
        ),
    ]
