"""What is offered, and relations named as states (issue 11, offer2).

An offer is AGREE only when what it offers is cooperation; a reward or bounty for someone's arrest is
pressure on that person (COERCE). A noun of a standing relation ("alliance", "partnership") that is
plural or has a possessor names the relation, not an act, unless a verb of forming takes it as its
object or modifies it."""

from __future__ import annotations

import pytest

from geowire.types import Event

from .conftest import LEXICON, candidate_events, find


def _relation_readings(events: list[Event]) -> list[Event]:
    """The readings whose trigger holds a relation noun."""
    return [e for e in events if any(w in e.trigger.text.lower() for w in ("alliance", "partnership"))]


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


@pytest.mark.parametrize("text", [
    "Tokyo relies on its alliances with Washington and Canberra.",
    "The two countries' alliance has lasted for decades, Peru and Chile said.",
    "Ghana's partnerships with Togo and Benin rest on trade.",
    "Critics of Hungary's alliances in the east say Budapest is isolated from Poland.",
])  # fmt: skip
def test_a_relation_named_as_a_state_is_no_event(candidates, text: str) -> None:  # noqa: ANN001
    assert not _relation_readings(candidate_events(candidates(text)))


@pytest.mark.parametrize(("text", "category", "actor"), [
    ("Peru and Chile formed an alliance in 1990.", "AGREE", "PER"),
    ("Australia and Japan deepened their partnership in January.", "AGREE", "AUS"),
    ("Peru ended its alliance with Bolivia in 1884.", "REJECT", "PER"),
    ("Chad said it would consider new security partnerships with Turkey.", None, "TCD"),
    ("Mali and Niger announced an alliance of their own on Sunday.", "AGREE", "MLI"),
])  # fmt: skip
def test_a_relation_formed_or_changed_is_still_an_event(candidates, text: str, category: str | None,  # noqa: ANN001
                                                        actor: str) -> None:  # fmt: skip
    assert find(_relation_readings(candidate_events(candidates(text))), category, actor=actor)


def test_the_relation_nouns_and_forming_verbs_are_data() -> None:
    rel = LEXICON.standing
    assert {"alliance", "partnership"} <= rel.nouns
    assert {"form", "sign"} <= rel.forming_verbs
    assert rel.plural_tags and rel.possessor_deps
