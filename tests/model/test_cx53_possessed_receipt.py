"""(cx53) "Latvia took delivery of its first four HIMARS": the possessive pronoun's antecedent is the
buyer that receives them, not their source, so the listed system's maker still supplies them. A
seller's own goods ("Norway sold its CV90s to Estonia") keep the possessor as supplier."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import transfer_rows

_DAY = dt.date(2025, 9, 3)


def test_cx53_its_own_new_systems_come_from_the_maker(analyzer) -> None:  # noqa: ANN001
    text = "Lithuania took delivery of its first six HIMARS in March 2024."
    assert transfer_rows(analyzer, text, _DAY) == [("USA", "LTU", 6.0, "delivered")]


def test_cx53_a_sellers_own_systems_are_its_to_sell(analyzer) -> None:  # noqa: ANN001
    # counter-example: the possessor sells
    text = "Norway sold its CV90s to Lithuania in 2024."
    assert transfer_rows(analyzer, text, _DAY) == [("NOR", "LTU", None, "delivered")]
