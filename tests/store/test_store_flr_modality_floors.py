"""The store's default view with a floor per modality (issue 11): ``geowire events`` and the API's
list (:func:`geowire.store.listing.events`) hide each learned event below its modality's floor,
and only learned ones; a single floor hides them all below it as before."""

from __future__ import annotations

import pytest

from geowire.store import open_store
from geowire.store.db import Store
from geowire.store.events import query_events, replace
from geowire.store.listing import events as events_list
from geowire.store.listing import page
from geowire.types import DocAnalysis, Event, LearnedFloor, ModalityFloors, Span

LEARNED = "verb:test>decider-test"
FLOORS = ModalityFloors(0.55, (("future", 0.45), ("negated", 0.4)))


def _event(eid: str, modality: str, confidence: float, rule: str = LEARNED) -> Event:
    return Event(
        id=eid, doc_id="d1", sentence_index=0, sentence="Arden fined Belmark.", sentence_start=0,
        category="SANCTION", trigger=Span(6, 11, "fined"), actors=(), recipients=(),
        modality=modality, confidence=confidence, rule=rule,  # type: ignore[arg-type]
    )  # fmt: skip


@pytest.fixture
def store() -> Store:
    s = open_store(None)
    s.con.execute(
        "INSERT INTO documents (id, content_hash, title, outlet, url, path, published, published_source,"
        " language, ingested_at, status, text, n_words) VALUES"
        " ('d1', 'h1', 'A title', 'Outlet', NULL, 'a.txt', DATE '2025-05-02', 'cli', 'en', now(),"
        " 'processed', 'x', 1)"
    )
    events = (
        _event("asserted-low", "asserted", 0.5),
        _event("asserted-high", "asserted", 0.6),
        _event("future-mid", "future", 0.5),
        _event("future-low", "future", 0.4),
        _event("negated-mid", "negated", 0.42),
        _event("hypothetical-mid", "hypothetical", 0.5),
        _event("rules-low", "future", 0.1, rule="verb:test"),
    )
    with s.transaction() as con:
        replace(con, [DocAnalysis("d1", (), (), (), (), (), events)])
    return s


SHOWN = {"asserted-high", "future-mid", "negated-mid", "rules-low"}
AT_045 = {"asserted-high", "asserted-low", "future-mid", "hypothetical-mid", "rules-low"}
EVERY = AT_045 | {"future-low", "negated-mid"}


@pytest.mark.parametrize(
    ("floor", "shown"),
    [(FLOORS, SHOWN), (0.45, AT_045), (ModalityFloors(0.45), AT_045), (None, EVERY)],
)
def test_store_flr_query_events_hides_learned_events_below_their_modality_floor(
    store: Store, floor: LearnedFloor | None, shown: set[str]
) -> None:
    assert {r["id"] for r in query_events(store, learned_floor=floor)} == shown


def test_store_flr_the_listed_events_use_the_same_floors(store: Store) -> None:
    listed = page(store, events_list(learned_floor=FLOORS), limit=0)
    assert listed.total == len(SHOWN)
    rows = page(store, events_list(learned_floor=FLOORS, modality="future"), limit=10).rows
    assert {r["id"] for r in rows} == {"future-mid", "rules-low"}


def test_store_flr_a_modality_filter_and_floors_combine(store: Store) -> None:
    rows = query_events(store, learned_floor=FLOORS, modality="negated", min_confidence=0.41)
    assert [r["id"] for r in rows] == ["negated-mid"]


def test_store_flr_the_api_list_uses_the_modality_floors_unless_a_floor_is_asked(store: Store) -> None:
    from geowire.api.views import events

    default = events(store, limit=50, view_filters=(None, FLOORS))
    assert default["total"] == len(SHOWN)
    assert default["default_min_confidence"] == 0.55
    assert default["default_modality_floors"] == {"future": 0.45, "negated": 0.4}
    asked = events(store, limit=50, min_confidence=0.45, view_filters=(None, FLOORS))
    assert asked["total"] == 4  # every event at or above 0.45 whatever its modality (the rule coder's too)
    assert asked["default_min_confidence"] is None and asked["default_modality_floors"] is None
