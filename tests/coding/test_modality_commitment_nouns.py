"""Issue 11: the act a noun of commitment commits to ("a pledge to deploy", "a promise of aid") is not
done yet (future, cue kind ``commitment``); an act set aside for another ("rather than withdraw",
"instead of") is negated."""

from __future__ import annotations

import pytest
import spacy

from .conftest import modality_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "trigger"), [
    ("Senegal made a pledge to deploy engineers to Gambia.", "deploy"),
    ("Chile's commitment to send firefighters to Bolivia was praised.", "send"),
    ("Peru renewed its promise of aid to Ecuador.", "aid"),
    ("Angola announced an agreement to supply fuel to Zambia.", "supply"),
])  # fmt: skip
def test_modality_act_committed_to_by_a_noun_is_future(nlp: spacy.Language, text: str, trigger: str) -> None:
    result = modality_of(nlp, text, trigger)
    assert (result.modality, result.cue) == ("future", "commitment")


def test_modality_commitment_noun_absorbed_by_the_intent_reading(nlp: spacy.Language) -> None:
    # read as the commitment itself (AGREE, adjustment "intent"), the pledge was made
    result = modality_of(nlp, "Senegal made a pledge to deploy engineers to Gambia.", "deploy",
                         ignore=frozenset({"future", "commitment"}))  # fmt: skip
    assert result.modality == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The ceasefire agreement between Laos and Cambodia was signed in Hanoi.", "ceasefire"),  # compound
    ("Peru made a promise to Ecuador after the floods.", "floods"),
    ("Norway and Iceland signed an agreement on fisheries cooperation.", "cooperation"),
])  # fmt: skip
def test_modality_commitment_noun_not_over_other_links(nlp: spacy.Language, text: str, trigger: str) -> None:
    assert modality_of(nlp, text, trigger).modality == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Rather than withdraw its troops, Turkey sent more soldiers to Syria.", "withdraw"),  # mark
    ("Mali expelled the envoys rather than negotiating with the rebels.", "negotiating"),  # preposition
    ("Spain chose to recall its envoy rather than expel the ambassador.", "expel"),  # coordinator
    ("Chad sent more troops instead of withdrawing them.", "withdrawing"),
])  # fmt: skip
def test_modality_act_set_aside_for_another_is_negated(nlp: spacy.Language, text: str, trigger: str) -> None:
    result = modality_of(nlp, text, trigger)
    assert (result.modality, result.cue) == ("negated", "negative-idiom")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Rather than withdraw its troops, Turkey sent more soldiers to Syria.", "sent"),
    ("Spain chose to recall its envoy rather than expel the ambassador.", "recall"),
    ("Mali expelled the envoys rather than negotiating with the rebels.", "expelled"),
    ("Iran rather than Iraq sent troops to Syria.", "sent"),
    ("Mali sent more troops than Niger to the border.", "sent"),
])  # fmt: skip
def test_modality_act_chosen_over_another_stays_asserted(
    nlp: spacy.Language, text: str, trigger: str
) -> None:
    assert modality_of(nlp, text, trigger).modality == "asserted"


def test_modality_noun_set_aside_is_negated(nlp: spacy.Language) -> None:
    result = modality_of(nlp, "Peru announced new tariffs rather than a blockade of the port.", "blockade")
    assert result.modality == "negated"


def test_modality_set_aside_under_a_modal_keeps_the_modal(nlp: spacy.Language) -> None:
    # both acts are only likely: the one set aside is no more denied than the other is done
    text = "Laos might abstain rather than oppose the resolution."
    assert modality_of(nlp, text, "oppose").modality == "hypothetical"


def test_modality_set_aside_stops_at_the_next_conjunct(nlp: spacy.Language) -> None:
    text = ("The members paused the forum's work rather than meet with the envoys, who chaired it, "
            "and resumed talks with Oslo in May.")  # fmt: skip
    assert modality_of(nlp, text, "resumed").modality == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Cuba accepted an invitation to visit Vietnam in May.", "visit"),
    ("Mali invited the envoys of Niger to visit Bamako.", "visit"),
    ("Nepal invited India to talks in Kathmandu.", "talks"),
])  # fmt: skip
def test_modality_act_invited_is_future(nlp: spacy.Language, text: str, trigger: str) -> None:
    assert modality_of(nlp, text, trigger).modality == "future"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The raid invited sharp criticism from Jordan.", "criticism"),
    ("The raid invited sharp criticism from Jordan.", "raid"),
])  # fmt: skip
def test_modality_a_reaction_drawn_is_no_invitation(nlp: spacy.Language, text: str, trigger: str) -> None:
    assert modality_of(nlp, text, trigger).modality == "asserted"
