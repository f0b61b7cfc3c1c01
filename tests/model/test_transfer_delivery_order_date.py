"""A delivery report that names its order in a relative clause is not dated by the order: "has
received four of the ten jets it ordered in 2022" is no delivery in 2022 (lead, fourteenth session;
the date of the order stays with the order)."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 3)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "transfer"]


def test_a_delivery_is_not_dated_by_the_order_in_its_relative_clause(analyzer) -> None:  # noqa: ANN001
    text = "Chile has now received four of the ten Gripen jets it ordered from Sweden in 2022."
    (f,) = [f for f in _transfers(analyzer, text) if f["status"] == "delivered"]
    assert (f["supplier"], f["recipient"]) == ("SWE", "CHL")
    assert f.get("date") is None


def test_a_delivery_keeps_its_own_date(analyzer) -> None:  # noqa: ANN001
    (f,) = _transfers(analyzer, "Sweden delivered four Gripen jets to Chile in March 2024.")
    assert str(f.get("date", "")).startswith("2024-03")
