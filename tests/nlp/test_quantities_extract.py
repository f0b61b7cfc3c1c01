"""Quantities: value, unit and qualifier."""

from __future__ import annotations

import pytest
import spacy

from geowire.lang import load_language
from geowire.nlp.quantities import extract_quantities
from geowire.types import Sentence

EN = load_language("en")

NLP = spacy.blank("en")


def _quantities(text: str) -> list[tuple[str, float, str | None, str | None]]:
    doc = NLP.make_doc(text)
    found = extract_quantities(doc, sentences=[Sentence(0, 0, len(text), text)], lang=EN)
    for q in found:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.value, q.unit, q.qualifier) for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a deal worth $616 million was signed", ("$616 million", 616e6, "USD", None)),
        ("it deployed around 5,000 missiles", ("around 5,000 missiles", 5000.0, "missiles", "about")),
        ("ranges of up to 250 kilometres", ("up to 250 kilometres", 250.0, "km", "up-to")),
        (
            "with more than 1.2 million followers",
            ("more than 1.2 million followers", 1.2e6, "followers", "more-than"),
        ),
        ("a loan of $1.2bn", ("$1.2bn", 1.2e9, "USD", None)),
        ("arms worth over $20 billion", ("over $20 billion", 20e9, "USD", "more-than")),
        ("some 120 instructors arrived", ("some 120 instructors", 120.0, "instructors", "about")),
        ("inflation hit 12.5%", ("12.5%", 12.5, "%", None)),
        ("a fine of 3 million euros", ("3 million euros", 3e6, "EUR", None)),
    ],
)
def test_quantities_value_unit_qualifier(text: str, expected: tuple[str, float, str, str | None]) -> None:
    assert _quantities(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["the S-300VM and the Il-76 and an F-16", "in 2023", "at 07:03", "the 19th century", "a 15-year deal"],
)
def test_quantities_designations_years_times_are_not_quantities(text: str) -> None:
    assert _quantities(text) == []


@pytest.mark.parametrize("text", ["on Jan 6, 2026 they met", "signed on 7 May 2025", "the 3rd of March"])
def test_quantities_days_of_dates_are_not_quantities(text: str) -> None:
    assert _quantities(text) == []
