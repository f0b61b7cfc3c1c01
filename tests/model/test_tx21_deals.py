"""Deals and clearances told by their terms (issue 13, tx21, found by ``bench/probe_transfers.py``):
a party named after "a deal under which" supplies what the deal makes it supply, and the deal is a
contract; a state that clears goods "for export", the goods named between, approves their sale."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import transfer_rows

_PUBLISHED = dt.date(2025, 9, 3)


def _transfers(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return transfer_rows(analyzer, text, _PUBLISHED)


@pytest.mark.model
def test_tx21_the_party_a_deal_makes_supply(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Oman signed a deal under which Turkey will supply 14 F-16 fighter jets.")
    assert found == [("TUR", "OMN", 14.0, "contracted")]


@pytest.mark.model
def test_tx21_goods_cleared_for_export(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Sweden cleared a batch of 18 Archer howitzers for export to Croatia on Monday."
    )
    assert found == [("SWE", "HRV", 18.0, "approved")]
