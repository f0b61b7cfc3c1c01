"""(cx60) Two counts of one arrival, one dated by a part of its month ("in the second half of
December", part 91): the date is the month, not the dateline's day, so the counts are compared.
Sentences written for these tests."""

from __future__ import annotations

from tests.model.helpers import contradiction_pairs

_FIRST = (
    "a",
    "2025-01-06",
    "NAIROBI, 6 January 2025 — Some 2,400 Kenyan soldiers have landed in Haiti since mid-December, "
    "Haiti's government said on Monday.",
)


def test_cx60_an_arrival_in_a_part_of_the_month_is_compared() -> None:
    later = (
        "b",
        "2025-01-09",
        "NEW YORK, 9 January 2025 — About 1,200 Kenyan soldiers reached Haiti in the second half of "
        "December, according to a United Nations official.",
    )
    assert ("a", "b", "personnel") in contradiction_pairs([_FIRST, later])


def test_cx60_an_arrival_in_another_month_part_is_not() -> None:
    later = (
        "b",
        "2025-03-09",
        "NEW YORK, 9 March 2025 — About 1,200 more Kenyan soldiers reached Haiti in the second half of "
        "February, according to a United Nations official.",
    )
    assert ("a", "b", "personnel") not in contradiction_pairs([_FIRST, later])
