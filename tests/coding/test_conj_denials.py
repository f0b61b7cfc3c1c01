"""A denial is aimed at its accuser, never at the party the denied act would have helped: the rule
coder's frame leaves such a party out of the denial even when the denied act itself is not coded,
and keeps the target of a hostile act denied (who complained of it).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import find

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, helped",
    [
        ("Serbia denied training volunteers for Russia.", "RUS"),
        ("Burundi denied any involvement with the M23 rebels.", "M23"),
    ],
)
def test_conj_denial_is_not_aimed_at_whom_the_denied_act_helps(code_text, text: str, helped: str) -> None:  # noqa: ANN001
    events = code_text(text)
    denials = [e for e in events if e.category == "REJECT" and e.trigger.text == "denied"]
    assert denials and all(helped not in {r.code for r in e.recipients} for e in denials)


def test_conj_rejecting_a_proposal_keeps_its_recipient(code_text) -> None:  # noqa: ANN001
    events = code_text("Hungary rejected the Polish proposal on Tuesday.")
    assert any("POL" in {r.code for r in e.recipients} for e in find(events, "REJECT", actor="HUN"))


def test_conj_denial_answers_the_hostile_act_named_before(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "Ghana expelled two Togolese envoys on Monday, saying Lome had armed smugglers on the border. "
        "Officials in Accra gave no further detail. Togo has denied arming anyone."
    )
    denials = [e for e in events if e.category == "REJECT" and e.trigger.text == "denied"]
    assert denials and all({r.code for r in e.recipients} == {"GHA"} for e in denials)


def test_conj_denial_with_no_hostile_act_before_names_no_recipient(code_text) -> None:  # noqa: ANN001
    events = code_text("Ghana and Togo signed a trade accord on Monday. Togo has denied arming smugglers.")
    denials = [e for e in events if e.category == "REJECT" and e.trigger.text == "denied"]
    assert denials and all(not e.recipients for e in denials)
