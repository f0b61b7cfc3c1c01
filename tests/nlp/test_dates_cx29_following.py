"""(cx29) "the following spring", "later that year", "that same month" count from the date said
before them in their sentence, as "a year later" does; alone they name no date."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.lang import load_language
from geowire.nlp.dates import find_dates

EN = load_language("en")
PUBLISHED = dt.date(2026, 2, 10)


def _last(text: str) -> tuple[str, dt.date, str] | None:
    found = [(d.text, d.value, d.precision) for d in find_dates(text, PUBLISHED, lang=EN)]
    return found[-1] if found else None


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Peru signed in August 2021 and got the boats the following spring.", dt.date(2022, 1, 1), "year"),
        ("Peru signed in February 2021 and got the boats the following summer.", dt.date(2021, 1, 1), "year"),
        ("Peru signed in 2019 and got the boats the following autumn.", dt.date(2020, 1, 1), "year"),
        ("The frigate was ordered in May 2018, and it sailed later that year.", dt.date(2018, 1, 1), "year"),
        ("Oman bought radars in 2016 and that same year it sold its old guns.", dt.date(2016, 1, 1), "year"),
        (
            "The deal was signed on 3 June 2020, and the first jet flew the following month.",
            dt.date(2020, 7, 1),
            "month",
        ),
        ("The deal was signed in 2020 and work began the following year.", dt.date(2021, 1, 1), "year"),
    ],
)
def test_dates_cx29_counted_from_the_date_before(text: str, value: dt.date, precision: str) -> None:
    last = _last(text)
    assert last is not None
    assert last[1:] == (value, precision)


@pytest.mark.parametrize(
    "text",
    [
        "The following year will be hard for the navy.",
        "Later that year the talks collapsed.",
        "The boats came the following spring.",
    ],
)
def test_dates_cx29_no_date_before_names_none(text: str) -> None:
    assert _last(text) is None


def test_dates_cx29_a_month_step_needs_a_month_before() -> None:
    # "in 2019 … the following month": a year says no month to count from
    assert _last("Ghana ordered in 2019 and paid the following month.") == (
        "2019",
        dt.date(2019, 1, 1),
        "year",
    )
