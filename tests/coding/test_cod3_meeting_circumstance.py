"""A participle clause of circumstance ("Meeting in Rabat, …") is an act of its own, neither the
complement of the main verb's intent nor the owner of the main act (issue 11): both acts are coded,
and the meeting's place is no party of the agreement. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import find

pytestmark = pytest.mark.model

_TEXT = "Meeting in Rabat on Sunday, the Algerian and Tunisian ministers agreed to resume gas deliveries."


def test_cod3_the_meeting_and_the_agreement_are_both_coded(code_text) -> None:  # noqa: ANN001
    events = code_text(_TEXT)
    assert any(e.trigger.text == "Meeting" for e in find(events, "CONSULT"))
    assert [e for e in events if e.trigger.text.startswith("resume") and e.category != "CONSULT"]


def test_cod3_a_meeting_is_not_read_as_agreed_to(code_text) -> None:  # noqa: ANN001
    events = code_text(_TEXT)
    assert all(e.category == "CONSULT" for e in events if e.trigger.text == "Meeting")


def test_cod3_the_meeting_place_is_no_party_of_the_agreement(code_text) -> None:  # noqa: ANN001
    events = code_text(_TEXT)
    assert all("MAR" not in {r.code for r in e.recipients} for e in events)
