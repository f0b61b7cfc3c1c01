"""A signing place told through its country's possessive (issue 13, helper ``cx13``): "in Zambia's
copper capital" names no place, so it cannot dispute "in Kitwe"; a place named outright stays."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _agreement(analyzer, text: str) -> dict[str, object]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 5, 20)), text)])
    (c,) = [dict(c.fields) for c in a.claims if c.kind == "agreement"]
    return c


def test_cx13_a_country_possessive_is_no_signing_place(analyzer) -> None:  # noqa: ANN001
    c = _agreement(
        analyzer, "Malawi and Zambia signed a border agreement in Zambia's copper capital on 2 May."
    )
    assert c.get("place") is None and c["action"] == "signed"


def test_cx13_a_place_named_outright_stays_the_signing_place(analyzer) -> None:  # noqa: ANN001
    c = _agreement(analyzer, "Malawi and Zambia signed a border agreement in Kitwe on 2 May.")
    assert c.get("place") == "Kitwe"
