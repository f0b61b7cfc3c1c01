"""The partnership-signing case: seed 000 (Caracas, October 2025) against a dispatch written for
this test (Moscow, 7 May; ratified in October).  Compatible claims are not contradictions."""

import datetime as dt

from helpers import seed_text, store_with

from geowire.model.build import rebuild_model
from geowire.store.model import agreements, compare, contradictions

OURS = (
    "MOSCOW, 9 May 2025 — The presidents of Russia and Venezuela signed a strategic partnership treaty "
    "in Moscow on 7 May 2025. Officials said the treaty still needs ratification. "
    "Russia ratified the treaty in October 2025."
)
MONTH_ONLY = "Russia and Venezuela signed their strategic partnership treaty in May 2025."
RATIFIED_ONLY = (
    "The Russian parliament ratified the strategic partnership treaty with Venezuela in October 2025."
)


def test_contradictions_seed_000_signing_place_and_date():
    store = store_with(
        [("seed000", seed_text("000"), None, "seed"), ("ours", OURS, dt.date(2025, 5, 9), "Test Wire")]
    )
    rebuild_model(store)
    found = {(x["kind"], x["value_a"], x["value_b"]) for x in contradictions(store)}
    assert ("place", "Moscow", "Caracas") in found
    assert ("date", "2025-05-07", "2025-10") in found
    x = next(x for x in contradictions(store) if x["kind"] == "place")
    ours_side, seed_side = x["evidence"]
    assert ours_side["doc_id"] == "ours" and ours_side["field_text"] == "Moscow"
    assert seed_side["doc_id"] == "seed000" and seed_side["field_text"] == "Caracas"
    assert "Caracas" in seed_side["sentence"]
    (treaty,) = [a for a in agreements(store) if a["kind"] == "strategic partnership"]
    assert treaty["parties"] == ["RUS", "VEN"] and set(treaty["disputed"]) == {"signed.date", "signed.place"}
    assert treaty["ratified"] == dt.date(2025, 10, 1) and treaty["status"] == "ratified"


def test_contradictions_none_between_compatible_claims():
    store = store_with(
        [
            ("ours", OURS, dt.date(2025, 5, 9), "Test Wire"),
            ("month", MONTH_ONLY, dt.date(2025, 6, 1), "Other Wire"),
            ("ratified", RATIFIED_ONLY, dt.date(2025, 10, 30), "Third Wire"),
        ]
    )
    rebuild_model(store)
    assert contradictions(store) == []
    (treaty,) = agreements(store)
    assert treaty["signed"] == dt.date(2025, 5, 7) and treaty["signed_precision"] == "day"
    assert treaty["signed_place"] == "Moscow" and treaty["disputed"] == []
    assert sorted(treaty["doc_ids"]) == ["month", "ours", "ratified"]


def test_compare_seeds_002_and_004_differ_on_defending_venezuela():
    store = store_with([("s002", seed_text("002"), None, "a"), ("s004", seed_text("004"), None, "b")])
    rebuild_model(store)
    result = compare(store, "s002", "s004")
    assert any(
        d["topic"].startswith("assessment RUS defend") or "defend" in d["topic"] for d in result["differ"]
    )
    assert any("Oreshnik" in a["topic"] for a in result["agree"])
    assert any("S-300VM" in o["topic"] for o in result["only_b"])


def test_rebuild_model_is_idempotent():
    store = store_with(
        [("seed000", seed_text("000"), None, "seed"), ("ours", OURS, dt.date(2025, 5, 9), "Test Wire")]
    )
    first = rebuild_model(store)
    snapshot = (agreements(store), contradictions(store))
    assert rebuild_model(store) == first
    assert (agreements(store), contradictions(store)) == snapshot
