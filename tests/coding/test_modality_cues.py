"""Modality cues read from the parse: each modality, the reported flag, and the boundaries."""

from __future__ import annotations

import pytest
import spacy

from geowire.coding.modality import governing_chain

from .conftest import CUES, modality_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Serbia shipped rifles to Libya last spring.", "shipped", "asserted"),
    ("Serbia did not ship rifles to Libya.", "ship", "negated"),
    ("Ankara never shipped the drones to Baku.", "shipped", "negated"),
    ("The council didn't lift a finger to stop the militia from looting the port.", "stop", "negated"),
    ("Norway failed to deliver the promised grain to Yemen.", "deliver", "negated"),
    ("A senator said Chile should consider providing Peru with patrol boats.", "providing", "hypothetical"),
    ("Brazil could send engineers to Haiti.", "send", "hypothetical"),
    ("Egypt proposed sending observers to Sudan.", "sending", "hypothetical"),
    ("If Iraq attacked Kuwait again, Britain would defend it.", "defend", "hypothetical"),
    ("Japan has stated readiness to supply Vietnam with radars.", "supply", "hypothetical"),  # an offer
    ("Germany will deliver the tanks to Poland next year.", "deliver", "future"),
    ("Kenya plans to deploy police officers to Haiti.", "deploy", "future"),
    # the act committed to is not done yet (the commitment itself: see below)
    ("Ghana vowed to expel the traffickers.", "expel", "future"),
    ("Ghana agreed to expel the traffickers.", "expel", "future"),
])  # fmt: skip
def test_modality_cue_setsmodality_of(nlp: spacy.Language, text: str, trigger: str, expected: str) -> None:
    assert modality_of(nlp, text, trigger).modality == expected


def test_a_commitment_read_as_the_act_itself_is_asserted(nlp: spacy.Language) -> None:
    # the categorizer's intent reading ("vowed to expel" as THREATEN) is the commitment: made
    from geowire.coding.modality import modality_for

    doc = nlp("Ghana vowed to expel the traffickers.")
    expel = next(t for t in doc if t.text == "expel")
    assert modality_for(expel, cues=CUES, adjustment="intent").modality == "asserted"
    assert modality_for(expel, cues=CUES, adjustment=None).modality == "future"


def test_modality_refused_is_not_a_cue_on_the_refusal_itself(nlp: spacy.Language) -> None:
    # "refused" is the REJECT event; only what was refused is negated
    assert modality_of(nlp, "Hungary refused to extradite the suspect.", "refused").modality == "asserted"
    assert modality_of(nlp, "Hungary refused to extradite the suspect.", "extradite").modality == "negated"


def test_modality_stop_from_does_not_negate_what_happened(nlp: spacy.Language) -> None:
    text = "The council didn't lift a finger to stop the militia from looting the port in 2021."
    assert modality_of(nlp, text, "looting").modality == "asserted"


def test_modality_temporal_clause_keeps_its_ownmodality_of(nlp: spacy.Language) -> None:
    text = "When Lima warned Quito against a blockade, it was not making an idle threat."
    assert modality_of(nlp, text, "warned").modality == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Mali has reportedly deployed mercenaries near the border.", "deployed"),
    ("According to state media, Iran seized a tanker.", "seized"),
    ("The rebels allegedly shelled the town.", "shelled"),
    ("The general is said to have ordered the strike.", "ordered"),
    ("The minister said Chile should consider providing Peru with patrol boats.", "providing"),
])  # fmt: skip
def test_modality_reported_flag(nlp: spacy.Language, text: str, trigger: str) -> None:
    assert modality_of(nlp, text, trigger).reported


def test_modality_plain_statement_is_not_reported(nlp: spacy.Language) -> None:
    assert not modality_of(nlp, "Serbia shipped rifles to Libya.", "shipped").reported


def test_modality_absorbed_negation_is_not_applied_twice(nlp: spacy.Language) -> None:
    result = modality_of(nlp, "Serbia did not ship rifles to Libya.", "ship", ignore=frozenset({"negated"}))
    assert result.modality == "asserted"
    assert any("absorbed" in line for line in result.cues)


def test_modality_governing_chain_stops_at_reported_speech(nlp: spacy.Language) -> None:
    doc = nlp("Officials could say that Chad sent troops.")
    sent = next(t for t in doc if t.text == "sent")
    assert [t.text for t in governing_chain(sent, CUES)] == ["sent"]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Chile has every incentive to defend Peru's claim.", "defend", "hypothetical"),
    ("Kenya has the capacity to deploy troops to Somalia.", "deploy", "hypothetical"),
    ("Kenya deployed troops to Somalia.", "deployed", "asserted"),
])  # fmt: skip
def test_modality_noun_of_potential_makes_its_complement_hypothetical(
    nlp: spacy.Language, text: str, trigger: str, expected: str
) -> None:
    assert modality_of(nlp, text, trigger).modality == expected


def test_modality_negated_main_clause_does_not_negate_its_means_adjunct(nlp: spacy.Language) -> None:
    text = "By warning against a blockade, Oslo is not showing weakness but resolve."
    assert modality_of(nlp, text, "warning").modality == "asserted"
    assert modality_of(nlp, text, "showing").modality == "negated"


def test_modality_means_adjunct_keeps_its_own_negation(nlp: spacy.Language) -> None:
    text = "By not condemning the coup, Ghana is signalling approval."
    assert modality_of(nlp, text, "condemning").modality == "negated"


def test_a_future_above_a_commitment_still_makes_the_commitment_future(nlp: spacy.Language) -> None:
    from geowire.coding.modality import modality_for

    texts = ("Ghana will agree to expel the traffickers.", "Ghana plans to pledge to expel the traffickers.")
    for text in texts:
        expel = next(t for t in nlp(text) if t.text == "expel")
        assert modality_for(expel, cues=CUES, adjustment="intent").modality == "future", text
        assert modality_for(expel, cues=CUES, adjustment=None).modality == "future", text
