"""Verb + object senses read in the passive, where the object is the verb's subject ("ties were
severed" is the lexicon's "sever tie"), and the general senses added with the candidate-recall
work of 2026-12-05: a call named by the telephone, going back on a commitment, weapons testing as
an activity. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Candidates, find

pytestmark = pytest.mark.model


def _rules(cands: Candidates, word: str) -> set[str]:
    return {e.rule.split("@")[0] for e, _ in cands if e.trigger.text == word}


def test_categorize_passive_subject_completes_a_verb_object_sense(candidates) -> None:  # noqa: ANN001
    cands = candidates("Diplomatic relations between Argentina and Chile were restored on Monday.")
    assert "lexicon:verb:restore relation" in _rules(cands, "restored")
    assert find([e for e, _ in cands], "SUPPORT", actor="CHL", recipient="ARG")


def test_categorize_passive_subject_inside_a_clause_below_is_not_the_object(candidates) -> None:  # noqa: ANN001
    # "sanctions" is the subject of a clause below "lifted", not the passive subject of "lifted"
    cands = candidates("Brazil lifted its objection after Peru said sanctions were unlikely.")
    assert not any("lift sanction" in e.rule for e, _ in cands)


def test_categorize_call_named_by_the_telephone_is_a_consultation(candidates) -> None:  # noqa: ANN001
    cands = candidates("On Sunday Ghana's president talked by phone with his Nigerian counterpart.")
    assert find([e for e, _ in cands if "phone" in e.trigger.text], "CONSULT", actor="GHA")


def test_categorize_going_back_on_a_commitment_is_a_rejection(candidates) -> None:  # noqa: ANN001
    cands = candidates("Chile agreed to return the relics to Peru, then chose to backtrack a week later.")
    assert {"REJECT"} <= {e.category for e, _ in cands if e.trigger.text == "backtrack"}


def test_categorize_weapons_testing_is_a_mobilisation(candidates) -> None:  # noqa: ANN001
    cands = candidates("Iran has stepped up its missile testing this year.")
    assert find([e for e, _ in cands if e.trigger.text == "missile testing"], "MOBILIZE", actor="IRN")


def test_categorize_text_signed_by_two_states_is_their_support(candidates) -> None:  # noqa: ANN001
    cands = candidates("The roadmap was signed in Arusha last spring by Kenya and Rwanda.")
    signed = [e for e, _ in cands if "signed" in e.trigger.text and e.category == "SUPPORT"]
    assert any({a.code for a in e.actors} == {"KEN", "RWA"} for e in signed)
