"""A coded event's hypothetical modality belongs to the clause of its trigger (issue 13): "Chile flies
F-16s bought from the Netherlands, and Peru is weighing an offer of …" holds the F-16s; only the later
clause's jets are offered."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _legs(analyzer, text: str) -> dict[tuple[object, object], object]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 1)), text)])
    return {
        (c.fields["supplier"], c.fields["recipient"]): c.fields["status"]
        for c in a.claims
        if c.kind == "transfer"
    }


def test_an_offer_in_a_later_clause_leaves_the_held_fleet_operated(analyzer) -> None:  # noqa: ANN001
    text = (
        "Colombia already operates Kfir fighters supplied by Israel, "
        "and Ecuador is weighing an offer of FA-50 jets from South Korea."
    )
    legs = _legs(analyzer, text)
    assert legs.get(("ISR", "COL")) == "operated-by"
    assert legs.get(("KOR", "ECU")) == "offered"


def test_an_offer_in_the_same_clause_still_makes_an_offer(analyzer) -> None:  # noqa: ANN001
    text = "Ecuador is weighing an offer of FA-50 jets from South Korea."
    assert _legs(analyzer, text).get(("KOR", "ECU")) == "offered"
