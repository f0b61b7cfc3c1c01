"""Candidates for the acts the rule stages used to leave out (issue 11, non-asserted recall): the act
a denial denies, as a negated event of its own beside the denier's REJECT; the covert-meddling and
electronic-jamming senses of COERCE; an act named under a threat, which is hypothetical; a
withdrawal not carried out, which PLOVER codes as a concession; and a verb whose object is a
quantifier ("lifted some of its sanctions").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Candidates, find

pytestmark = pytest.mark.model


def _features(cands: Candidates, category: str, actor: str) -> set[str]:
    wanted = {id(e) for e in find([e for e, _ in cands], category, actor=actor)}
    return {x for e, f in cands if id(e) in wanted for x in f}


def test_coder_denied_gerund_is_a_negated_event_beside_the_rejection(code_text, candidates) -> None:  # noqa: ANN001
    text = "Bolivia denied sending weapons to the rebels in Peru."
    events = code_text(text)
    assert find(events, "REJECT", actor="BOL")
    (aid,) = find(events, "AID", actor="BOL")
    assert aid.modality == "negated"
    feats = _features(candidates(text), "AID", "BOL")
    assert "where=denied" in feats and "src=denier" in feats  # typed, for the learned stage


def test_coder_denied_share_in_an_act_names_the_act(code_text) -> None:  # noqa: ANN001
    events = code_text("Chile denied any role in the bombing of the Bolivian consulate.")
    (act,) = find(events, "ASSAULT", actor="CHL")
    assert act.modality == "negated" and act.trigger.text == "bombing"


def test_coder_denied_meddling_is_negated_coercion(code_text) -> None:  # noqa: ANN001
    events = code_text("Ecuador has denied meddling in Colombia's elections.")
    assert find(events, "REJECT", actor="ECU")
    (act,) = find(events, "COERCE", actor="ECU")
    assert act.modality == "negated" and act.mode == "misinformation"


def test_coder_denial_of_a_claim_is_left_to_the_clause(code_text) -> None:  # noqa: ANN001
    events = code_text("Peru rejected the claim that its navy had fired on Chilean boats.")
    assert not [e for e in events if e.trigger.text == "claim"]
    assert all(e.modality == "negated" for e in find(events, "ASSAULT"))


def test_coder_asserted_act_without_denial_keeps_its_modality(code_text) -> None:  # noqa: ANN001
    (act,) = find(code_text("Bolivia sent weapons to the rebels in Peru."), "AID", actor="BOL")
    assert act.modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador threatened new tariffs on Peruvian steel.",
        "Chile warned of retaliatory strikes against the rebels in Bolivia.",
    ],
)
def test_coder_act_named_by_a_threat_is_hypothetical(candidates, text: str) -> None:  # noqa: ANN001
    cands = candidates(text)
    threatened = [e for e, _ in cands if e.category in ("SANCTION", "ASSAULT")]
    assert threatened and all(e.modality == "hypothetical" for e in threatened)
    assert all(e.modality == "asserted" for e, _ in cands if e.category == "THREATEN")


def test_coder_unrealised_retreat_is_also_read_as_a_concession(candidates) -> None:  # noqa: ANN001
    cands = candidates("Chile would not cede the disputed islands to Peru, its president said.")
    conceded = [(e, f) for e, f in cands if e.category == "CONCEDE" and e.trigger.text == "cede"]
    assert conceded and all(e.modality == "negated" and "veto=unrealised" in f for e, f in conceded)


def test_coder_retreat_carried_out_is_no_concession(candidates) -> None:  # noqa: ANN001
    cands = candidates("Chile withdrew its troops from the border with Peru on Monday.")
    assert any(e.category == "RETREAT" for e, _ in cands)
    assert not [e for e, f in cands if "veto=unrealised" in f]


def test_coder_quantified_object_is_looked_through(code_text) -> None:  # noqa: ANN001
    events = code_text("Bolivia lifted some of its sanctions on Chile on Monday.")
    assert find(events, "RETREAT", actor="BOL")
    assert not find(events, "SANCTION")


def test_coder_rejected_demand_is_no_denied_act(code_text) -> None:  # noqa: ANN001
    events = code_text("Peru rejected the Chilean demand for compensation on Monday.")
    assert find(events, "REJECT", actor="PER")
    assert not find(events, "REQUEST", actor="PER")  # refusing a demand says nothing of who made it
