"""A date is read within one line and one sentence: a month never takes its day from the number
that opens the next paragraph, list item or heading."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.lang import load_language
from geowire.nlp.dates import find_dates

EN = load_language("en")
PUBLISHED = dt.date(2026, 1, 6)


def _read(text: str) -> list[tuple[str, dt.date, str]]:
    return [(d.text, d.value, d.precision) for d in find_dates(text, PUBLISHED, lang=EN)]


@pytest.mark.parametrize(
    "text",
    [
        "The lorries should reach the border in October.\n\n4. Fuel supplies\nStocks are low.",
        "Trials should end in October.\n\n4 engineers joined the team.",
        "Work resumed in October\n4 cranes were moved to the port.",
        "Plans in October\n\n4 Supply routes",
        "The convoy left in October.\r\n\r\n4. Next steps",
    ],
)
def test_a_month_keeps_no_day_from_the_next_line(text: str) -> None:
    assert _read(text) == [("October", dt.date(2025, 10, 1), "month")]


@pytest.mark.parametrize(
    "text",
    ["Talks broke down in October. 4 delegates walked out.", "They sailed in May. 9 crew stayed."],
)
def test_a_full_month_name_ending_a_sentence_keeps_no_day(text: str) -> None:
    ((said, _value, precision),) = _read(text)
    assert precision == "month"
    assert said in {"October", "May"}


def test_a_number_ending_a_paragraph_is_no_day_of_the_next_ones_month() -> None:
    assert _read("The count stood at 12\n\nOctober was calmer.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ship docked on 4 October.", ("4 October", dt.date(2025, 10, 4), "day")),
        ("The ship docked on October 4, 2024.", ("October 4, 2024", dt.date(2024, 10, 4), "day")),
        ("Drills ran on 4-5 October.", ("5 October", dt.date(2025, 10, 5), "day")),
        ("The vote is on Oct. 4 in the capital.", ("Oct. 4", dt.date(2025, 10, 4), "day")),
        ("The envoy arrives Sept. 12 for talks.", ("Sept. 12", dt.date(2025, 9, 12), "day")),
        ("It was signed in October 2024.", ("October 2024", dt.date(2024, 10, 1), "month")),
    ],
)
def test_dates_within_a_line_read_as_before(text: str, expected: tuple[str, dt.date, str]) -> None:
    assert _read(text) == [expected]


def test_a_dateline_is_still_left_out_and_the_body_read() -> None:
    text = "VALLETTA, 9 April 2024 — The frigate left port on 8 April.\n\nIt returns in May."
    assert [said for said, _v, _p in _read(text)] == ["8 April", "May"]
