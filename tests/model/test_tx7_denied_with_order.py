"""A denied delivery whose object carries a dated ordering relative clause (issue 13): the denial is
undated and the order keeps the relative clause's year, not the other way round."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 1)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "transfer"]


def _by_status(ts: list[dict[str, object]]) -> dict[tuple[object, object], dict[str, object]]:
    return {(t["status"], bool(t.get("negated"))): t for t in ts}


def test_a_denial_of_a_figure_the_buyer_ordered_in_a_year(analyzer) -> None:  # noqa: ANN001
    text = "The United States has not delivered any of the 40 F-16s Peru bought in 2020, officials said."
    ts = _by_status(_transfers(analyzer, text))
    assert ts[("delivered", True)].get("date") is None
    order = ts[("ordered", False)]
    assert (order["supplier"], order["recipient"], order["quantity"]) == ("USA", "PER", 40.0)
    assert str(order["date"]).startswith("2020")


def test_a_denial_without_a_figure_still_reads_the_dated_order(analyzer) -> None:  # noqa: ANN001
    text = "Chile has not yet received the NASAMS air defence battery it ordered from Norway in 2021."
    ts = _by_status(_transfers(analyzer, text))
    assert ts[("delivered", True)].get("date") is None
    assert str(ts[("ordered", False)]["date"]).startswith("2021")


def test_an_undated_order_in_the_relative_adds_no_record(analyzer) -> None:  # noqa: ANN001
    text = "Chile has not yet received the NASAMS battery it ordered from Norway, an official said on Friday."
    assert [t["status"] for t in _transfers(analyzer, text)] == ["delivered"]


def test_a_wait_for_what_was_ordered_reads_one_order(analyzer) -> None:  # noqa: ANN001
    text = "Chile is still waiting for the Mi-28 helicopters it ordered from Russia in 2022."
    statuses = sorted((str(t["status"]), bool(t.get("negated"))) for t in _transfers(analyzer, text))
    assert statuses == [("delivered", True), ("ordered", False)]
