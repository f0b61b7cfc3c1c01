"""Dates out of Python's range are no dates, never an exception (issue 14): a publication date of
0001-01-01 or 9999-12-31 with "last year", "next month", "99999 days ago", weekdays, deixis."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from geowire.coding.coder import _year_fallback
from geowire.lang import load_language
from geowire.nlp.dates import extract_dates, shift_days, year_start
from geowire.types import Sentence

EN = load_language("en")

NLP = spacy.blank("en")
TEXT = (
    "Talks resumed last year and again last month, after a pause that began 99999 days ago, "
    "on Monday, yesterday and tomorrow; more are due next year, next month and next Friday, "
    "and by 2 January as well as in December."
)


@pytest.mark.parametrize("published", [dt.date.min, dt.date.max, dt.date(1, 1, 6), None])
def test_dates_issue14_out_of_range_dates_do_not_raise(published: dt.date | None) -> None:
    doc = NLP.make_doc(TEXT)
    found = extract_dates(doc, published, sentences=[Sentence(0, 0, len(TEXT), TEXT)], lang=EN)
    assert all(dt.date.min <= d.value <= dt.date.max for d in found)
    if published == dt.date.min:
        assert "last year" not in {d.text for d in found}


def test_dates_shift_and_year_start_stay_in_range() -> None:
    assert shift_days(dt.date.min, -7) == dt.date.min
    assert shift_days(dt.date.max, 3) == dt.date.max
    assert shift_days(dt.date(2024, 3, 1), -1) == dt.date(2024, 2, 29)
    assert year_start(0) is None and year_start(10_000) is None
    assert year_start(2020) == dt.date(2020, 1, 1)


def test_coder_issue14_last_year_at_year_one_is_no_date() -> None:
    assert _year_fallback("Exports fell last year.", dt.date(1, 1, 1), EN) is None
    choice = _year_fallback("Exports fell last year.", dt.date(2020, 5, 1), EN)
    assert choice is not None and choice.value == dt.date(2019, 1, 1)


def test_model_context_issue14_dates_compatible_at_the_last_day() -> None:
    from geowire.model.context import dates_compatible

    assert dates_compatible(dt.date.max, "day", dt.date.max, "day", slack_days=3)
    assert not dates_compatible(dt.date(2020, 1, 1), "day", dt.date(2020, 1, 5), "day", slack_days=3)
