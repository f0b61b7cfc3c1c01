"""'already / still / now has' marks a system held only when "has" is the verb of possession: not an
auxiliary ("has not taken delivery", "has to pay", "has been"), not a holder of a permission ("now
has permission to buy") and not a holder of an order ("has 30 jets on order")."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _statuses(analyzer, text: str) -> list[object]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2026, 3, 11)), text)])
    return [c.fields.get("status") for c in a.claims if c.kind == "transfer"]


@pytest.mark.parametrize(
    "text",
    [
        "Peru still has not taken delivery of the frigates it bought from South Korea.",
        "Egypt now has 30 Rafale jets on order from France.",
        "Vietnam now has permission to buy 12 patrol boats from Japan.",
        "Chile still has to pay Spain for the submarines it ordered.",
        "Ghana already has been cleared to buy eight trainer jets from Brazil.",
    ],
)
def test_has_that_is_no_possession_is_not_operated_by(analyzer, text: str) -> None:  # noqa: ANN001
    assert "operated-by" not in _statuses(analyzer, text)


def test_has_as_possession_is_still_operated_by(analyzer) -> None:  # noqa: ANN001
    assert _statuses(analyzer, "Morocco already has 24 Apache helicopters from the United States.") == [
        "operated-by"
    ]
