"""The label of a judgement ("called the blockade a breach of Chile's rights", "described the
ballot as a fraud") says what the speaker thinks of the object: the judgement verb's reading is the
event, the label's event word is none, and a party named inside the label (the wronged one, the
standard) is not the one judged. An object with its label is a judgement before any phrase the verb
and the object make ("called the strike a ..." calls no strike). Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import candidate_events as _events
from .conftest import find

pytestmark = pytest.mark.model


def test_label_noun_is_no_candidate_trigger(candidates) -> None:  # noqa: ANN001
    cands = candidates("Lima called the Bolivian blockade a breach of Chile's rights.")
    label = [e for e in _events(cands) if e.trigger.text in ("breach", "rights")]
    assert not label


def test_party_inside_the_label_is_not_the_judged_one(code_text, candidates) -> None:  # noqa: ANN001
    text = "Ankara condemned the Greek drills, calling them a violation of Cyprus's airspace."
    assert not find(code_text(text), "ACCUSE", actor="TUR", recipient="CYP")
    assert not find(_events(candidates(text)), "ACCUSE", actor="TUR", recipient="CYP")


def test_judgement_before_the_verb_and_object_phrase(code_text) -> None:  # noqa: ANN001
    events = code_text("Tehran called the Saudi strike an act of aggression.")
    assert find(events, "ACCUSE", actor="IRN", recipient="SAU")
    assert not find(events, "PROTEST", actor="IRN")


def test_a_strike_called_without_a_label_is_still_a_strike(code_text) -> None:  # noqa: ANN001
    events = code_text("Dock workers in Piraeus called a strike against the Chinese port operator.")
    assert not find(events, "ACCUSE")
