"""(cx58) An order told with the total it brings the buyer's order to ("ordered ten more …, bringing
its total order for the guns to 28") counts the total, as the corpus annotates an order; a delivery's
batch keeps its own count, and a total of something else ("bringing its total spending to …") is no
count of the system."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 9, 2)


def _counts(analyzer, text: str) -> set[tuple[object, object]]:  # noqa: ANN001
    return {
        (f.get("status"), f.get("quantity"))
        for f in claim_fields(analyzer, text, "transfer", _DAY)
        if "Archer" in str(f.get("system_name"))
    }


def test_cx58_an_order_counts_the_total_it_reaches(analyzer) -> None:  # noqa: ANN001
    text = (
        "Denmark ordered ten more Archer howitzers from Sweden on Monday, bringing its total order for "
        "the guns to 28, the Danish acquisition agency said."
    )
    assert _counts(analyzer, text) == {("ordered", 28.0)}


def test_cx58_a_delivery_keeps_its_batch(analyzer) -> None:  # noqa: ANN001
    text = (
        "Sweden delivered ten more Archer howitzers to Denmark on Monday, bringing the number it has "
        "handed over to 28, the Danish acquisition agency said."
    )
    assert _counts(analyzer, text) == {("delivered", 10.0)}


def test_cx58_a_total_of_something_else_is_no_count(analyzer) -> None:  # noqa: ANN001
    text = (
        "Denmark ordered ten more Archer howitzers from Sweden on Monday, bringing its total spending on "
        "artillery to 900 million crowns, the Danish acquisition agency said."
    )
    assert _counts(analyzer, text) == {("ordered", 10.0)}
