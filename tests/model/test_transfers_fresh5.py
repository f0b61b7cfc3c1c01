"""Arms transfers on fresh text (issue 13, parts 29-30): a delivery whose sentence names no seller
takes the article's supplier (the recipient's one supplier, else the system's producer the article
names); a system that "arrived" with no place after it was delivered; "away from" a country names
no supplier; a generic vehicle kind is a system."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _claims(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 4, 2)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "transfer"]


def _rows(analyzer, text: str) -> set[tuple[object, ...]]:  # noqa: ANN001
    return {
        (f.get("supplier"), f.get("recipient"), f.get("status"), bool(f.get("negated")))
        for f in _claims(analyzer, text)
    }


def test_a_receipt_with_no_seller_takes_the_named_producer(analyzer) -> None:  # noqa: ANN001
    text = (
        "Latvia took delivery of four more Bayraktar TB2 drones in March. "
        "Officials in Riga praised the Turkish manufacturer for keeping to its schedule."
    )
    assert ("TUR", "LVA", "delivered", False) in _rows(analyzer, text)


def test_a_receipt_with_no_seller_takes_the_recipients_one_supplier(analyzer) -> None:  # noqa: ANN001
    text = (
        "Senegal bought three patrol boats from France last year. "
        "In 2024 Senegal also received two Rafale jets, officials said."
    )
    assert ("FRA", "SEN", "delivered", False) in _rows(analyzer, text)


def test_a_bought_system_that_arrived_with_no_place_was_delivered(analyzer) -> None:  # noqa: ANN001
    text = "Chile ordered ten Caesar howitzers from France in 2021. The howitzers arrived in June."
    assert ("FRA", "CHL", "delivered", False) in _rows(analyzer, text)
    # a ship that reaches a place moved, it changed no hands
    assert _claims(analyzer, "The carrier USS Gerald R. Ford arrived in the Caribbean on Monday.") == []


def test_away_from_a_country_names_no_supplier(analyzer) -> None:  # noqa: ANN001
    text = "Egypt's purchase of French Rafale jets marked a turn away from Washington."
    assert {s for s, _r, _st, _n in _rows(analyzer, text)} == {"FRA"}


def test_a_generic_vehicle_kind_is_a_system(analyzer) -> None:  # noqa: ANN001
    text = "Japan handed 18 protected vehicles to Papua New Guinea on Friday."
    assert _rows(analyzer, text) == {("JPN", "PNG", "delivered", False)}


def test_an_undated_arrival_that_reports_deny_is_no_delivery(analyzer) -> None:  # noqa: ANN001
    text = (
        "Latvia has not received any IRIS-T launchers from Germany, officials said. "
        "Rumours that the launchers had arrived were false, they added."
    )
    assert ("DEU", "LVA", "delivered", False) not in _rows(analyzer, text)


def test_a_report_called_mistaken_is_refuted(analyzer) -> None:  # noqa: ANN001
    text = "Reports that Germany had shipped IRIS-T launchers to Latvia were mistaken, officials said."
    assert _rows(analyzer, text) == {("DEU", "LVA", "delivered", True)}
    dated = "Rumours last month that Germany had shipped IRIS-T launchers to Latvia were wrong."
    assert _rows(analyzer, dated) == {("DEU", "LVA", "delivered", True)}


def test_a_recipient_only_reference_takes_the_articles_one_system(analyzer) -> None:  # noqa: ANN001
    text = "South Korea sold FA-50 jets to Poland in 2022. Malaysia and Egypt received their jets early."
    rows = _rows(analyzer, text)
    assert {("KOR", "MYS", "delivered", False), ("KOR", "EGY", "delivered", False)} <= rows


def test_taking_the_last_of_a_batch_from_a_seller_is_a_delivery(analyzer) -> None:  # noqa: ANN001
    text = "Last spring Croatia took the final three of its twelve Rafales from France."
    assert _rows(analyzer, text) == {("FRA", "HRV", "delivered", False)}


def test_an_undelivered_promise_is_a_denied_delivery(analyzer) -> None:  # noqa: ANN001
    text = "Portugal has still not delivered the four M113 carriers it pledged to Ukraine, officials said."
    assert _rows(analyzer, text) == {("PRT", "UKR", "delivered", True)}


def test_a_gapped_conjunct_is_a_second_transfer_with_its_own_count(analyzer) -> None:  # noqa: ANN001
    fields = _claims(analyzer, "Sweden sold nine Gripens to Thailand and four to Hungary last decade.")
    assert {(f["recipient"], f["quantity"]) for f in fields} == {("THA", 9.0), ("HUN", 4.0)}
    assert {f["supplier"] for f in fields} == {"SWE"}


def test_a_bare_count_that_arrived_is_a_delivery_of_the_system_before(analyzer) -> None:  # noqa: ANN001
    text = "Peru ordered eight Caesar howitzers from France in 2022. Three have arrived so far."
    fields = [f for f in _claims(analyzer, text) if f["status"] == "delivered"]
    assert [(f["supplier"], f["recipient"], f["quantity"]) for f in fields] == [("FRA", "PER", 3.0)]
