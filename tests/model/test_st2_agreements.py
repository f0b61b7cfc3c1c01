"""Agreements on fresh text (issue 13, helper ``st2``): a signing place must name a place; a
nation's adjective after "in" ("in Danish service", "built in Spanish yards") names none."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _agreements(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 2)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "Norway signed a contract with Spain for three corvettes to be built in Spanish yards.",
        "Norway signed a contract on Monday for three corvettes now in Danish service.",
    ],
)
def test_st2_a_nation_adjective_is_no_signing_place(analyzer, text: str) -> None:  # noqa: ANN001
    (found,) = _agreements(analyzer, text)
    assert found["action"] == "signed"
    assert "place" not in found


def test_st2_a_named_city_stays_the_signing_place(analyzer) -> None:  # noqa: ANN001
    (found,) = _agreements(analyzer, "Norway and Spain signed a defence pact in Madrid on Monday.")
    assert found["place"] == "Madrid"
