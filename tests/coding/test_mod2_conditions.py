"""Acts stated only under a condition, and acts named as a kind (issue 11, mod2): "would expel the
envoys if X did", "if X expelled them", "an attack on the port would be a grave error" are no deeds,
and the cue that says so is one the modality model may not overrule once the decider is retrained
(``conditioned`` and ``non-specific`` are proposals: ``train.FIRM_ALWAYS``). A threat read from a
conditioned act keeps its own reading (a threat is made whatever its condition)."""

from __future__ import annotations

import pytest
import spacy

from geowire.coding.modality import PROPOSALS, modality_for
from geowire.coding.train import FIRM_ALWAYS

from .conftest import CUES, modality_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "trigger"), [
    ("Lisbon said it would expel two Angolan envoys if Luanda expelled its trade attaché.", "expel"),
    ("Lisbon said it would expel two Angolan envoys if Luanda expelled its trade attaché.", "expelled"),
    ("Unless Quito lifts the tariffs, Lima would halt its gas exports to Ecuador.", "halt"),
    ("If Tonga recalled its ambassador, Fiji might do the same.", "recalled"),
])  # fmt: skip
def test_mod2_an_act_under_a_condition_is_conditioned(nlp: spacy.Language, text: str, trigger: str) -> None:
    result = modality_of(nlp, text, trigger)
    assert (result.modality, result.cue) == ("hypothetical", "conditioned")


def test_mod2_a_modal_without_a_condition_stays_a_plain_modal(nlp: spacy.Language) -> None:
    result = modality_of(nlp, "Oslo would prefer to host the envoys of both sides.", "host")
    assert result.cue != "conditioned"


@pytest.mark.parametrize("adjustment", ["condition", "intent"])
def test_mod2_a_reading_that_is_the_threat_or_pledge_makes_no_conditioned_cue(
    nlp: spacy.Language, adjustment: str
) -> None:
    doc = nlp("Lima warned that it would halt gas exports to Ecuador unless Quito lifted the tariffs.")
    halt = next(t for t in doc if t.text == "halt")
    assert modality_for(halt, cues=CUES, adjustment=None).cue == "conditioned"
    assert modality_for(halt, cues=CUES, adjustment=adjustment).cue != "conditioned"
    assert modality_for(halt, cues=CUES, adjustment=None, category="THREATEN").cue != "conditioned"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Windhoek warned that an attack on the port would be a grave error.", "attack"),
    ("Any blockade of the strait would need the council's consent, Accra said.", "blockade"),
    ("Airstrikes could only harden the militia, the envoy told reporters.", "Airstrikes"),
])  # fmt: skip
def test_mod2_an_event_noun_that_is_the_subject_of_a_modal_clause_is_any_act_of_its_kind(
    nlp: spacy.Language, text: str, trigger: str
) -> None:
    result = modality_of(nlp, text, trigger)
    assert (result.modality, result.cue) == ("hypothetical", "non-specific")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Serbia's blockade could last for months.", "blockade"),  # a possessor: a known act
    ("The sanctions would hurt the economy of Laos.", "sanctions"),  # definite: a known act
    ("The raid that killed nine could widen the war.", "raid"),  # a relative clause tells what it did
    ("An attack on the port was a grave error.", "attack"),  # no modal: said of one that happened
])  # fmt: skip
def test_mod2_a_known_act_as_the_subject_of_a_modal_clause_is_no_kind(
    nlp: spacy.Language, text: str, trigger: str
) -> None:
    assert modality_of(nlp, text, trigger).cue != "non-specific"


def test_mod2_a_reported_would_on_a_kind_stays_hypothetical(nlp: spacy.Language) -> None:
    # "said" makes a bare "would" a reported future; the kind named is still no act
    result = modality_of(nlp, "Any blockade of the strait would be an act of war, Manila said.", "blockade")
    assert result.modality == "hypothetical"


def test_mod2_conditioned_and_kind_cues_are_firm_after_retraining() -> None:
    assert {"conditioned", "non-specific"} <= PROPOSALS <= FIRM_ALWAYS


def test_mod2_the_candidates_of_a_conditioned_expulsion(candidates) -> None:  # noqa: ANN001
    text = "Lisbon said it would expel two Angolan diplomats if Luanda expelled its trade attaché."
    cands = candidates(text)
    readings = [
        (e, f)
        for e, f in cands
        if e.trigger.text.startswith("expel ")
        and {a.code for a in e.actors} == {"PRT"}
        and {r.code for r in e.recipients} == {"AGO"}
    ]
    kinds = {e.category: (e.modality, [x for x in f if x.startswith("cue=")]) for e, f in readings}
    # the expulsion itself is only conditional; the threat it makes is a threat made
    assert kinds["SANCTION"] == ("hypothetical", ["cue=conditioned"])
    assert kinds["THREATEN"][1] != ["cue=conditioned"]
