"""Weeks named relative to the publication ("last week", "this week", "next week") are dates: no
precision is a week, so each is dated by the month holding most of its days, at month precision."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.lang import load_language
from geowire.nlp.dates import find_dates

EN = load_language("en")


def _dates(text: str, published: dt.date) -> list[tuple[str, dt.date, str]]:
    return [(d.text, d.value, d.precision) for d in find_dates(text, published, lang=EN)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a Wednesday in mid-June: the weeks before, of and after it are all June's
        ("The envoys talked by phone last week.", dt.date(2026, 6, 17), ("last week", dt.date(2026, 6, 1))),
        ("Talks resumed earlier this week.", dt.date(2026, 6, 17), ("this week", dt.date(2026, 6, 1))),
        ("The ministers gather next week.", dt.date(2026, 6, 17), ("next week", dt.date(2026, 6, 1))),
        # Monday 6 July: last week ran 29 June to 5 July, mostly July (its Thursday is 2 July)
        ("A convoy crossed last week.", dt.date(2026, 7, 6), ("last week", dt.date(2026, 7, 1))),
        # Friday 3 July: next week runs 6 to 12 July
        ("A vote is due next week.", dt.date(2026, 7, 3), ("next week", dt.date(2026, 7, 1))),
        # Tuesday 30 June: this week's Thursday is 2 July
        ("Inspectors arrive this week.", dt.date(2026, 6, 30), ("this week", dt.date(2026, 7, 1))),
        # Monday 29 December 2025: last week is December's, next week January 2026's
        ("They met last week.", dt.date(2025, 12, 29), ("last week", dt.date(2025, 12, 1))),
        ("They meet next week.", dt.date(2025, 12, 29), ("next week", dt.date(2026, 1, 1))),
    ],
)
def test_dates_relative_week_is_dated_by_its_month(
    text: str, published: dt.date, expected: tuple[str, dt.date]
) -> None:
    assert _dates(text, published) == [(*expected, "month")]


def test_dates_relative_month_and_year_readings_are_unchanged() -> None:
    p = dt.date(2026, 6, 17)
    assert _dates("It opened earlier this month.", p) == [("this month", dt.date(2026, 6, 1), "month")]
    assert _dates("It opened last month.", p) == [("last month", dt.date(2026, 5, 1), "month")]
    assert _dates("It opens next month.", p) == [("next month", dt.date(2026, 7, 1), "month")]
    assert _dates("It opened last year.", p) == [("last year", dt.date(2025, 1, 1), "year")]


def test_dates_weeks_counted_back_keep_their_day() -> None:
    assert _dates("It opened two weeks ago.", dt.date(2026, 6, 17)) == [
        ("two weeks ago", dt.date(2026, 6, 3), "day")
    ]


def test_dates_relative_week_needs_a_publication_date() -> None:
    assert find_dates("They met last week.", None, lang=EN) == []
