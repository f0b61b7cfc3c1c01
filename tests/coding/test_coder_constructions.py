"""Constructions that move roles or the category in the whole coder: obligations reported of
another party, demands' content, conditions and threats, domestic patients, stative passives,
mediation, places nested in phrases, 'blame X for'. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import find

pytestmark = pytest.mark.model


def test_coder_obligation_on_another_party_is_a_request(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "The Kenyan foreign minister said that Uganda must withdraw its troops from the border."
    )
    assert find(events, "REQUEST", actor="KEN", recipient="UGA")
    assert not find(events, actor="UGA")  # Uganda has withdrawn nothing


def test_coder_obligation_down_a_complement_chain_codes_no_event(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "Brazil said Chile and Peru must ensure security to allow convoys to reach the border."
    )
    assert not find(events, actor="PER") and not find(events, actor="CHL")


def test_coder_reminder_that_x_must_is_a_request(code_text) -> None:  # noqa: ANN001
    events = code_text("Chile issued a reminder to Peru that it must respect the treaty.")
    assert find(events, "REQUEST", actor="CHL", recipient="PER")
    assert not find(events, "SUPPORT")


def test_coder_content_of_a_demand_is_not_an_event(code_text) -> None:  # noqa: ANN001
    events = code_text("Chile demanded that Peru release the fishermen and return the boats.")
    assert find(events, "REQUEST", actor="CHL", recipient="PER")
    assert not find(events, actor="PER")


def test_coder_condition_subject_is_the_threatened_party(code_text) -> None:  # noqa: ANN001
    events = code_text("Spain threatened to expel the ambassador unless Morocco released the fishermen.")
    assert find(events, "THREATEN", actor="ESP", recipient="MAR")
    assert not find(events, actor="MAR")  # the condition is no event


def test_coder_conditional_sanction_is_a_threat(code_text) -> None:  # noqa: ANN001
    events = code_text("The EU may suspend aid to Mali if the junta delays the vote.")
    (ev,) = find(events, actor="EU")
    assert ev.category == "THREATEN" and "+condition" in ev.rule


def test_coder_unless_makes_any_announced_act_a_threat(code_text) -> None:  # noqa: ANN001
    events = code_text("Kenya will withdraw its troops from Somalia unless the fighting stops.")
    assert find(events, "THREATEN", actor="KEN")
    assert not find(events, "AGREE")


def test_coder_domestic_patient_is_the_actors_country(code_text) -> None:  # noqa: ANN001
    events = code_text("Egyptian police dispersed the protesters with tear gas.")
    (ev,) = find(events, "COERCE")
    assert [a.code for a in ev.actors] == ["EGY"] and [r.code for r in ev.recipients] == ["EGY"]


def test_coder_place_named_inside_a_phrase_is_the_recipient(code_text) -> None:  # noqa: ANN001
    events = code_text("Indian authorities imposed a curfew in the town of Sopore in northern India.")
    assert find(events, "COERCE", actor="IND", recipient="IND")


def test_coder_stative_passive_subject_is_the_source(code_text) -> None:  # noqa: ANN001
    events = code_text("Peru is opposed to Chilean mediation in the dispute.")
    assert find(events, "REJECT", actor="PER", recipient="CHL")


def test_coder_mediator_acts_on_both_parties(code_text) -> None:  # noqa: ANN001
    events = code_text("Qatar launched a mediation effort between Egypt and Ethiopia.")
    (ev,) = find(events, "CONSULT")
    assert [a.code for a in ev.actors] == ["QAT"]
    assert {r.code for r in ev.recipients} == {"EGY", "ETH"}


def test_coder_meeting_between_two_named_sides(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "Morocco is ready to host a meeting between an Algerian delegation and the Tunisian government."
    )
    (ev,) = find(events, actor="MAR")
    assert {r.code for r in ev.recipients} == {"DZA", "TUN"}


def test_coder_blame_for_keeps_the_blamed_alone(code_text) -> None:  # noqa: ANN001
    events = code_text("Peru blamed Chile for the bombing in Lima.")
    assert find(events, "ACCUSE", actor="PER", recipient="CHL")
    assert not find(events, recipient="PER")


def test_coder_tightening_a_blockade_is_its_event(code_text) -> None:  # noqa: ANN001
    events = code_text("Greece said it would tighten the blockade of Albania.")
    assert find(events, "THREATEN", actor="GRC", recipient="ALB")


def test_coder_lifting_a_blockade_is_a_retreat_lifting_a_curfew_a_concession(code_text) -> None:  # noqa: ANN001
    assert find(code_text("Israel lifted the blockade on Gaza."), "RETREAT", actor="ISR")
    assert find(code_text("Sudan lifted the curfew in Khartoum."), "CONCEDE", actor="SDN")


def test_coder_passive_subject_names_its_people(code_text) -> None:  # noqa: ANN001
    events = code_text("A camp for Sudanese refugees was attacked by Chadian militiamen.")
    assert find(events, "ASSAULT", actor="TCD", recipient="SDN")


def test_coder_unnamed_people_fall_back_to_the_place(code_text) -> None:  # noqa: ANN001
    events = code_text("Serb forces killed four ethnic Albanians in a firefight in southern Serbia.")
    assert find(events, "ASSAULT", actor="SRB", recipient="SRB")


def test_coder_complaint_names_the_accused_not_the_addressee(code_text) -> None:  # noqa: ANN001
    events = code_text("Chile complained to the United Nations over two Peruvian air raids.")
    (ev,) = find(events, "ACCUSE", actor="CHL")
    assert [r.code for r in ev.recipients] == ["PER"]


def test_coder_untargeted_protest_is_aimed_at_home(code_text) -> None:  # noqa: ANN001
    events = code_text("Thousands of Kenyan students demonstrated on Monday.")
    (ev,) = find(events, "PROTEST")
    assert [r.code for r in ev.recipients] == ["KEN"]
    assert any("own country" in line for line in ev.explanation)


def test_coder_bare_participle_subject_is_no_doer(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "Commenting on the ceasefire, the Georgian commentator Levan Beridze, now jailed in Tbilisi,"
        " wrote that Armenia had lost ground."
    )
    assert not find(events, "COERCE")  # someone jailed Beridze; he jailed nobody


def test_coder_bare_participle_takes_no_source_from_the_clause(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "While ousted Bolivian leader Evo Morales found shelter in Mexico, Peru on Monday hosted the summit."
    )
    assert not find(events, "COERCE")  # nobody in the sentence ousted anyone


def test_coder_bare_participle_keeps_its_by_agent(code_text) -> None:  # noqa: ANN001
    events = code_text("Rebels backed by Iran attacked a Saudi oil terminal on Monday.")
    assert find(events, "SUPPORT", actor="IRN")
