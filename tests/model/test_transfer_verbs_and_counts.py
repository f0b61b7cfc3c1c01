"""Transfer shapes read from the clause (issue 13): "handed N … to", a system that leaves for a
place, a delivery described before the verb that says it is now in use, a count in words that
opens the sentence, a qualifier before a figure in words, and a denial dated by its own clause."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields

from geowire.lang import load_language
from geowire.model.context import quantity_interval
from geowire.model.lexicon import model_lexicon

pytestmark = pytest.mark.model


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    return claim_fields(analyzer, text, "transfer", dt.date(2025, 6, 4))


@pytest.mark.parametrize(("figure", "value"), [("14", 14.0), ("eleven", 11.0)])
def test_transfer_handed_a_count_to_a_country_is_a_delivery(analyzer, figure: str, value: float) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, f"Spain handed {figure} Leopard tanks to Ukraine in February.")
    assert (t["supplier"], t["recipient"], t["status"], t["quantity"]) == ("ESP", "UKR", "delivered", value)


def test_transfer_a_system_that_left_for_a_country_goes_to_it(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Ten Leopard tanks left for Chile on Friday, Germany's army said.")
    assert (t["supplier"], t["recipient"], t["status"], t["quantity"]) == ("DEU", "CHL", "delivered", 10.0)


def test_transfer_delivered_by_a_supplier_and_now_in_use_is_a_delivery(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Nine K9 howitzers delivered by South Korea in May now fire from Tapa.")
    assert (t["supplier"], t["status"], t["quantity"]) == ("KOR", "delivered", 9.0)


def test_transfer_an_operated_system_described_after_the_verb_stays_operated(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(
        analyzer, "Chile now operates the Leopard 2, supplied by Germany, on its northern border."
    )
    assert t["status"] == "operated-by"


def test_transfer_a_count_in_words_opening_the_sentence_is_the_quantity(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Eighteen armoured vehicles were sold to Senegal by France in March.")
    assert (t["supplier"], t["recipient"], t["quantity"]) == ("FRA", "SEN", 18.0)
    assert "Eighteen" not in str(t["system_name"])


def test_transfer_a_qualifier_before_a_figure_in_words(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Roughly a dozen Leopard tanks were sold to Chile by Germany.")
    assert (t["quantity"], t["quantity_qualifier"]) == (12.0, "roughly")


def test_transfer_a_denial_is_not_dated_by_the_order_it_mentions(analyzer) -> None:  # noqa: ANN001
    # the dated order its relative clause reports is a record of its own (tests/model/test_tx7_*)
    text = "Brazil has not received the Gripen fighters it ordered in 2014, Brasília said."
    (t,) = [t for t in _transfers(analyzer, text) if t.get("negated")]
    assert (t["recipient"], t["status"], t.get("negated")) == ("BRA", "delivered", True)
    assert "date" not in t


def test_transfer_a_vague_plural_compares_as_a_range() -> None:
    figures = model_lexicon(load_language("en")).figures
    assert quantity_interval(24.0, "about", "dozens", figures=figures) == (24, 99)


@pytest.mark.parametrize(("share", "total"), [("thirty-two", "sixty-four"), ("8", "36")])
def test_transfer_a_share_of_a_total_is_a_part_delivered_and_the_order(
    analyzer, share: str, total: str
) -> None:  # noqa: ANN001
    ts = _transfers(
        analyzer, f"Norway has received {share} of the {total} Leopard tanks it ordered from Germany."
    )
    got = {(t["status"], t["quantity"], bool(t.get("quantity_partial"))) for t in ts}
    values = {"thirty-two": 32.0, "sixty-four": 64.0, "8": 8.0, "36": 36.0}
    assert got == {("delivered", values[share], True), ("ordered", values[total], False)}
    assert {(t["supplier"], t["recipient"]) for t in ts} == {("DEU", "NOR")}
