"""Candidates for an act done to an actor by one the sentence does not name (issue 11: "had not been
consulted", "was not invited" are negated acts of someone named elsewhere in the article): the
passive's subject becomes the recipient, the implied parties the actors; the subject itself is
never offered as the actor. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import candidate_events as _events
from .conftest import candidate_features as _feats
from .conftest import find

pytestmark = pytest.mark.model


def test_coder_agentless_passive_subject_is_the_recipient_of_an_implied_actor(candidates) -> None:  # noqa: ANN001
    text = "Morocco closed its border crossings with Algeria on Monday. Tunisia had not been consulted."
    cands = candidates(text)
    (act,) = [e for e in find(_events(cands), "CONSULT", actor="MAR", recipient="TUN")]
    assert act.modality == "negated"
    assert "veto=agentless" in _feats(cands, "CONSULT", "MAR", "TUN")  # typed, for the learned stage
    assert not find(_events(cands), "CONSULT", actor="TUN")  # the one consulted is no actor


def test_coder_agentless_passive_pronoun_stands_for_the_speaker(candidates) -> None:  # noqa: ANN001
    text = "Chile recalled its ambassador from Peru. Bolivia said it had not been warned in advance."
    events = _events(candidates(text))
    assert find(events, "THREATEN", actor="CHL", recipient="BOL") or find(
        events, "CONSULT", actor="CHL", recipient="BOL"
    )
    assert all(e.actors[0].code != "BOL" for e in events if e.trigger.text == "warned")


def test_coder_passive_with_an_agent_gets_no_implied_actor(candidates) -> None:  # noqa: ANN001
    text = "Senegal hosted a summit on fisheries. Gambia was invited by Mauritania."
    events = _events(candidates(text))
    invited = [e for e in events if e.trigger.text == "invited"]
    assert not [e for e in invited if e.actors and e.actors[0].code == "SEN"]


def test_coder_agentless_passive_adds_no_candidate_to_an_active_sentence(candidates) -> None:  # noqa: ANN001
    text = "Senegal hosted a summit on fisheries. Mauritania invited Gambia."
    cands = candidates(text)
    assert not any("veto=agentless" in f for _, f in cands)
