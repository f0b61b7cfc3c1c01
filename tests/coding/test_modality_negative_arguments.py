"""Negation carried by an argument, not by the verb (issue 11): a subject or object that is a
negative quantifier ("neither government", "none", "no reinforcements"), and an event noun that
is the subject of a negated or denied passive verb of realisation ("tariffs were not imposed"),
and an act under a verb of abstention ("refrained from criticising", "stopped short of")."""

from __future__ import annotations

import pytest
import spacy

from .conftest import modality_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "trigger"), [
    ("Neither government recalled its envoy after the incident.", "recalled"),
    ("None of the ministers has accepted the offer.", "accepted"),
    ("Nobody attacked the convoy.", "attacked"),
    ("The militia sent no reinforcements to the front.", "sent"),
    ("Ghana's finance ministry promised nothing to the lenders.", "promised"),
])  # fmt: skip
def test_modality_a_negative_subject_or_object_negates_the_clause(
    nlp: spacy.Language, text: str, trigger: str
) -> None:
    assert modality_of(nlp, text, trigger).modality == "negated"


def test_modality_a_plain_object_or_a_bare_no_is_no_negation(nlp: spacy.Language) -> None:
    assert modality_of(nlp, "Kenya sent troops to Somalia.", "sent").modality == "asserted"
    assert modality_of(nlp, "Peru said no to the proposal from Chile.", "said").modality == "asserted"


def test_modality_a_negative_object_does_not_reach_the_next_conjunct(nlp: spacy.Language) -> None:
    """ "had no plans to X and would keep working with Y": the second verb has its own object."""
    text = "The ministry said it had no plans to close the port and would keep working with Oman."
    assert modality_of(nlp, text, "working").modality != "negated"


@pytest.mark.parametrize(("text", "trigger"), [
    ("New sanctions were not imposed on Laos.", "sanctions"),
    ("The talks were not held in Oslo.", "talks"),
])  # fmt: skip
def test_modality_a_negated_passive_of_realisation_negates_its_subject_event(
    nlp: spacy.Language, text: str, trigger: str
) -> None:
    assert modality_of(nlp, text, trigger).modality == "negated"


def test_modality_a_denied_passive_negates_its_subject_event_and_reports_it(nlp: spacy.Language) -> None:
    result = modality_of(nlp, "Vietnam denied that any tariffs had been imposed on Thai rice.", "tariffs")
    assert result.modality == "negated"
    assert result.reported


def test_modality_an_affirmed_passive_of_realisation_stays_asserted(nlp: spacy.Language) -> None:
    assert modality_of(nlp, "The sanctions were imposed on Laos.", "sanctions").modality == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Argentina refrained from criticising Brazil.", "criticising"),
    ("The bloc avoided condemning the coup in Gabon.", "condemning"),
    ("Chile stopped short of imposing sanctions on Peru.", "imposing"),
    ("Peru held back from recognising the new government.", "recognising"),
])  # fmt: skip
def test_modality_an_act_under_a_verb_of_abstention_is_negated(
    nlp: spacy.Language, text: str, trigger: str
) -> None:
    assert modality_of(nlp, text, trigger).modality == "negated"


def test_modality_prevention_still_says_nothing_of_the_prevented_act(nlp: spacy.Language) -> None:
    """ "stop X from landing": not an abstention; whether X landed is not decided by "stop"."""
    text = "The navy stopped the smugglers from landing arms in Peru."
    assert modality_of(nlp, text, "landing").modality == "asserted"
