"""Conditions written by inversion are no deeds (issue 11, counterfactuals in analysis prose): "Had
X done Y, …", "Should X do Y, …", "Were X to do Y, …" state a condition, as "if X had done Y" does —
the rule coder drops the conditioned act (veto ``conditional``) and the modality stage reads it as
hypothetical; a plain past perfect stays a deed. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy

from .conftest import find, modality_of

pytestmark = pytest.mark.model


def test_coder_inverted_past_condition_is_no_deed(code_text) -> None:  # noqa: ANN001
    events = code_text("Had Lisbon expelled the Angolan envoy, Luanda would have cut trade ties.")
    assert not find(events, "SANCTION", actor="PRT")


def test_coder_plain_past_perfect_is_still_a_deed(code_text) -> None:  # noqa: ANN001
    events = code_text("Lisbon had expelled the Angolan envoy before the talks began.")
    assert find(events, "SANCTION", actor="PRT")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Had Lisbon expelled the Angolan envoy, Luanda would have cut trade ties.", "expelled"),
        ("Should Quito close the port to Peruvian ships, Lima would protest.", "close"),
        ("Were Rome to recall its ambassador, Tripoli would answer in kind.", "recall"),
    ],
)
def test_modality_inverted_condition_is_hypothetical(nlp: spacy.Language, text: str, trigger: str) -> None:
    assert modality_of(nlp, text, trigger).modality == "hypothetical"


def test_modality_past_perfect_without_inversion_is_asserted(nlp: spacy.Language) -> None:
    assert modality_of(nlp, "Lisbon had expelled the envoy in May.", "expelled").modality == "asserted"
