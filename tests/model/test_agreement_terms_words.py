"""Agreement terms written in words and place names with particles (issue 13, deliverable 4)."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _agreements(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 3, 1)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "agreement"]


def test_a_duration_in_words_and_a_place_with_a_particle(analyzer) -> None:  # noqa: ANN001
    (f,) = _agreements(
        analyzer, "Brasilia and Beijing signed a ten-year trade agreement in Rio de Janeiro on Monday."
    )
    assert (f["duration_years"], f["place"]) == (10, "Rio de Janeiro")


def test_the_full_stop_is_not_part_of_the_place(analyzer) -> None:  # noqa: ANN001
    (f,) = _agreements(analyzer, "The two governments signed a 15-year gas deal in Baku.")
    assert (f["duration_years"], f["place"]) == (15, "Baku")


def test_an_agreement_keeps_the_name_the_text_gives_it(analyzer) -> None:  # noqa: ANN001
    (f,) = _agreements(
        analyzer, "Tokyo and Manila signed the Reciprocal Access Agreement in Manila on Monday."
    )
    assert f["name"] == "Reciprocal Access Agreement" and f["place"] == "Manila"
    (f,) = _agreements(analyzer, "Lima and Quito signed the Treaty on Border Cooperation in Quito.")
    assert f["name"] == "Treaty on Border Cooperation"
    (f,) = _agreements(analyzer, "The two sides signed a trade agreement in Hanoi.")
    assert f["name"] == "agreement"


def test_a_value_in_another_currency_is_kept_as_stated(analyzer) -> None:  # noqa: ANN001
    (f,) = _agreements(analyzer, "Berlin and Paris signed a €7 billion defence agreement in Paris.")
    assert (f["value"], f["value_currency"], f["value_text"]) == (7e9, "EUR", "€7 billion")
    assert "value_usd" not in f


def test_a_priced_contract_for_weapons_is_an_agreement_record(analyzer) -> None:  # noqa: ANN001
    text = "Morocco signed a $2.4 billion contract for 150 armoured vehicles with Ankara on Monday."
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 3, 1)), text)])
    (ag,) = [c.fields for c in a.claims if c.kind == "agreement"]
    assert ag["parties"] == ["MAR", "TUR"] and ag["action"] == "signed" and ag["value_usd"] == 2.4e9
