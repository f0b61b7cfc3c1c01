"""An object pronoun after a supply verb (issue 13): "…, which sold them to Chile" names the system the
article named before, in a transfer that shares a party with it."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 1)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "transfer"]


def test_a_pronoun_object_names_the_earlier_system(analyzer) -> None:  # noqa: ANN001
    text = (
        "Peru took delivery of 10 Leopard 2A4 tanks from Chile this year. "
        "The tanks first served with the Dutch army, which sold them to Chile in 2019."
    )
    legs = {(t["supplier"], t["recipient"]): t for t in _transfers(analyzer, text)}
    earlier = legs[("NLD", "CHL")]
    assert earlier["system"] == legs[("CHL", "PER")]["system"]
    assert (earlier["status"], str(earlier["date"])[:4]) == ("delivered", "2019")


def test_a_pronoun_object_with_nothing_named_before_is_no_transfer(analyzer) -> None:  # noqa: ANN001
    assert not _transfers(analyzer, "The Dutch army sold them to Chile in 2019.")


def test_people_sent_on_are_no_transfer_of_the_article_system(analyzer) -> None:  # noqa: ANN001
    text = "Peru bought 10 Leopard 2A4 tanks from Chile. Brazil trained 300 soldiers and sent them to Haiti."
    assert [(t["supplier"], t["recipient"]) for t in _transfers(analyzer, text)] == [("CHL", "PER")]
