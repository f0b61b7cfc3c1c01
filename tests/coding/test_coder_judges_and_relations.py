"""Two readings of analysis prose that name the wrong party (issue 11, rule side): the owner of a
noun of a relation to others ("Peru's neighbours", "the allies of Norway") is not who the phrase
denotes, and whoever judges or perceives an act ("Lima sees the accord as a danger", "Oslo
criticised the sanctions") did not perform it. Both are vetoes of the candidate generator
(``relation-owner``, ``judged-act``) that the learned stage obeys too. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import candidate_events as _events
from .conftest import candidate_features as _feats
from .conftest import find

pytestmark = pytest.mark.model


def test_coder_relation_owner_is_not_the_actor(code_text) -> None:  # noqa: ANN001
    assert not find(code_text("Peru's neighbours condemned the border closure."), actor="PER")
    assert not find(code_text("The allies of Norway praised the summit in Rome."), actor="NOR")


def test_coder_relation_owner_is_vetoed_for_the_learned_stage(candidates) -> None:  # noqa: ANN001
    cands = candidates("Chile's partners rejected the proposal from Argentina.")
    readings = [f for e, f in cands if e.actors and e.actors[0].code == "CHL"]
    assert readings and all("veto=relation-owner" in f for f in readings)


def test_coder_relation_owner_is_not_the_recipient(code_text) -> None:  # noqa: ANN001
    events = code_text("Moscow warned Kyiv's allies against sending tanks.")
    assert not find(events, recipient="UKR")


def test_coder_judge_of_an_accord_is_not_its_party(code_text, candidates) -> None:  # noqa: ANN001
    text = "Lima sees the accord between Quito and Bogota as a danger to the region."
    assert not find(code_text(text), "AGREE", actor="PER")
    assert "veto=judged-act" in _feats(candidates(text), "AGREE", "PER", "ECU")


def test_coder_critic_of_sanctions_is_not_their_author(code_text, candidates) -> None:  # noqa: ANN001
    text = "Oslo sharply criticised the sanctions on Minsk."
    events = code_text(text)
    assert find(events, "ACCUSE", actor="NOR")  # the criticism is Oslo's own act
    assert not find(events, "SANCTION", actor="NOR")
    assert "veto=judged-act" in _feats(candidates(text), "SANCTION", "NOR", "BLR")


def test_coder_judged_act_keeps_its_own_named_author(candidates) -> None:  # noqa: ANN001
    cands = candidates("Oslo sharply criticised Moscow's sanctions on Minsk.")
    own = find(_events(cands), "SANCTION", actor="RUS")
    assert own
    assert "veto=judged-act" not in _feats(cands, "SANCTION", "RUS", "BLR")


def test_coder_judge_of_a_passive_description_is_not_the_visitor(candidates) -> None:  # noqa: ANN001
    text = "The minister's visit to Taipei was described by Beijing as a provocation."
    assert "veto=judged-act" in _feats(candidates(text), "CONSULT", "CHN", "TWN")


def test_coder_bare_act_only_praised_is_nobodys_act_there(candidates) -> None:  # noqa: ANN001
    text = "Meeting the Chilean envoy in Lima, the Peruvian president praised the deal."
    readings = [f for e, f in candidates(text) if e.category == "AGREE" and e.trigger.text == "deal"]
    # issue 11: "the deal" only points back to a deal made before, so it is no trigger at all now;
    # an indefinite one stays a trigger, vetoed as the praiser's judgement
    assert not readings
    text = "Meeting the Chilean envoy in Lima, the Peruvian president praised a deal on fishing."
    readings = [f for e, f in candidates(text) if e.category == "AGREE" and e.trigger.text == "deal"]
    assert readings and all("veto=judged-act" in f for f in readings)


def test_coder_organisation_partners_stand_for_the_organisation(code_text) -> None:  # noqa: ANN001
    # an organisation before "partners" names the group the partners belong to, not an owner
    events = code_text("Portugal urged its NATO allies to send more air defence to Ukraine.")
    assert find(events, "REQUEST", actor="PRT", recipient="NATO")


def test_coder_judge_is_not_the_judged_acts_recipient(candidates) -> None:  # noqa: ANN001
    text = "Lima sees the accord between Quito and Bogota as a danger to the region."
    accords = [e for e, _ in candidates(text) if e.trigger.text == "accord"]
    assert not find(accords, recipient="PER")  # neither a lexical target nor an implied recipient
