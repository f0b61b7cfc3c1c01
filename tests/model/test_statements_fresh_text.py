"""Statements on fresh text (issue 13): denials, replies and confirmations report their
that-clause; an act of speech with no content ("condemned the raid") is no statement but names who
speaks next; "…, adding that Y" adds a second statement; a sentence-opening place frames the
official after it; unnamed voices at a place and "said little" are no statements."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _statements(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 5, 2)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "statement"]


def test_a_denial_reports_its_that_clause(analyzer) -> None:  # noqa: ANN001
    (s,) = _statements(
        analyzer, "Hungary's foreign minister denied on Friday that Budapest had blocked the aid package."
    )
    assert (s["speaker"], s["text"]) == ("HUN", "Budapest had blocked the aid package")


def test_a_reply_reports_its_that_clause(analyzer) -> None:  # noqa: ANN001
    (s,) = _statements(analyzer, "Chile's navy replied that its ships had stayed in international waters.")
    assert (s["speaker"], s["text"]) == ("CHL", "its ships had stayed in international waters")


def test_an_act_with_no_content_is_no_statement_but_names_the_next_speaker(analyzer) -> None:  # noqa: ANN001
    found = _statements(
        analyzer,
        "Slovenia hosted the talks in Ljubljana. Austria condemned the raid on the border post.\n\n"
        "“This must never happen again,” its spokeswoman told reporters.",
    )
    assert [(s["speaker"], s["text"]) for s in found] == [("AUT", "This must never happen again")]
    assert _statements(analyzer, "Portugal welcomed the decision.") == []


def test_thanks_then_said_reports_what_was_said(analyzer) -> None:  # noqa: ANN001
    (s,) = _statements(
        analyzer, "Moldova's president thanked Bucharest and said the radars would be installed by June."
    )
    assert (s["speaker"], s["text"]) == ("MDA", "the radars would be installed by June")


def test_adding_that_is_a_second_statement_of_the_same_speaker(analyzer) -> None:  # noqa: ANN001
    found = _statements(
        analyzer,
        "OSLO — Norway has not yet handed the frigate to Brazil, the Norwegian defence minister said on "
        "Monday, adding that the Brazilian crew was still in training.",
    )
    assert [(s["speaker"], s["text"]) for s in found] == [
        ("NOR", "Norway has not yet handed the frigate to Brazil"),
        ("NOR", "the Brazilian crew was still in training"),
    ]


def test_a_place_that_opens_the_sentence_frames_the_official_after_it(analyzer) -> None:  # noqa: ANN001
    found = _statements(
        analyzer,
        "Greece protested on Tuesday. In Ankara, a foreign ministry spokesman said the new fence on the "
        "river was unlawful.",
    )
    assert ("TUR", "the new fence on the river was unlawful") in [(s["speaker"], s["text"]) for s in found]


def test_unnamed_voices_and_saying_little_are_no_statements(analyzer) -> None:  # noqa: ANN001
    assert _statements(analyzer, "Bankers in Zurich say the freeze will last.") == []
    assert _statements(analyzer, "Canberra has so far said little in public.") == []
