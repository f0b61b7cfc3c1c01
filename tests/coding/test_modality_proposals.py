"""What a verb of proposal puts forward in a "that" clause in the subjunctive is hypothetical
(issue 11, fut session; GUIDELINES: "suggested that X mediate" — the mediation is only proposed),
across the reported-speech boundary that otherwise stops the governing chain; a claim in the same
frame ("suggested that X had armed Y") stays as the rules read it, and the proposal itself is asserted.
Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy

from .conftest import modality_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chile proposed that Norway mediate between Peru and Bolivia.", "mediate"),
        ("Chile urged that the talks resume in Santiago.", "resume"),
        ("Chile proposed that the summit be held in Santiago.", "held"),
    ],
)
def test_modality_subjunctive_content_of_a_proposal_is_hypothetical(
    nlp: spacy.Language, text: str, trigger: str
) -> None:
    result = modality_of(nlp, text, trigger)
    assert (result.modality, result.cue) == ("hypothetical", "consideration")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chile suggested that Peru had armed the rebels.", "armed"),
        ("Chile suggested that Peru was arming the rebels.", "arming"),
        ("Chile suggests that Peru arms the rebels.", "arms"),
    ],
)
def test_modality_a_claim_after_suggest_is_no_proposal(nlp: spacy.Language, text: str, trigger: str) -> None:
    assert modality_of(nlp, text, trigger).modality == "asserted"


def test_modality_the_proposal_itself_is_asserted(nlp: spacy.Language) -> None:
    assert modality_of(
        nlp, "Chile proposed that Norway mediate between Peru and Bolivia.", "proposed"
    ).modality == ("asserted")
