"""What is offered, and relations named as states (issue 11, offer2).

An offer is AGREE only when what it offers is cooperation; a reward or bounty for someone's arrest is
pressure on that person (COERCE). A noun of a standing relation ("alliance", "partnership") that is
plural or has a possessor names the relation, not an act, unless a verb of forming takes it as its
object or modifies it."""

from __future__ import annotations

import pytest

from .conftest import candidate_events, find


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Peru offered a reward for information on the Bolivian colonel who fled.", "PER", "BOL"),
    ("Kenya promised a bounty for the capture of the Somali militia chief.", "KEN", "SOM"),
    ("A bounty was offered by Nigeria for the arrest of the Chadian rebel leader.", "NGA", "TCD"),
])  # fmt: skip
def test_an_offered_reward_is_pressure_not_agreement(candidates, text: str, actor: str,  # noqa: ANN001
                                                     recipient: str) -> None:  # fmt: skip
    events = candidate_events(candidates(text))
    assert not find(events, "AGREE", actor=actor), "a bounty read as an offer of cooperation"
    assert not find(events, "AID", actor=actor)
    coerce = find(events, "COERCE", actor=actor, recipient=recipient)
    assert coerce and any(e.modality == "asserted" for e in coerce)


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Japan offered financial aid to Peru after the floods.", "JPN", "PER"),
    ("Norway offered military trainers to Kenya.", "NOR", "KEN"),
    ("Ghana offered to mediate between Togo and Benin.", "GHA", "TGO"),
])  # fmt: skip
def test_an_offer_of_cooperation_stays_agree(candidates, text: str, actor: str, recipient: str) -> None:  # noqa: ANN001
    events = candidate_events(candidates(text))
    assert find(events, "AGREE", actor=actor, recipient=recipient)
    assert not find(events, "COERCE", actor=actor)
