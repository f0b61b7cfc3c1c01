"""An act laid at a party's door and denied in a remark after it is negated (issue 11, fut session;
GUIDELINES: a denied accusation codes the denied act as negated): "accused X of arming the rebels,
which X denies", "blamed X for the bombing, a charge X denied", "say X sent fighters; X denies any
role". The accusation itself stays asserted, and a refusal ("…, which X rejected") or a denial of
something else ("denied claims that …") leaves the act alone.
Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy

from .conftest import modality_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Jordan accused Syria of arming the smugglers, which Damascus denies.", "arming"),
        ("Jordan blamed Syria for the shelling, a charge Damascus denied.", "shelling"),
        ("Amman says Syria has sent drones over the border; Damascus denies any involvement.", "sent"),
    ],
)
def test_modality_act_denied_in_a_remark_is_negated(nlp: spacy.Language, text: str, trigger: str) -> None:
    result = modality_of(nlp, text, trigger)
    assert (result.modality, result.cue) == ("negated", "denial")


def test_modality_the_accusation_itself_stays_asserted(nlp: spacy.Language) -> None:
    text = "Jordan accused Syria of arming the smugglers, which Damascus denies."
    assert modality_of(nlp, text, "accused").modality == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Jordan accused Syria of arming the smugglers, which Damascus does not deny.", "arming"),
        ("Jordan offered Syria a border deal, which Damascus rejected.", "offered"),
        (
            "Jordan accused Syria of shelling the post, and Damascus denied claims that it had moved troops.",
            "shelling",
        ),
    ],
)
def test_modality_remark_that_denies_nothing_of_the_act(nlp: spacy.Language, text: str, trigger: str) -> None:
    assert modality_of(nlp, text, trigger).modality != "negated"
