"""Verbs of handing on that the transfer cues lacked (issue 13, tx21, found by
``bench/probe_transfers.py``): a buyer that "procured" a system from a seller, a seller that
"dispatched", "turned over", "passed on" or "rushed" it to a named party, and one that "armed" or
"equipped" a named party "with" it — but not a holder "equipped with" its own kit, and "crews" as a
noun ("is training crews") is no sign that a country operates what its relative clause bought."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import transfer_rows

_PUBLISHED = dt.date(2025, 9, 3)


def _transfers(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return transfer_rows(analyzer, text, _PUBLISHED)


@pytest.mark.model
def test_tx21_a_buyer_that_procured(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "The Chilean navy procured three patrol boats from Norway in 2023.")
    assert found == [("NOR", "CHL", 3.0, "delivered")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Lisbon dispatched five Leopard 2 tanks to Kyiv on Friday.",
        "Lisbon turned over five Leopard 2 tanks to Kyiv on Friday.",
        "Lisbon passed on five Leopard 2 tanks to Kyiv on Friday.",
        "Lisbon rushed five Leopard 2 tanks to Kyiv on Friday.",
    ],
)
def test_tx21_goods_handed_on_to_a_named_party(analyzer, text: str) -> None:  # noqa: ANN001
    assert _transfers(analyzer, text) == [("PRT", "UKR", 5.0, "delivered")]


@pytest.mark.model
def test_tx21_a_party_armed_or_equipped_with_a_system(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Ankara has armed the Somali army with 20 armoured vehicles.")
    assert found == [("TUR", "SOM", 20.0, "delivered")]
    found = _transfers(analyzer, "Seoul equipped the Polish army with 48 K9 howitzers last year.")
    assert found == [("KOR", "POL", 48.0, "delivered")]


@pytest.mark.model
def test_tx21_a_holder_equipped_with_its_own_kit_is_no_delivery(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Latvian units are equipped with older Swedish radars.")
    assert all(status != "delivered" for _s, _r, _q, status in found)


@pytest.mark.model
def test_tx21_crews_as_a_noun_leave_the_relative_clause_purchase(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Ghana, which bought 12 armoured vehicles from Brazil last year, is now training crews."
    )
    assert found == [("BRA", "GHA", 12.0, "delivered")]


@pytest.mark.model
def test_tx21_armoured_ambulances_are_a_system(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Austria sent 15 armoured ambulances to Moldova in May.")
    assert found == [("AUT", "MDA", 15.0, "delivered")]
