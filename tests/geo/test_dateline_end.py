"""Where an opening dateline ends (issue 11: the names of a dateline place the article and are no
party of its events): a line that opens with a name in capitals, maybe a capitalised qualifier or
date and an agency in brackets, up to its dash. Texts written for these tests."""

from __future__ import annotations

import pytest

from geowire.geo.resolve import dateline_end


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("LIMA, Peru — Chile and Bolivia met on Friday.", "LIMA, Peru —"),
        ("OSLO, 3 May 2025 (Wire) - Norway said …", "OSLO, 3 May 2025 (Wire) - "),
        ("Talks resume\nQUITO — Ecuador proposed …", "Talks resume\nQUITO —"),
    ],
)
def test_dateline_end_after_the_dash(text: str, dateline: str) -> None:
    assert text[: dateline_end(text)] == dateline


@pytest.mark.parametrize(
    "text",
    [
        "NATO, the EU and the UN met in Riga - officials said.",  # words in lower case: a sentence
        "Chile and Bolivia met on Friday — a first in years.",  # no name in capitals opens it
        "Chile and Bolivia met on Friday.\n" + "x" * 500 + "\nLIMA — late dateline",  # too far in
    ],
)
def test_dateline_end_none(text: str) -> None:
    assert dateline_end(text) == 0
