"""Datelines whose name is no town the gazetteer knows (issue 13, deliverable 6): an organisation's
or an institution's name in capitals of several words ("UNITED NATIONS —") is a dateline, and so is
a country's two-letter short name with a date or an agency before its dash ("UK, 2 May —", "US
(Agency) —"), never bare, as a headline's "US – Peru" may open the text; an acronym in capitals alone
("NATO –") still needs the gazetteer or an agency.  One pattern gives both the dateline's place
and its span up to the dash.  Texts written for these tests."""

from __future__ import annotations

import pytest

from geowire.geo.resolve import Geography, dateline_place, dateline_span, geography
from geowire.lang import load_language


@pytest.fixture(scope="module")
def geo() -> Geography:
    return geography(load_language("en"))


@pytest.mark.parametrize(
    ("text", "dateline", "sure"),
    [
        ("UNITED NATIONS — Chile abstained in the vote.", "UNITED NATIONS —", True),
        ("AFRICAN UNION, 3 May 2026 — Ghana chaired the session.", "AFRICAN UNION, 3 May 2026 —", True),
        ("US (Courier) — Canada recalled its envoy.", "US (Courier) —", True),
        ("UK, 9 June 2026 — Norway recalled its envoy.", "UK, 9 June 2026 —", False),  # a known country
    ],
)
def test_dateline_of_an_institution_or_a_short_country_name(
    geo: Geography, text: str, dateline: str, sure: bool
) -> None:
    span = dateline_span(geo, text)
    assert span is not None and text[span[0] : span[1]] == dateline
    assert span[2] is sure  # a dateline whatever its name stands for (several words, an agency)


@pytest.mark.parametrize(
    "text",
    [
        "EU – Chile talks open in Santiago.",  # two letters that are no country
        "US, Canada and Chile met in Ottawa - officials said.",  # lower case after the names: a sentence
        "US - Peru copper tariffs were lifted on Friday.",  # two parties of a headline, no date nor agency
        "UK – Iceland whaling quotas stay in dispute.",
        "UK — Norway recalled its envoy.",  # a bare short name and the line goes on
    ],
)
def test_no_dateline_from_two_letters(geo: Geography, text: str) -> None:
    assert dateline_span(geo, text) is None


def test_dateline_an_acronym_alone_is_not_sure(geo: Geography) -> None:
    found = dateline_span(geo, "NATO – Its envoys met in Riga on Monday.")
    assert found is None or not found[2]  # the coder asks the actor stage whether it names an organisation


def test_dateline_place_of_a_country_short_name(geo: Geography) -> None:
    place = dateline_place(geo, "US (Courier) — Canada recalled its envoy.")
    assert place is not None and place.country == "USA" and place.kind == "country"
    assert dateline_place(geo, "US, Canada and Chile met in Ottawa on Friday.") is None
    assert dateline_place(geo, "EU — Chile and Peru signed a pact.") is None  # no town of that name
    assert dateline_place(geo, "UK – Iceland whaling quotas stay in dispute.") is None  # a headline


def test_dateline_place_and_span_from_one_line(geo: Geography) -> None:
    text = "TRIPOLI, Libya, 4 May 2026 (Courier) — Talks resumed."
    place = dateline_place(geo, text)
    span = dateline_span(geo, text)
    assert place is not None and place.country == "LBY"
    assert span is not None and text[span[0] : span[1]] == "TRIPOLI, Libya, 4 May 2026 (Courier) —"
    assert dateline_place(geo, "UNITED NATIONS — Chile abstained in the vote.") is None  # no place
