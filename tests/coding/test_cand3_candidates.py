"""Candidate recall (issue 11, cand3): a trigger none of its sentence's named parties can be read
with takes an implied actor (``implied-actor-orphan``); asking a party for help and obliging a party
to act are demands. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import candidate_events, candidate_features, find

pytestmark = pytest.mark.model


def test_cand3_a_trigger_no_named_party_can_read_takes_an_implied_actor(candidates) -> None:  # noqa: ANN001
    """A cited outlet names a party that is no reader of the act: the actor is implied from before."""
    cands = candidates(
        "Iran seized a Greek tanker in the Gulf on Monday. Naval commandos boarded the vessel at dawn, "
        "IRNA reported."
    )
    assert find(candidate_events(cands), "COERCE", actor="IRN", recipient="GRC")
    assert "veto=implied-actor-orphan" in candidate_features(cands, "COERCE", "IRN", "GRC")


def test_cand3_a_trigger_its_parties_read_takes_no_implied_actor(candidates) -> None:  # noqa: ANN001
    cands = candidates("Iran seized a Greek tanker on Monday. Iranian commandos boarded the vessel at dawn.")
    assert not any("veto=implied-actor-orphan" in f for _, f in cands)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Mali's junta has sought military assistance from Turkey.", "MLI", "TUR"),
        ("The Security Council resolution obliges Sudan to open the border crossings.", "UNSC", "SDN"),
    ],
)
def test_cand3_asking_for_help_and_obliging_are_demands(
    candidates, text: str, actor: str, recipient: str
) -> None:  # noqa: ANN001
    events = candidate_events(candidates(text))
    assert find(events, "REQUEST", actor=actor, recipient=recipient), [
        (e.category, e.trigger.text, [a.code for a in e.actors], [r.code for r in e.recipients])
        for e in events
    ]
