"""Words after the clause that reports a transfer (", the ministry said, citing …") give the
report's reason: they set no status of the act (issue 13)."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _sides(analyzer, text: str) -> set[tuple[object, object, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 1)), text)])
    return {
        (c.fields["supplier"], c.fields["recipient"], c.fields["status"])
        for c in a.claims
        if c.kind == "transfer"
    }


def test_report_tail_a_reason_naming_crews_leaves_a_delivery_delivered(analyzer) -> None:  # noqa: ANN001
    text = (
        "Norway delivered six patrol boats to Tanzania in April, the coast guard said, citing crews "
        "trained abroad."
    )
    assert _sides(analyzer, text) == {("NOR", "TZA", "delivered")}


def test_report_tail_a_reason_after_according_to_sets_no_status(analyzer) -> None:  # noqa: ANN001
    text = (
        "Peru's first KAI trainers from South Korea will not arrive until 2027, according to the "
        "Peruvian air force, citing slow training of its crews."
    )
    assert _sides(analyzer, text) == {("KOR", "PER", "planned")}


def test_report_tail_a_country_in_the_reason_is_no_supplier(analyzer) -> None:  # noqa: ANN001
    text = (
        "Ghana has received six Kirpi armoured vehicles, the army said on Tuesday, dismissing claims "
        "from Pretoria."
    )
    assert not any(supplier == "ZAF" for supplier, _r, _s in _sides(analyzer, text))


def test_report_tail_a_that_clause_after_the_report_states_an_act_of_its_own(analyzer) -> None:  # noqa: ANN001
    text = (
        "Italy handed over two helicopters to Tunisia last month, the embassy said, adding that Tunisia "
        "had ordered them in 2022."
    )
    assert ("ITA", "TUN", "delivered") in _sides(analyzer, text)
    assert ("ITA", "TUN", "ordered") in _sides(analyzer, text)


def test_report_tail_without_a_report_the_sentence_reads_as_before(analyzer) -> None:  # noqa: ANN001
    text = "Norway delivered six patrol boats to Tanzania in April, the coast guard said."
    assert _sides(analyzer, text) == {("NOR", "TZA", "delivered")}
