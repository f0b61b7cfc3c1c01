"""(cx44) ", yet" joins two clauses as ", but" does, so a nominal order ("Its order of 12 K9 howitzers
from South Korea, placed in 2023, …") keeps its own step beside a later clause's denial; and a denied
delivery that names no recipient ("has not delivered the last three guns") takes the recipient the
article gives the same supplier's same system (``extract._denials_of_filled``)."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 6, 1)
_TEXT = (
    "Estonia's army is growing fast. Its order of 12 K9 howitzers from South Korea, placed in 2023, "
    "is almost complete, yet South Korea has not delivered the last three guns."
)


def _rows(analyzer, text: str) -> set[tuple[object, ...]]:  # noqa: ANN001
    return {
        (f.get("supplier"), f.get("recipient"), f.get("quantity"), f.get("status"), bool(f.get("negated")))
        for f in claim_fields(analyzer, text, "transfer", _DAY)
    }


def test_cx44_the_order_before_yet_keeps_its_step(analyzer) -> None:  # noqa: ANN001
    assert ("KOR", "EST", 12.0, "ordered", False) in _rows(analyzer, _TEXT)


def test_cx44_the_part_denial_takes_the_orders_recipient(analyzer) -> None:  # noqa: ANN001
    assert ("KOR", "EST", 3.0, "delivered", True) in _rows(analyzer, _TEXT)


def test_cx44_a_denial_to_no_one_is_still_dropped(analyzer) -> None:  # noqa: ANN001
    text = (
        "Estonia's army is growing fast. South Korea has yet to deliver any more guns to a foreign customer."
    )
    assert not any(r[4] for r in _rows(analyzer, text))


def test_cx44_a_part_denial_denies_no_whole_order(analyzer) -> None:  # noqa: ANN001
    assert not any(r[2] == 12.0 and r[4] for r in _rows(analyzer, _TEXT))


def test_cx44_an_unfulfilled_order_is_still_a_denied_delivery(analyzer) -> None:  # noqa: ANN001
    text = "Estonia ordered 12 K9 howitzers from South Korea in 2023, but the order has not been fulfilled."
    assert ("KOR", "EST", 12.0, "delivered", True) in _rows(analyzer, text)
