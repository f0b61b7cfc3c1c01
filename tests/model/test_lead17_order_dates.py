"""A delivery is not dated by the order it completes (issue 13: dates from the clause): "…,
completing an order placed in 2023" dates the order, and a later report of the same delivery
with its own date does not contradict it."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _transfers(analyzer, text: str, published: dt.date) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="o", published=published), text)])
    return [c.fields for c in a.claims if c.kind == "transfer"]


def test_the_order_a_delivery_completes_does_not_date_it(analyzer) -> None:  # noqa: ANN001
    text = (
        "Brazil's Embraer has handed four Super Tucano trainers to Paraguay, completing an order "
        "signed in 2022."
    )
    (t,) = _transfers(analyzer, text, dt.date(2025, 9, 2))
    assert t["status"] == "delivered"
    assert t.get("date") != "2022-01-01"


def test_a_delivery_dated_in_its_own_clause_keeps_its_date(analyzer) -> None:  # noqa: ANN001
    text = "Brazil handed four Super Tucano trainers to Paraguay in March under a deal agreed in 2022."
    (t,) = _transfers(analyzer, text, dt.date(2025, 9, 2))
    assert str(t.get("date", "")).startswith("2025-03")
