"""A fleet a country holds now (issue 13) is not dated by a later year another part of the sentence
gives ("flying its jets, with more due in 2028"); a past year still dates it."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _operated(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 1)), text)])
    return [
        dict(c.fields) for c in a.claims if c.kind == "transfer" and c.fields.get("status") == "operated-by"
    ]


def test_a_later_year_of_the_sentence_does_not_date_the_held_fleet(analyzer) -> None:  # noqa: ANN001
    (t,) = _operated(analyzer, "Indonesia is flying its Korean FA-50 jets, with four more due in 2028.")
    assert t.get("date") is None


def test_a_later_year_before_the_holding_does_not_date_it(analyzer) -> None:  # noqa: ANN001
    text = "The new frigates arrive in 2029, which leaves the navy operating its old F-16 fleet until then."
    (t,) = _operated(analyzer, text)
    assert t.get("date") is None


def test_a_past_year_still_dates_the_held_fleet(analyzer) -> None:  # noqa: ANN001
    (t,) = _operated(analyzer, "In 2023 Indonesia was flying its Korean FA-50 jets on patrols.")
    assert t.get("date", "")[:4] == "2023"
