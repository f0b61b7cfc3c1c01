"""Two transfer shapes of invented articles (issue 13): a contract with a named counterpart that is
said to cover systems, and a "handover of" systems that took place."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 1)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "transfer"]


def test_a_contract_that_covers_systems_is_contracted_holder_buys(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Chile's contract with Spain covers four patrol boats for its coast guard.")
    assert (t["supplier"], t["recipient"], t["status"], t["quantity"]) == ("ESP", "CHL", "contracted", 4.0)


def test_a_contract_covering_a_makers_system_sells_from_the_maker(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Warsaw's contract with Washington covers 40 Apache helicopters.")
    assert (t["supplier"], t["recipient"], t["status"]) == ("USA", "POL", "contracted")


def test_a_contract_that_would_not_cover_systems_contracts_nothing(analyzer) -> None:  # noqa: ANN001
    text = "Chile's contract with Spain would not cover any patrol boats."
    assert not [t for t in _transfers(analyzer, text) if t.get("status") == "contracted"]


def test_a_handover_that_took_place_is_a_delivery(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "The handover of the first two K9 howitzers to Peru took place on 3 May.")
    assert (t["supplier"], t["recipient"], t["status"], t["quantity"]) == ("KOR", "PER", "delivered", 2.0)
    assert t["date"] == "2025-05-03"
