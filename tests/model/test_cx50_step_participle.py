"""(cx50) An approval's or a pledge's participle right after its system ("radars approved by
Washington in 2021") tells which radars are meant when the clause's own verb, a supply cue, follows
it: the claim is that verb's step, as with a purchase's participle. Alone it keeps its step."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 9, 15)


def _steps(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return [
        (f.get("supplier"), f.get("recipient"), f.get("status"), f.get("date"))
        for f in claim_fields(analyzer, text, "transfer", _DAY)
    ]


def test_cx50_an_approved_system_then_handed_over_is_delivered(analyzer) -> None:  # noqa: ANN001
    text = "The nine NASAMS batteries cleared by Washington in 2021 were handed over to Lithuania in August."
    assert [s[:3] for s in _steps(analyzer, text)] == [("USA", "LTU", "delivered")]
    text = "Six Patriot batteries pledged by Berlin in 2022 have arrived in Kyiv."
    assert [s[2] for s in _steps(analyzer, text)] == ["delivered"]


def test_cx50_an_approval_participle_alone_keeps_its_step(analyzer) -> None:  # noqa: ANN001
    # no clause verb after the participle: the approval is the step
    text = "Congress was told of nine NASAMS batteries cleared by Washington in 2021 for Lithuania."
    assert [s[2] for s in _steps(analyzer, text)] == ["approved"]
    # the clause's verb is no supply cue: the approval stays the step
    text = "Nine NASAMS batteries cleared by Washington in 2021 are bound for Lithuania."
    assert [s[:3] for s in _steps(analyzer, text)] == [("USA", "LTU", "approved")]
