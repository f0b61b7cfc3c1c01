"""Issue 13 (dates): a dateline that opens the first paragraph is read as the publication date."""

import datetime as dt

import pytest

from geowire.ingest.metadata import find_dateline, inline_dateline, resolve_date

D = dt.date


@pytest.mark.parametrize(
    "text",
    [
        "QUITO, 17 October 2023 — Ecuador expelled two diplomats after a row over fishing rights.",
        "QUITO, October 17, 2023 (Andes Wire) - Ecuador expelled two diplomats over fishing rights.",
        "QUITO, 17 Oct 2023: Ecuador expelled two diplomats over a row about fishing rights.",
        "Quito, 2023-10-17 — Ecuador expelled two diplomats over a row about fishing rights.",
        "SAN JOSE, Costa Rica, Oct. 17, 2023 -- Ecuador expelled two diplomats over fishing.",
        "Border row deepens\n\nQUITO (Andes Wire), 17 October 2023 — Ecuador expelled two diplomats.",
        "QUITO, Tuesday 17 October 2023 — Ecuador expelled two diplomats over fishing rights.",
        "QUITO, Tuesday, Oct. 17, 2023, 09:40 GMT — Ecuador expelled two diplomats over fishing.",
    ],
)
def test_metadata_inline_dateline_forms(text: str) -> None:
    assert find_dateline(text) == D(2023, 10, 17)
    assert resolve_date(text, metadata=None, cli=D(2020, 1, 1)) == (D(2023, 10, 17), "dateline")


def test_metadata_inline_dateline_gives_the_date_offsets() -> None:
    line = "QUITO, 17 Oct 2023: Ecuador expelled two diplomats."
    found = inline_dateline(line)
    assert found is not None
    assert line[found[1] : found[2]] == "17 Oct 2023"


@pytest.mark.parametrize(
    "text",
    [
        "QUITO (Andes Wire) — Ecuador expelled two diplomats on 17 October 2023, officials said.",
        "Quito, 17 October 2023, was the day Ecuador expelled two diplomats over fishing rights.",
        "the talks in Quito, 17 October 2023 — a long day of haggling over fishing rights ended.",
    ],
)
def test_metadata_body_date_is_not_an_inline_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_metadata_metadata_date_wins_over_inline_dateline() -> None:
    text = "QUITO, 17 October 2023 — Ecuador expelled two diplomats over fishing rights."
    assert resolve_date(text, metadata=D(2023, 10, 18), cli=None) == (D(2023, 10, 18), "metadata")
