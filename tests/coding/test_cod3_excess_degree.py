"""A "too ... to" infinitive names an act not done: "is too weak to strike X" (issue 11).
Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_cod3_too_weak_to_act_is_negated(code_text) -> None:  # noqa: ANN001
    events = code_text("Niger is too weak to attack Mali.")
    assert events and all(e.modality == "negated" for e in events if e.trigger.text == "attack")


def test_cod3_too_much_at_stake_to_leave_is_negated(code_text) -> None:  # noqa: ANN001
    events = code_text("Angola has too much invested in Namibia to abandon the accord.")
    assert all(e.modality == "negated" for e in events if e.trigger.text.startswith("abandon"))


def test_cod3_a_plain_purpose_infinitive_stays_asserted(code_text) -> None:  # noqa: ANN001
    events = code_text("Zambia sent troops to help Malawi.")
    assert any(e.modality == "asserted" for e in events)
