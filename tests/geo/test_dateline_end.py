"""Where an opening dateline stands (issue 11: the names of a dateline place the article and are no
party of its events): a line that opens with a place name in capitals, maybe a capitalised
qualifier or date and an agency in brackets, up to its dash. Texts written for these tests."""

from __future__ import annotations

import pytest

from geowire.geo.resolve import Geography, dateline_span, geography
from geowire.lang import load_language


@pytest.fixture(scope="module")
def geo() -> Geography:
    return geography(load_language("en"))


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("LIMA, Peru — Chile and Bolivia met on Friday.", "LIMA, Peru —"),
        ("OSLO, 3 May 2025 (Wire) - Norway said …", "OSLO, 3 May 2025 (Wire) - "),
        ("Talks resume\nQUITO — Ecuador proposed …", "QUITO —"),  # the headline above is no part of it
        ("UNITED NATIONS (Wire) — Peru abstained.", "UNITED NATIONS (Wire) —"),  # no place, an agency
    ],
)
def test_the_dateline_runs_from_its_name_to_the_dash(geo: Geography, text: str, dateline: str) -> None:
    span = dateline_span(geo, text)
    assert span is not None and text[span[0] : span[1]] == dateline


@pytest.mark.parametrize(
    "text",
    [
        "NATO, the EU and the UN met in Riga - officials said.",  # words in lower case: a sentence
        "Chile and Bolivia met on Friday — a first in years.",  # no name in capitals opens it
        "Chile and Bolivia met on Friday.\n" + "x" * 500 + "\nLIMA — late dateline",  # too far in
    ],
)
def test_no_dateline(geo: Geography, text: str) -> None:
    assert dateline_span(geo, text) is None
