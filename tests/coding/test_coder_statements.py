"""Statements: the speaker is the actor; "it" takes the previous sentence's object; reported
content carries its own event with the reported flag."""

from __future__ import annotations

import pytest

from .conftest import find

pytestmark = pytest.mark.model


def test_coder_statement_speaker_is_actor_and_it_is_antecedent(code_text) -> None:  # noqa: ANN001
    text = (
        "Chinese officials have condemned the Japanese raid. "
        "China's foreign ministry described it as an outrageous breach of international law."
    )
    events = code_text(text)
    described = [e for e in events if e.trigger.text == "described"]
    assert len(described) == 1
    (ev,) = described
    assert ev.category == "ACCUSE"
    assert [(a.code, a.sector) for a in ev.actors] == [("CHN", "GOV")]
    assert [r.code for r in ev.recipients] == ["JPN"]
    assert any("previous sentence" in line for line in ev.explanation)


def test_coder_condemnation_of_an_attack_targets_its_author(code_text) -> None:  # noqa: ANN001
    events = code_text("Chinese officials have condemned the Japanese raid.")
    (ev,) = find(events, "ACCUSE")
    assert [r.code for r in ev.recipients] == ["JPN"]


def test_coder_reported_content_has_its_own_actor_and_flag(code_text) -> None:  # noqa: ANN001
    text = "A Chilean senator said Chile should consider providing Peru with patrol boats."
    events = code_text(text)
    content = find(events, actor="CHL", recipient="PER")
    assert content, events
    assert all(e.reported and e.modality == "hypothetical" for e in content)
    assert all(e.category != "AID" or e.modality != "asserted" for e in events)


def test_coder_speaker_not_credited_with_reported_content(code_text) -> None:  # noqa: ANN001
    events = code_text("The Peruvian minister said that Chile had attacked Bolivia.")
    assert [e for e in events if e.category == "ASSAULT" and "PER" in {a.code for a in e.actors}] == []
    assert find(events, "ASSAULT", actor="CHL", recipient="BOL")
