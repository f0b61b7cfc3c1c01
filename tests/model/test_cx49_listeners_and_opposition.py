"""(cx49) Shapes found on fresh wire text (corpus part_84), in the project's own sentences.

Statements: a body that can be a listener ("parliament", "lawmakers") right after "said" and
followed by its own verb is the reported clause's subject, kept in the content ("said parliament
had never voted on it"); a listener before "that" or a bare clause after "told" is still skipped.
Opposition lawmakers at a capital speak for no state ("Opposition deputies in Lisbon said …"),
while officials there and a state's own lawmakers still do."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2024, 9, 3)


def _said(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    return [(r.get("speaker"), r.get("text")) for r in claim_fields(analyzer, text, "statement", _DAY)]


def test_cx49_a_body_with_its_own_verb_is_the_clause_subject(analyzer) -> None:  # noqa: ANN001
    text = "The Danish defence ministry said parliament had never voted on the Latvian mission."
    assert _said(analyzer, text) == [("DNK", "parliament had never voted on the Latvian mission")]
    text = "Ecuador's foreign minister said lawmakers would debate the base treaty in October."
    assert _said(analyzer, text) == [("ECU", "lawmakers would debate the base treaty in October")]


def test_cx49_a_listener_before_the_clause_is_still_skipped(analyzer) -> None:  # noqa: ANN001
    text = "Ecuador's foreign minister told lawmakers that the base treaty would be debated in October."
    assert _said(analyzer, text) == [("ECU", "the base treaty would be debated in October")]
    text = "Ecuador's foreign minister told parliament the base treaty would be debated in October."
    assert _said(analyzer, text) == [("ECU", "the base treaty would be debated in October")]


def test_cx49_opposition_lawmakers_speak_for_no_state(analyzer) -> None:  # noqa: ANN001
    text = "Opposition deputies in Lisbon said the frigate purchase had never been explained to voters."
    assert _said(analyzer, text) == []
    # officials at the capital still speak for their country
    text = "Officials in Lisbon said the frigate purchase had been explained to voters."
    assert [s for s, _ in _said(analyzer, text)] == ["PRT"]
