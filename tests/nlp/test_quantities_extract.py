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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("they sent four howitzers", ("four howitzers", 4.0, "howitzers", None)),
        ("Thirteen vessels sailed", ("Thirteen vessels", 13.0, "vessels", None)),
        ("forty-eight tanks rolled in", ("forty-eight tanks", 48.0, "tanks", None)),
        ("Seoul sold two dozen howitzers", ("two dozen howitzers", 24.0, "howitzers", None)),
        ("Five hundred soldiers arrived", ("Five hundred soldiers", 500.0, "soldiers", None)),
        ("one hundred and twenty trucks left", ("one hundred and twenty trucks", 120.0, "trucks", None)),
        ("three thousand rifles were seized", ("three thousand rifles", 3000.0, "rifles", None)),
        ("it bought a dozen drones", ("a dozen drones", 12.0, "drones", None)),
        ("a hundred tanks", ("a hundred tanks", 100.0, "tanks", None)),
        ("some two dozen jets", ("some two dozen jets", 24.0, "jets", "about")),
        ("more than a thousand mines", ("more than a thousand mines", 1000.0, "mines", "more-than")),
        ("two billion dollars in aid", ("two billion dollars", 2e9, "USD", None)),
        ("growth of five per cent", ("five per cent", 5.0, "%", None)),
    ],
)
def test_quantities_figures_in_words_issue_13(
    text: str, expected: tuple[str, float, str, str | None]
) -> None:
    assert _quantities(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("several dozen instructors", ("several dozen instructors", 36.0, "instructors", "about")),
        ("dozens of drones", ("dozens of drones", 24.0, "drones", "about")),
        ("hundreds of troops", ("hundreds of troops", 200.0, "troops", "about")),
        ("tens of thousands of people", ("tens of thousands of people", 20000.0, "people", "about")),
        ("a few hundred marines", ("a few hundred marines", 300.0, "marines", "about")),
        ("at least hundreds of troops", ("at least hundreds of troops", 200.0, "troops", "more-than")),
    ],
)
def test_quantities_vague_figures_are_approximate_issue_13(
    text: str, expected: tuple[str, float, str, str | None]
) -> None:
    assert _quantities(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "one of the largest producers",  # a lone "one" never counts
        "they signed a deal",  # nor does an article
        "one soldier was hurt",
        "the two sides met",  # a reference, not a count
        "its three neighbours",
        "a one-year extension and a two-day visit",  # hyphenated modifiers
        "a hundred-year-old treaty",
        "two of the ships",  # no counted noun after a lone spelled figure
        "the Group of Seven",
        "at ten a.m.",
        "in 2024 the F-16 flew",
    ],
)
def test_quantities_words_that_count_nothing_issue_13(text: str) -> None:
    assert _quantities(text) == []


def test_quantities_digits_and_words_in_one_sentence_issue_13() -> None:
    got = _quantities("It sent 40 tanks, two dozen howitzers and about 3,000 troops.")
    assert [(t, v) for t, v, _u, _q in got] == [
        ("40 tanks", 40.0),
        ("two dozen howitzers", 24.0),
        ("about 3,000 troops", 3000.0),
    ]
