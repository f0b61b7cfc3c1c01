"""A weekday, a month or a day of a month without its year is read back from the publication
date (its value) and forward (its ``ahead``) by the same two readings: "this weekday forward or
back" and "the year of this month (and day) forward or back"."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from geowire.lang import load_language
from geowire.nlp.dates import _weekday_from, _year_of, extract_dates
from geowire.types import Sentence

EN = load_language("en")
NLP = spacy.blank("en")
_YEAR = [dt.date(2027, 1, 1) + dt.timedelta(days=n) for n in range(365)]


@pytest.mark.parametrize("forward", [True, False])
@pytest.mark.parametrize("today", [True, False])
def test_dates_weekday_reading_is_the_nearest_such_day_on_its_side(forward: bool, today: bool) -> None:
    for p in _YEAR:
        for target in range(7):
            day = _weekday_from(p, target, forward=forward, today=today)
            gap = (day - p).days if forward else (p - day).days
            assert day.weekday() == target
            assert (0 if today else 1) <= gap <= (6 if today else 7)


def test_dates_year_reading_forward_and_back_of_a_month() -> None:
    p = dt.date(2027, 5, 14)
    assert [_year_of(p, m, forward=True) for m in (4, 5, 6)] == [2028, 2027, 2027]
    assert [_year_of(p, m, forward=False) for m in (4, 5, 6)] == [2027, 2027, 2026]
    # a day of the month: the day decides within the publication's month
    assert [_year_of(p, 5, d, forward=True) for d in (13, 14, 15)] == [2028, 2027, 2027]
    assert [_year_of(p, 5, d, forward=False) for d in (13, 14, 15)] == [2027, 2027, 2026]
    # shifted a month on: June counts as this year's going back, May no longer going forward
    assert _year_of(p, 6, forward=False, shift=1) == 2027
    assert _year_of(p, 5, forward=True, shift=1) == 2028


def test_dates_year_reading_stays_within_twelve_months() -> None:
    for p in _YEAR[::7]:
        for month in range(1, 13):
            ahead = dt.date(_year_of(p, month, forward=True), month, 1)
            back = dt.date(_year_of(p, month, forward=False), month, 1)
            this_month = p.replace(day=1)
            assert this_month <= ahead < dt.date(this_month.year + 1, this_month.month, 1)
            assert dt.date(this_month.year - 1, this_month.month, 1) < back <= this_month


def _read(text: str, published: dt.date) -> list[tuple[dt.date, dt.date | None]]:
    found = extract_dates(NLP.make_doc(text), published, sentences=[Sentence(0, 0, len(text), text)], lang=EN)
    return [(d.value, d.ahead) for d in found]


@pytest.mark.parametrize(
    ("text", "published", "value", "ahead"),
    [
        # a weekday: the last one (today counts), the next one for "next", the one before for "last"
        ("The convoy left on Tuesday.", dt.date(2027, 6, 8), dt.date(2027, 6, 8), None),
        ("The convoy leaves next Tuesday.", dt.date(2027, 6, 8), dt.date(2027, 6, 15), None),
        ("The convoy left last Tuesday.", dt.date(2027, 6, 8), dt.date(2027, 6, 1), None),
        ("The convoy leaves on Thursday.", dt.date(2027, 6, 8), dt.date(2027, 6, 3), dt.date(2027, 6, 10)),
        # a month: the last one, "next" after this month, "last" always the year before's
        ("The drill ran in June.", dt.date(2027, 6, 8), dt.date(2027, 6, 1), None),
        ("The drill runs next June.", dt.date(2027, 6, 8), dt.date(2028, 6, 1), None),
        ("The drill ran last August.", dt.date(2027, 6, 8), dt.date(2026, 8, 1), None),
        ("The drill runs in August.", dt.date(2027, 6, 8), dt.date(2026, 8, 1), dt.date(2027, 8, 1)),
        # a day of a month: next month's is still this year's, later ones last year's
        ("The envoys meet on 20 July.", dt.date(2027, 6, 8), dt.date(2027, 7, 20), None),
        ("The envoys met on 20 August.", dt.date(2027, 6, 8), dt.date(2026, 8, 20), dt.date(2027, 8, 20)),
        ("The envoys met on 2 June.", dt.date(2027, 6, 8), dt.date(2027, 6, 2), dt.date(2028, 6, 2)),
    ],
)
def test_dates_without_their_year_read_back_and_forward(
    text: str, published: dt.date, value: dt.date, ahead: dt.date | None
) -> None:
    assert _read(text, published) == [(value, ahead)]
