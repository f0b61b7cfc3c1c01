"""(cx53) A speech verb that is the participle of an agreement or plan noun ("the fisheries accord
announced in May") names that act: nobody speaks through it, so the sentence's real attribution
(", the ministry said") carries the statement, and a sentence with none has no statement."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 9, 3)


def _statements(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    return [(f.get("verb"), f.get("speaker")) for f in claim_fields(analyzer, text, "statement", _DAY)]


def test_cx53_the_accord_announced_is_no_speech(analyzer) -> None:  # noqa: ANN001
    text = (
        "Ecuador and Peru have not yet ratified the river accord announced in April, the Peruvian "
        "foreign ministry said."
    )
    assert _statements(analyzer, text) == [("said", "PER")]


def test_cx53_a_welcomed_plan_announced_says_nothing(analyzer) -> None:  # noqa: ANN001
    text = "Bolivia welcomed the trade pact announced in June by Brazil and Paraguay."
    assert _statements(analyzer, text) == []


def test_cx53_a_state_that_announced_still_speaks(analyzer) -> None:  # noqa: ANN001
    # counter-example: the verb has its speaker for subject
    text = "Ecuador announced in April that it would buy two patrol boats from Spain."
    assert _statements(analyzer, text) == [("announced", "ECU")]
