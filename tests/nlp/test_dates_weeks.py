"""Weeks named relative to the publication ("last week", "this week", "next week") are dates: no
precision is a week, so each is dated at month precision: "this week" by the publication's month (a
report never dates its own week after itself), "last week" by the month of the day a week before the
publication and "next week" by that of the day a week after."""

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
        # Monday 6 July: seven days before is 29 June, so last week is June's
        ("A convoy crossed last week.", dt.date(2026, 7, 6), ("last week", dt.date(2026, 6, 1))),
        # Friday 3 July: seven days on is 10 July
        ("A vote is due next week.", dt.date(2026, 7, 3), ("next week", dt.date(2026, 7, 1))),
        # Tuesday 30 June: this week is the publication's month, though most of the week is July
        ("Inspectors arrive this week.", dt.date(2026, 6, 30), ("this week", dt.date(2026, 6, 1))),
        # Wednesday 30 September: what happened earlier this week is not dated after publication
        (
            "The two navies drilled together earlier this week.",
            dt.date(2026, 9, 30),
            ("this week", dt.date(2026, 9, 1)),
        ),
        # Thursday 3 September: seven days back is 27 August
        ("The frigate docked last week.", dt.date(2026, 9, 3), ("last week", dt.date(2026, 8, 1))),
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
