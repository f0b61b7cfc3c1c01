"""(cx41) Speakers a report puts in unusual places, in the project's own sentences.

- Two speakers joined by a semicolon ("X said …; Y said …") make two statements, the first one's
  content stopping at the semicolon; the second speaker's content is never a quote the first one
  spoke (``statements.second_speaker``, ``rules_statements._second_speech``).
- A speaker after its verb at the end of an unquoted clause ("…, said a spokesman for the Danish
  navy") reports the clause before the comma (``rules_statements._inverted``); a verb followed by
  another verb ("The plan, said the minister, will fail") or by "to" ("said to be worth") is not.
- A datelined brief's capital with an accent ("LOMÉ, …") gives its country to an unnamed body
  ("the presidency said") — not another country the sentence names (``extract._CAPITALS``).
"""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 6, 2)


def _said(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    return [(f.get("speaker"), f.get("text")) for f in claim_fields(analyzer, text, "statement", _DAY)]


def test_cx41_two_speakers_across_a_semicolon(analyzer) -> None:  # noqa: ANN001
    text = (
        "Chile's navy said the frigate had left port; Peru's defence ministry said its own ships "
        "would stay in Callao."
    )
    assert _said(analyzer, text) == [
        ("CHL", "the frigate had left port"),
        ("PER", "its own ships would stay in Callao"),
    ]


def test_cx41_a_second_speaker_does_not_take_the_first_ones_quote(analyzer) -> None:  # noqa: ANN001
    text = (
        "\"The frigate has left port,\" Chile's navy said; Peru's defence minister told reporters "
        "the ships would stay in Callao."
    )
    assert _said(analyzer, text) == [
        ("CHL", "The frigate has left port"),
        ("PER", "the ships would stay in Callao"),
    ]


def test_cx41_a_speaker_after_an_unquoted_clause(analyzer) -> None:  # noqa: ANN001
    text = "The patrol boats will reach Accra before the rains, said a spokesman for the Danish navy."
    assert _said(analyzer, text) == [("DNK", "The patrol boats will reach Accra before the rains")]
    text = "The patrol boats will reach Accra before the rains, said Mette Lund, Denmark's defence minister."
    assert _said(analyzer, text) == [("DNK", "The patrol boats will reach Accra before the rains")]


def test_cx41_an_inverted_verb_inside_the_clause_says_nothing(analyzer) -> None:  # noqa: ANN001
    assert _said(analyzer, "The boats, said the Danish minister, will reach Accra before the rains.") == []
    assert _said(analyzer, "The order, said to be worth $90 million, covers four Danish patrol boats.") == []


def test_cx41_an_accented_dateline_capital_speaks_for_its_country(analyzer) -> None:  # noqa: ANN001
    text = "LOMÉ, 2 June 2025 — Spain will hand two patrol boats to Ghana in July, the presidency said."
    assert [s for s, _ in _said(analyzer, text)] == ["TGO"]
    text = "ACCRA, 2 June 2025 — Spain will hand two patrol boats to Togo in July, the presidency said."
    assert [s for s, _ in _said(analyzer, text)] == ["GHA"]
