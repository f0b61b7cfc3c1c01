"""Statements from reported speech: "X said (that) ...", the content as a whole clause, no
fragments, and a negated threat word is no threat (issue 13, deliverable 3)."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _statements(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 3, 1)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "statement"]


def test_plain_reported_speech_is_a_statement_with_its_content(analyzer) -> None:  # noqa: ANN001
    (s,) = _statements(
        analyzer, "The Polish foreign ministry said on Monday that Minsk had violated the border accord."
    )
    assert (s["speaker"], s["target"]) == ("POL", "BLR")
    assert s["text"] == "Minsk had violated the border accord"


def test_speech_at_the_end_of_the_sentence_reports_what_comes_before(analyzer) -> None:  # noqa: ANN001
    (s,) = _statements(
        analyzer, "Tokyo would not retaliate against the new duties, the Japanese trade minister said."
    )
    assert s["speaker"] == "JPN" and s["text"] == "Tokyo would not retaliate against the new duties"
    assert s["stance"] != "threatening"


def test_an_accusation_keeps_its_verb_and_a_bare_verb_is_no_statement(analyzer) -> None:  # noqa: ANN001
    (s,) = _statements(analyzer, "Moscow accused Kyiv of sabotage.")
    assert (s["text"], s["stance"], s["target"]) == ("accused Kyiv of sabotage", "critical", "UKR")
    assert _statements(analyzer, "France said.") == []


def test_according_to_attributes_the_rest_of_the_sentence(analyzer) -> None:  # noqa: ANN001
    (s,) = _statements(
        analyzer,
        "Troops crossed into the border district overnight, according to the Kenyan defence ministry.",
    )
    assert (s["speaker"], s["text"]) == ("KEN", "Troops crossed into the border district overnight")
    (s,) = _statements(analyzer, "According to Ankara, the talks will resume in May.")
    assert (s["speaker"], s["text"]) == ("TUR", "the talks will resume in May")
