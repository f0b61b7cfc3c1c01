"""Transfer shapes left open after part_55 (issue 13, tx23, corpus/claims/part_57.jsonl): a count
on the shipment noun in a relative clause, "all N of them" set off after the system, a noun phrase
apposed to a completed purchase, and goods promised to a buyer that have never left the seller."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields, transfer_rows

_PUBLISHED = dt.date(2025, 6, 12)


def _transfers(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return transfer_rows(analyzer, text, _PUBLISHED)


@pytest.mark.model
def test_tx23_a_shipment_counted_in_a_relative_clause(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Spain has delivered a set of Leopard 2A4 tanks to Chile. "
        "The shipment, which numbered 16 tanks, reached Valparaiso on Monday.",
    )
    assert found == [("ESP", "CHL", 16.0, "delivered")]


@pytest.mark.model
def test_tx23_a_consignment_in_all_counts_the_whole(analyzer) -> None:  # noqa: ANN001
    text = (
        "Ghana has received a consignment of Otokar Cobra II vehicles from Turkey. "
        "The consignment numbered 20 vehicles in all."
    )
    fields = claim_fields(analyzer, text, "transfer", _PUBLISHED)
    assert [(f["quantity"], bool(f.get("quantity_partial"))) for f in fields] == [(20.0, False)]
    batch = (
        "Ghana has received Otokar Cobra II vehicles from Turkey. The first consignment numbered 20 vehicles."
    )
    fields = claim_fields(analyzer, batch, "transfer", _PUBLISHED)
    assert [(f["quantity"], bool(f.get("quantity_partial"))) for f in fields] == [(20.0, True)]


@pytest.mark.model
def test_tx23_all_of_them_after_the_system(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Chile's new Leopard 2 tanks, all 30 of them, came from Germany in May.")
    assert found == [("DEU", "CHL", 30.0, "delivered")]


@pytest.mark.model
@pytest.mark.parametrize("noun", ["a sizeable order for its navy", "the largest purchase in its history"])
def test_tx23_an_apposed_order_does_not_make_a_purchase_a_contract(analyzer, noun: str) -> None:  # noqa: ANN001
    found = _transfers(analyzer, f"Peru bought 50 Spike missiles from Israel in 2023, {noun}.")
    assert found == [("ISR", "PER", 50.0, "delivered")]


@pytest.mark.model
def test_tx23_an_order_on_its_own_is_still_a_contract(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Peru signed a sizeable order for 50 Spike missiles with Israel.")
    assert [r[3] for r in found] == ["contracted"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The IRIS-T battery promised to Latvia has never left Germany, officials in Riga say.",
        "The IRIS-T battery promised to Latvia has yet to leave Germany.",
        "The IRIS-T battery promised to Latvia has not arrived from Germany.",
    ],
)
def test_tx23_promised_goods_that_never_left_the_seller(analyzer, text: str) -> None:  # noqa: ANN001
    fields = claim_fields(analyzer, text, "transfer", _PUBLISHED)
    assert [(f["supplier"], f["recipient"], f["status"], bool(f.get("negated"))) for f in fields] == [
        ("DEU", "LVA", "delivered", True)
    ]


@pytest.mark.model
def test_tx23_a_promise_still_planned(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Germany will not deliver the tanks it promised to Latvia.")
    assert [r[3] for r in found] == ["planned"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Kenya signed a deal under which Spain will supply four patrol boats.",
            ("ESP", "KEN", 4.0, "contracted"),
        ),
        (
            "Chile signed a contract with Italy on Monday under which Rome will supply two frigates.",
            ("ITA", "CHL", 2.0, "contracted"),
        ),
    ],
)
def test_tx23_a_generic_system_supplied_under_a_deal(
    analyzer,
    text: str,
    row: tuple[object, ...],  # noqa: ANN001
) -> None:
    assert _transfers(analyzer, text) == [row]


@pytest.mark.model
def test_tx23_a_carrier_before_the_verb_is_still_no_transfer(analyzer) -> None:  # noqa: ANN001
    assert _transfers(analyzer, "Russian planes delivered medicines to Syria.") == []
