"""Non-asserted events from reporting verbs, pending acts and invitations (issue 11, fut session):
a "that" clause of any verb of reporting ("confirmed", "signalled", "disclosed") is a source's
content, so its "would" is the future of the past and the event is reported; "is still to sign"
says the signing has not happened (negated, as "has yet to"); an invitation makes future the act
it invites to through "for" as through "to", wherever the parser hangs that preposition.
Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy

from .conftest import find, modality_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("verb", ["confirmed", "signalled", "disclosed", "indicated"])
def test_modality_would_under_a_verb_of_reporting_is_a_reported_future(
    nlp: spacy.Language, verb: str
) -> None:
    result = modality_of(nlp, f"Laos {verb} that it would close its border with Cambodia.", "close")
    assert (result.modality, result.reported, result.cue) == ("future", True, "reported-would")


def test_modality_would_under_a_verb_of_reporting_keeps_its_condition(nlp: spacy.Language) -> None:
    text = "Laos confirmed that it would close its border if Cambodia sent troops."
    assert modality_of(nlp, text, "close").modality == "hypothetical"


def test_modality_a_warning_stays_no_verb_of_reporting(nlp: spacy.Language) -> None:
    # a warning's content is the threat coded as the act: its "would" stays the rules' hypothetical
    result = modality_of(nlp, "Laos warned that it would close its border with Cambodia.", "close")
    assert result.modality == "hypothetical"


def test_coder_the_speaker_acts_in_a_confirmed_future(candidates) -> None:  # noqa: ANN001
    cands = candidates("Laos confirmed on Monday that it would close its border with Cambodia.")
    found = find([e for e, _ in cands], "SANCTION", actor="LAO", recipient="KHM")
    assert found and all((e.modality, e.reported) == ("future", True) for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Fiji is still to ratify the fisheries treaty with Tonga.",
        "Fiji has still to ratify the fisheries treaty with Tonga.",
        "Fiji has yet to ratify the fisheries treaty with Tonga.",
    ],
)
def test_modality_an_act_still_pending_is_negated(nlp: spacy.Language, text: str) -> None:
    assert modality_of(nlp, text, "ratify").modality == "negated"


def test_modality_still_without_to_negates_nothing(nlp: spacy.Language) -> None:
    assert (
        modality_of(nlp, "Fiji still ratified the fisheries treaty with Tonga.", "ratified").modality
        == "asserted"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Oman invited Iran for talks in Muscat.",  # "for" on the verb
        "Colombia invited Ecuador's president for talks in Bogota.",  # "for" on the one invited
        "Peru invited the Chilean foreign minister for consultations next week.",
    ],
)
def test_modality_an_act_invited_for_is_future(nlp: spacy.Language, text: str) -> None:
    trigger = "consultations" if "consultations" in text else "talks"
    assert modality_of(nlp, text, trigger).modality == "future"


def test_modality_talks_held_for_a_reason_are_no_invitation(nlp: spacy.Language) -> None:
    assert modality_of(nlp, "Oman hosted Iran for talks in Muscat.", "talks").modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's foreign ministry said in a statement that the country would recall its envoy from Uganda.",
        "The ministry said in a statement on Tuesday that it would recall its envoy from Uganda.",
    ],
)
def test_modality_content_clause_of_a_statement_is_reported(nlp: spacy.Language, text: str) -> None:
    # the parser may hang the "that" clause on "statement" rather than on "said": still the content
    result = modality_of(nlp, text, "recall")
    assert (result.modality, result.reported) == ("future", True)


def test_modality_a_clause_on_a_noun_of_no_speech_is_not_reported(nlp: spacy.Language) -> None:
    text = "Kenya recalled its envoy in the week that Uganda closed the border."
    assert modality_of(nlp, text, "closed").reported is False
