"""(cx60) A part of a month names the month: "in the second half of December", "at the start of
May", "in the middle of March" (a deployment in part 91 was dated by its dateline instead, so two
counts of one arrival stood apart). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.lang import load_language
from geowire.nlp.dates import find_dates

EN = load_language("en")
JANUARY = dt.date(2025, 1, 15)


def _found(text: str) -> list[tuple[str, dt.date, str]]:
    return [(d.text, d.value, d.precision) for d in find_dates(text, JANUARY, lang=EN)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The frigate sailed in the second half of December.", ("December", dt.date(2024, 12, 1), "month")),
        ("The drills began at the start of October.", ("October", dt.date(2024, 10, 1), "month")),
        ("Talks resumed in the middle of November 2023.", ("November 2023", dt.date(2023, 11, 1), "month")),
        ("The guns arrived in the first half of September.", ("September", dt.date(2024, 9, 1), "month")),
    ],
)  # fmt: skip
def test_cx60_a_part_of_a_month_is_the_month(text: str, expected: tuple[object, ...]) -> None:
    assert _found(text) == [expected]


def test_cx60_a_part_of_something_else_is_no_date() -> None:
    assert _found("The striker scored in the second half of the match.") == []
