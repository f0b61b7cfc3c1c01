"""Publication dates: metadata → dateline → --date → unknown; titles from the first line."""

import datetime as dt

from geowire.ingest.metadata import find_dateline, parse_date, resolve_date, title_from_text
from geowire.lang import load_language

EN = load_language("en")

D = dt.date


def test_metadata_dateline_after_headline_is_found() -> None:
    text = "Ministers agree on grid plan\n\nJan 6, 2026 - 07:03\n\nThe ministers met on Tuesday."
    assert find_dateline(text, lang=EN) == D(2026, 1, 6)


def test_metadata_dateline_forms() -> None:
    assert find_dateline("OSLO, 14 March 2025 (Test Wire) —\n\nBody.", lang=EN) == D(2025, 3, 14)
    assert find_dateline("Published September 3rd, 2024 at 10:15\n\nBody", lang=EN) == D(2024, 9, 3)
    assert find_dateline("2025-10-02\nBody text", lang=EN) == D(2025, 10, 2)


def test_metadata_date_inside_a_body_sentence_is_not_a_dateline() -> None:
    text = (
        "The treaty that both governments signed on May 7, 2025 in the capital was ratified by the "
        "parliament later that year, officials said."
    )
    assert find_dateline(text, lang=EN) is None
    assert find_dateline("Talks resumed on May 7, 2025.\n\nMore.", lang=EN) is None


def test_metadata_impossible_date_is_ignored() -> None:
    assert find_dateline("Feb 30, 2025\n\nBody", lang=EN) is None


def test_metadata_resolve_order_and_never_today() -> None:
    dated = "Headline\n\nJan 6, 2026\n\nBody."
    assert resolve_date(dated, metadata=D(2025, 1, 1), cli=D(2024, 1, 1), lang=EN) == (
        D(2025, 1, 1),
        "metadata",
    )
    assert resolve_date(dated, metadata=None, cli=D(2024, 1, 1), lang=EN) == (D(2026, 1, 6), "dateline")
    assert resolve_date("Body only.", metadata=None, cli=D(2024, 1, 1), lang=EN) == (D(2024, 1, 1), "cli")
    assert resolve_date("Body only.", metadata=None, cli=None, lang=EN) == (None, "unknown")


def test_metadata_parse_date_accepts_iso_datetimes_and_written_dates() -> None:
    assert parse_date("2025-05-07T10:00:00Z", lang=EN) == D(2025, 5, 7)
    assert parse_date("7 May 2025", lang=EN) == D(2025, 5, 7)
    assert parse_date(D(2025, 5, 7), lang=EN) == D(2025, 5, 7)
    assert parse_date("yesterday", lang=EN) is None
    assert parse_date(None, lang=EN) is None


def test_metadata_title_from_first_line_only_when_headline_like() -> None:
    assert title_from_text("Ministers agree\n\nBody.", lang=EN) == "Ministers agree"
    assert title_from_text("A whole sentence that ends like one.\n\nBody.", lang=EN) is None
    assert title_from_text("Jan 6, 2026 - 07:03\n\nBody.", lang=EN) is None
