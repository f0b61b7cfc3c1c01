"""The kind of the cue that sets a reading's modality (issue 11, modcue): typed, so the learned
stage can read it as a feature and keep an explicit negation over the modality model's vote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from geowire.coding.decide import LinearDecider, decide, load_decider
from geowire.coding.modality import EXPLICIT_NEGATIONS, detect_modality
from geowire.types import Event, EventActor, Span

from .conftest import CUES, modality_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "trigger", "modality", "kind"), [
    ("Chile did not recall its envoy from Lima.", "recall", "negated", "trigger-negation"),
    ("Chile did not plan to recall its envoy from Lima.", "recall", "negated", "negation"),
    ("Neither capital recalled its envoy.", "recalled", "negated", "negative-argument"),
    ("Oslo refrained from criticising the junta in Niamey.", "criticising", "negated", "abstention"),
    ("Quito failed to deliver the promised fuel to Lima.", "deliver", "negated", "refusal"),
    ("Baku denied that it had shelled the border posts of Armenia.", "shelled", "negated", "denial"),
    ("New tariffs were not imposed on Laos.", "tariffs", "negated", "negated-passive"),
    ("Peru could send engineers to Bolivia.", "send", "hypothetical", "possibility"),
    ("Peru might soon send engineers to Bolivia.", "send", "hypothetical", "possibility"),
    ("Peru could decide to send engineers to Bolivia.", "send", "hypothetical", "modal"),
    ("Peru should send engineers to Bolivia.", "send", "hypothetical", "modal"),
    ("Spain is considering sanctions on the trawler firms.", "sanctions", "hypothetical", "consideration"),
    ("Will Berlin send tanks to Kyiv?", "send", "hypothetical", "question"),
    ("Ghana will host the envoys of Togo on Monday.", "host", "future", "future-auxiliary"),
    ("Kenya plans to deploy police officers to Haiti.", "deploy", "future", "intent"),
    ("The minister is due to visit Hanoi.", "visit", "future", "schedule"),
    ("The ministry said it would close the border with Chad.", "close", "future", "reported-would"),
])  # fmt: skip
def test_the_cue_that_sets_the_modality_has_a_kind(
    nlp: spacy.Language, text: str, trigger: str, modality: str, kind: str
) -> None:
    result = modality_of(nlp, text, trigger)
    assert (result.modality, result.cue) == (modality, kind)
    assert (modality, kind) in result.found


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    # "not" on the trigger or on its auxiliaries: the act itself is said not to happen
    ("Ghana will not extradite the suspects to Togo.", "extradite", "trigger-negation"),
    ("Fiji has not recalled its envoy from Tonga.", "recalled", "trigger-negation"),
    # an event noun whose own predicate is negated ("did not happen")
    ("The talks between Accra and Lome did not happen.", "talks", "trigger-negation"),
    # a "not" on a governing word higher up negates that word (the plan, the expectation)
    ("Lima never expected to receive the loan from Quito.", "receive", "negation"),
])  # fmt: skip
def test_a_negation_of_the_trigger_itself_is_told_from_one_further_up(
    nlp: spacy.Language, text: str, trigger: str, kind: str
) -> None:
    result = modality_of(nlp, text, trigger)
    assert (result.modality, result.cue) == ("negated", kind)


def test_an_asserted_reading_has_no_cue_kind(nlp: spacy.Language) -> None:
    result = modality_of(nlp, "Kenya sent troops to Somalia.", "sent")
    assert (result.modality, result.cue, result.found) == ("asserted", None, ())


def test_an_absorbed_negation_is_still_among_the_cues_found(nlp: spacy.Language) -> None:
    """ "refused to sign" read as REJECT: the negation is the category, the act is not negated, but the
    kind of its cue stays known."""
    text = "Quito failed to sign the pact with Lima."
    result = modality_of(nlp, text, "sign", ignore=frozenset({"negated"}))
    assert result.modality == "asserted"
    assert ("negated", "refusal") in result.found


def test_the_explicit_negations_are_the_negated_kinds_only() -> None:
    assert "abstention" in EXPLICIT_NEGATIONS and "denial" in EXPLICIT_NEGATIONS
    assert {"trigger-negation", "negation"} <= EXPLICIT_NEGATIONS
    assert not EXPLICIT_NEGATIONS & {"modal", "question", "future-auxiliary", "intent"}


def _actor(code: str) -> EventActor:
    return EventActor(code=code, sector=None, entity_text=code, wikidata=None, start=0, end=1)


def _event() -> Event:
    return Event(id="a", doc_id="d", sentence_index=0, sentence="s", sentence_start=0, category="ACCUSE",
                 trigger=Span(0, 3, "xyz"), actors=(_actor("NOR"),), recipients=(_actor("BLR"),),
                 modality="negated")  # fmt: skip


_ASSERTS = {"asserted": {"bias": 3.0}, "negated": {"bias": -3.0}, "future": {"bias": -3.0},
            "hypothetical": {"bias": -3.0}}  # fmt: skip


def test_a_firm_cue_keeps_the_rules_negation_over_the_modality_model() -> None:
    loose = LinearDecider({"bias": 2.0}, 0.5, 0.5, "m", _ASSERTS, assert_margin=0.2)
    firm = LinearDecider({"bias": 2.0}, 0.5, 0.5, "m", _ASSERTS, assert_margin=0.2,
                         firm_cues=frozenset({"abstention"}))  # fmt: skip
    cand = [(_event(), ("bias", "cue=abstention"))]
    assert decide(cand, loose, threshold=0.5)[0].modality == "asserted"
    assert decide(cand, firm, threshold=0.5)[0].modality == "negated"
    other = [(_event(), ("bias", "cue=modal"))]  # not a firm kind: the model decides
    assert decide(other, firm, threshold=0.5)[0].modality == "asserted"


def test_the_firm_cues_round_trip_through_the_file(tmp_path: Path) -> None:
    d = LinearDecider({"bias": 2.0}, 0.5, 0.5, "m", _ASSERTS, firm_cues=frozenset({"denial", "negation"}))
    path = tmp_path / "m.json"
    path.write_text(json.dumps(d.to_json()), encoding="utf-8")
    assert load_decider(path) == d


@pytest.mark.parametrize(("text", "trigger"), [
    # a negated abstention negates nothing (a negated exclusion leaves an option: test_modality_scope)
    ("Oslo did not refrain from criticising the junta.", "criticising"),
    ("Riga did not hold back from summoning the envoy.", "summoning"),
])  # fmt: skip
def test_a_negated_abstention_negates_nothing(nlp: spacy.Language, text: str, trigger: str) -> None:
    result = modality_of(nlp, text, trigger)
    assert (result.modality, result.cue) == ("asserted", None)


def test_a_non_specific_determiner_makes_an_event_noun_hypothetical(nlp: spacy.Language) -> None:
    """The mechanism of ``hypothetical.determiners`` (empty in the English pack: measured, left out)."""
    cues = CUES.model_copy(update={"hypothetical": CUES.hypothetical.model_copy(
        update={"determiners": frozenset({"any"})})})  # fmt: skip
    doc = nlp("Officials said any transfer of drones to Lome would depend on guarantees.")
    tok = next(t for t in doc if t.text == "transfer")
    result = detect_modality(tok, cues=cues)
    assert (result.modality, result.cue) == ("hypothetical", "non-specific")
    doc = nlp("Kenya did not impose any sanctions on Uganda.")
    tok = next(t for t in doc if t.text == "sanctions")
    assert detect_modality(tok, cues=cues).modality == "negated"  # a negation still wins
