"""Transfers told as a noun (issue 13, tx21, found by ``bench/probe_transfers.py``): "the shipment
of …" is a delivery cue; a sale, transfer or shipment its clause says "was completed" is a delivery;
a noun cue with its "of" ("the transfer of …") takes the future its clause gives ("… is planned");
and the agent after the noun's recipient ("the sale of two frigates to Peru by Italy", "the delivery
of … to Indonesia by the British government") supplies — not the system's maker."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import transfer_rows

_PUBLISHED = dt.date(2025, 9, 3)


def _transfers(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return transfer_rows(analyzer, text, _PUBLISHED)


@pytest.mark.model
def test_tx21_a_shipment_of_goods(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "The shipment of 30 armoured vehicles from Egypt to Chad was completed on Monday."
    )
    assert found == [("EGY", "TCD", 30.0, "delivered")]


@pytest.mark.model
def test_tx21_a_sale_said_completed_with_its_agent_after_the_recipient(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "The sale of two frigates to Peru by Italy was completed in Taranto.")
    assert found == [("ITA", "PER", 2.0, "delivered")]


@pytest.mark.model
def test_tx21_the_agent_not_the_maker_supplies(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "The delivery of 12 F-16 fighter jets to Jordan by the Dutch government was finished in May.",
    )
    assert found == [("NLD", "JOR", 12.0, "delivered")]


@pytest.mark.model
def test_tx21_a_transfer_said_planned_is_not_done(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "The transfer of eight Caesar howitzers to Armenia by France is planned for spring."
    )
    assert found == [("FRA", "ARM", 8.0, "planned")]
    found = _transfers(analyzer, "Greece's transfer of six K9 howitzers to Cyprus is planned.")
    assert found == [("GRC", "CYP", 6.0, "planned")]
