"""Date expressions resolved against the publication date; durations are not dates."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from geowire.lang import load_language
from geowire.nlp.dates import extract_dates
from geowire.types import Sentence

EN = load_language("en")

PUBLISHED = dt.date(2026, 1, 6)  # a Tuesday
NLP = spacy.blank("en")


def _dates(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, dt.date, str, str]]:
    doc = NLP.make_doc(text)
    found = extract_dates(doc, published, sentences=[Sentence(0, 0, len(text), text)], lang=EN)
    for d in found:
        assert text[d.start : d.end] == d.text
    return [(d.text, d.value, d.precision, d.relation) for d in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose last year.", ("last year", dt.date(2025, 1, 1), "year", "on")),
        ("They met on Monday.", ("Monday", dt.date(2026, 1, 5), "day", "on")),
        ("The pact was signed in October 2025.", ("October 2025", dt.date(2025, 10, 1), "month", "on")),
        ("It began on 7 May 2025.", ("7 May 2025", dt.date(2025, 5, 7), "day", "on")),
        ("Trade has grown since 1999.", ("since 1999", dt.date(1999, 1, 1), "year", "since")),
        ("The war began in 2022.", ("2022", dt.date(2022, 1, 1), "year", "on")),
        ("That happened four years ago.", ("four years ago", dt.date(2022, 1, 1), "year", "on")),
        ("The vote is on Jan. 3 in the capital.", ("Jan. 3", dt.date(2026, 1, 3), "day", "on")),
        ("The deal runs until 2041.", ("until 2041", dt.date(2041, 1, 1), "year", "until")),
        ("He left in December.", ("December", dt.date(2025, 12, 1), "month", "on")),
        ("Jan 6, 2026 - 07:03", ("Jan 6, 2026", dt.date(2026, 1, 6), "day", "on")),
        ("The reply came yesterday.", ("yesterday", dt.date(2026, 1, 5), "day", "on")),
    ],
)
def test_dates_resolve_against_publication(text: str, expected: tuple[str, dt.date, str, str]) -> None:
    assert _dates(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "A 15-year agreement was signed.",
        "The war has lasted four years.",
        "It ruled for two decades.",
        "The S-300VM covers 2000 square km.",
    ],
)
def test_dates_durations_are_not_dates(text: str) -> None:
    assert _dates(text) == []


def test_dates_unknown_publication_gives_only_absolute_dates() -> None:
    text = "Last year, on Monday, in October 2025 and since 1999, four years ago."
    assert [d[0] for d in _dates(text, None)] == ["October 2025", "since 1999"]


def test_dates_outside_credits_carry_sentence_index() -> None:
    text = "Talks began in 2020. They resumed in 2024.\nPhoto taken in 2019 | Jane Roe/AFP"
    doc = NLP.make_doc(text)
    sentences = [
        Sentence(0, 0, 20, text[:20]),
        Sentence(1, 21, 42, text[21:42]),
        Sentence(2, 43, len(text), text[43:], block="credit"),
    ]
    found = extract_dates(doc, PUBLISHED, sentences=sentences, lang=EN)
    assert [(d.text, d.sentence) for d in found] == [("2020", 0), ("2024", 1)]
