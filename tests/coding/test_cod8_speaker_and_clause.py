"""Issue 11 (cod8): a verb trigger with a subject of its own is not the act of the speaker around it
(nor of an inanimate subject's neighbours); a bare participle modifying a noun is passive; a
reinterpretation's cue words count in the trigger's own clause only; the sufferer of a measure and
a stressed quality are no act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import candidate_events, find

pytestmark = pytest.mark.model


def test_cod8_speaker_is_not_the_actor_of_a_ratification_in_her_clause(candidates) -> None:  # noqa: ANN001
    text = "Cuba's envoy said the defence accord ratified last spring hands Moscow a firm legal footing."
    events = candidate_events(candidates(text))
    assert not find(events, "SUPPORT", actor="CUB"), [(e.rule, e.actors) for e in events]


def test_cod8_reported_breach_stays_the_speakers_charge(candidates) -> None:  # noqa: ANN001
    events = candidate_events(candidates("Peru said Ecuador breached the fishing accord last week."))
    assert find(events, "ACCUSE", actor="PER", recipient="ECU")


def test_cod8_peacekeepers_in_another_clause_make_no_aid_of_a_negotiation(candidates) -> None:  # noqa: ANN001
    text = "Brazil sent peacekeepers to Haiti in 2004 after France negotiated an end to the unrest there."
    events = candidate_events(candidates(text))
    assert not [e for e in find(events, "AID") if e.trigger.text.startswith("negotiat")]


def test_cod8_peacekeepers_deployed_are_still_aid(candidates) -> None:  # noqa: ANN001
    events = candidate_events(
        candidates("Fijian peacekeepers deployed in the Golan Heights were rotated out.")
    )
    assert not find(events, "MOBILIZE", actor="FJI") or find(events, "AID", actor="FJI")


def test_cod8_chafing_under_sanctions_is_no_sanction_by_the_sufferer(candidates) -> None:  # noqa: ANN001
    text = "Cuba and Nicaragua, both chafing under American sanctions, signed a trade protocol in Havana."
    events = candidate_events(candidates(text))
    assert not [e for e in find(events, "SANCTION") if {a.code for a in e.actors} & {"CUB", "NIC"}]


def test_cod8_reinforcing_a_quality_is_no_mobilization(candidates) -> None:  # noqa: ANN001
    text = (
        "Chile's president phoned his Bolivian counterpart and reinforced the cordial nature of their ties."
    )
    events = candidate_events(candidates(text))
    assert not [e for e in find(events, "MOBILIZE") if e.trigger.text.startswith("reinforc")]
