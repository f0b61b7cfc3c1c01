"""Issue 13 (dates): the date of a dateline that opens a paragraph is the publication date, not a
date expression of the sentence it heads; the sentence's own weekday or "yesterday" is."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from geowire.lang import load_language
from geowire.nlp.dates import extract_dates
from geowire.types import Sentence

EN = load_language("en")

PUBLISHED = dt.date(2023, 10, 17)  # a Tuesday
NLP = spacy.blank("en")


def _dates(text: str) -> list[tuple[str, dt.date]]:
    doc = NLP.make_doc(text)
    found = extract_dates(doc, PUBLISHED, sentences=[Sentence(0, 0, len(text), text)], lang=EN)
    return [(d.text, d.value) for d in found]


@pytest.mark.parametrize(
    "text",
    [
        "QUITO, 17 October 2023 — Ecuador expelled two diplomats on Sunday.",
        "QUITO, October 17, 2023 (Andes Wire) - Ecuador expelled two diplomats on Sunday.",
        "QUITO, 17 Oct 2023: Ecuador expelled two diplomats on Sunday.",
        "Quito, 2023-10-17 — Ecuador expelled two diplomats on Sunday.",
        "Row\n\nSAN JOSE, Costa Rica (Wire), 17 October 2023 -- Ecuador expelled envoys on Sunday.",
        "QUITO, Tuesday 17 October 2023 — Ecuador expelled two diplomats on Sunday.",
        "QUITO, Tuesday, Oct. 17, 2023, 09:40 GMT — Ecuador expelled two diplomats on Sunday.",
        "QUITO, Oct 17 (Andes Wire) - Ecuador expelled two diplomats on Sunday.",
    ],
)
def test_dates_dateline_date_is_not_a_sentence_date(text: str) -> None:
    assert _dates(text) == [("Sunday", dt.date(2023, 10, 15))]


def test_dates_dateline_keeps_yesterday_resolved_against_publication() -> None:
    text = "QUITO, 17 Oct 2023: Ecuador said yesterday it had expelled two diplomats."
    assert _dates(text) == [("yesterday", dt.date(2023, 10, 16))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ecuador expelled two diplomats on 17 October 2023 — a first.", ("17 October 2023", PUBLISHED)),
        ("Talks in Quito, 17 October 2023 — a long day.", ("17 October 2023", PUBLISHED)),
        ("17 Oct 2023 - 09:30", ("17 Oct 2023", PUBLISHED)),
        ("Quito, 17 October 2023 was the day — a long one.", ("17 October 2023", PUBLISHED)),
    ],
)
def test_dates_body_dates_stay(text: str, expected: tuple[str, dt.date]) -> None:
    assert _dates(text) == [expected]


def test_dates_dateline_only_in_the_first_lines() -> None:
    text = "A\n\nB\n\nC\n\nD\n\nE\n\nQUITO, 17 October 2023 — late copy on Sunday."
    assert ("17 October 2023", PUBLISHED) in _dates(text)
