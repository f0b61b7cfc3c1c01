"""A weekday, a month or a day without its year is read as the last one (what reports mostly
mean) and also forward (``DateExpr.ahead``): the date of a planned act ("will visit on Monday")."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from geowire.lang import load_language
from geowire.nlp.dates import extract_dates
from geowire.types import Sentence

EN = load_language("en")
PUBLISHED = dt.date(2025, 1, 22)  # a Wednesday
NLP = spacy.blank("en")


def _read(text: str) -> list[tuple[str, dt.date, dt.date | None]]:
    doc = NLP.make_doc(text)
    found = extract_dates(doc, PUBLISHED, sentences=[Sentence(0, 0, len(text), text)], lang=EN)
    return [(d.text, d.value, d.ahead) for d in found]


@pytest.mark.parametrize(
    ("text", "last", "ahead"),
    [
        ("The envoy arrives on Monday.", dt.date(2025, 1, 20), dt.date(2025, 1, 27)),
        ("The battalion moves in March.", dt.date(2024, 3, 1), dt.date(2025, 3, 1)),
        ("Talks resume on 3 March.", dt.date(2024, 3, 3), dt.date(2025, 3, 3)),
        ("Talks resume on 10 January.", dt.date(2025, 1, 10), dt.date(2026, 1, 10)),
    ],
)
def test_a_date_without_its_year_is_also_read_forward(text: str, last: dt.date, ahead: dt.date) -> None:
    ((_, value, forward),) = _read(text)
    assert (value, forward) == (last, ahead)


@pytest.mark.parametrize(
    "text",
    ["The envoy arrived last Monday.", "The envoy arrives on Wednesday.", "It was signed in March 2023."],
)
def test_a_date_the_text_places_or_that_is_the_same_both_ways_has_no_forward_reading(text: str) -> None:
    assert all(forward is None for _, _, forward in _read(text))
