"""Non-asserted events, again (issue 11, nona): a modal the parse leaves off its verb, a permission
withheld, a conjunct clause with its own subject, and a verb's object beyond a comma-set adjunct.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from geowire.coding.modality import detect_modality

from .conftest import CUES, candidate_events, find, modality_of


def hand_doc(rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """A hand-built parse (rows of word, lemma, pos, dep, head index) over an English vocabulary, so
    that the words' lower-case forms are set."""
    words, lemmas, pos, deps, heads = zip(*rows, strict=True)
    return Doc(spacy.blank("en").vocab, words=list(words), lemmas=list(lemmas), pos=list(pos),
               deps=list(deps), heads=list(heads))  # fmt: skip


# --- a modal with adverbs between it and its verb -------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Ghana would more likely help Togo with loans than with soldiers.", "help", "hypothetical"),
    ("Ghana would more likely help Togo with loans than with soldiers.", "loans", "hypothetical"),
    ("Analysts think Mali could very soon attack the rebel camps.", "attack", "hypothetical"),
])  # fmt: skip
def test_a_modal_before_adverbs_governs_the_verb(nlp, text: str, trigger: str, modality: str) -> None:  # noqa: ANN001
    assert modality_of(nlp, text, trigger).modality == modality


def test_a_noun_tagged_trigger_right_after_a_modal_takes_its_modality() -> None:
    # the tagger's mistake, built by hand: "Chad could soon aid Niger ." with "aid" a noun and the
    # modal hung on the adverb
    doc = hand_doc([
        ("Chad", "Chad", "PROPN", "nsubj", 2),
        ("could", "could", "AUX", "aux", 2),
        ("soon", "soon", "ADV", "ROOT", 2),
        ("aid", "aid", "NOUN", "dobj", 2),
        ("Niger", "Niger", "PROPN", "npadvmod", 3),
        (".", ".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    result = detect_modality(doc[3], cues=CUES)
    assert result.modality == "hypothetical"
    assert result.cue == "possibility"


def test_a_modal_before_its_subject_is_not_the_noun_s() -> None:
    # "could" hangs on a verb after the noun: the noun is that verb's subject ("could sanctions bite"),
    # whatever else makes it hypothetical (here a non-specific subject), not an act that could be done
    doc = hand_doc([
        ("could", "could", "AUX", "aux", 2),
        ("sanctions", "sanction", "NOUN", "nsubj", 2),
        ("bite", "bite", "VERB", "ROOT", 2),
    ])  # fmt: skip
    assert detect_modality(doc[1], cues=CUES).cue != "possibility"


def test_a_noun_with_a_determiner_after_a_modal_stays_a_noun() -> None:
    doc = hand_doc([
        ("it", "it", "PRON", "nsubj", 1),
        ("would", "would", "AUX", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("aid", "aid", "NOUN", "attr", 1),
    ])  # fmt: skip
    assert detect_modality(doc[3], cues=CUES).modality == "asserted"


def test_no_modal_before_the_adverbs_leaves_the_verb_asserted(nlp) -> None:  # noqa: ANN001
    assert modality_of(nlp, "Ghana quickly helped Togo with loans.", "helped").modality == "asserted"


# --- a permission withheld ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Ghana refused to let Togo join the talks.",
    "Ghana did not allow Togo to join the talks.",
])  # fmt: skip
def test_a_withheld_permission_negates_the_permitted_act(candidates, text: str) -> None:  # noqa: ANN001
    events = candidate_events(candidates(text))
    joined = find(events, "CONSULT", actor="TGO")
    assert joined and all(e.modality == "negated" for e in joined), [(e.category, e.modality) for e in joined]
    # the permitted party did not refuse anything: no REJECT by Togo on the joining
    assert not [e for e in find(events, "REJECT", actor="TGO") if e.trigger.text.startswith("join")]


def test_the_permitted_party_is_no_actor_of_the_refusal(code_text) -> None:  # noqa: ANN001
    # the modality reads on above the permission, the role search does not: the planes' party did
    # not refuse anything, and its landing is not done
    events = code_text("The Malian junta refused to let French transport planes land and pick up its envoys.")
    assert not find(events, "REJECT", actor="FRA"), [(e.category, e.trigger.text) for e in events]


def test_a_granted_permission_leaves_the_act_done(candidates) -> None:  # noqa: ANN001
    events = find(candidate_events(candidates("Ghana let Togo join the talks in March.")), "CONSULT",
                  actor="TGO")  # fmt: skip
    assert events and all(e.modality == "asserted" for e in events)


def test_an_unhelped_act_is_left_open(candidates) -> None:  # noqa: ANN001
    # "help" is a verb of causation, not of permission: not helping says nothing of the act
    events = candidate_events(candidates("Ghana did not help Togo to host the summit."))
    assert not [e for e in find(events, actor="TGO") if e.trigger.text == "host" and e.modality == "negated"]


def test_a_governor_s_negation_is_not_a_refusal_by_another_subject(candidates) -> None:  # noqa: ANN001
    # the categorizer reads "did not" on a verb above as the refusal of the act's own subject only
    events = candidate_events(candidates("Benin did not expect that Niger would back the accord."))
    assert not [e for e in find(events, "REJECT", actor="NER") if e.trigger.text == "back"]


# --- a conjunct clause with its own subject -------------------------------------------------------


def test_a_conjunct_with_its_own_subject_keeps_its_own_modality(nlp) -> None:  # noqa: ANN001
    text = ("The communique said the steps may include a naval blockade, and the bloc's ministers are to "
            "meet at once to plan for it.")  # fmt: skip
    result = modality_of(nlp, text, "meet")
    assert result.modality == "future", result.lines


# --- an object beyond a comma-set adjunct ----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Kenya will revoke, as of May, the visas of Somali diplomats.",
    "The minister said Ghana will revoke, from next month, the licence granted to Togo.",
])  # fmt: skip
def test_an_object_past_an_adjunct_makes_the_phrase(candidates, text: str) -> None:  # noqa: ANN001
    events = [e for e in candidate_events(candidates(text)) if e.trigger.text == "revoke"]
    assert events and {e.category for e in events} == {"SANCTION"}
    assert all(e.modality == "future" for e in events)


def test_an_adjunct_with_a_word_of_another_verb_is_no_parenthesis(candidates) -> None:  # noqa: ANN001
    # the commas close a clause, not an adjunct of "revoke": the noun after them is no object of it
    text = "Kenya will revoke, if the talks fail, its accord with Somalia."
    events = [e for e in candidate_events(candidates(text)) if e.trigger.text == "revoke"]
    assert all(e.category != "SANCTION" for e in events), [(e.category, e.modality) for e in events]


# --- standing forces down ---------------------------------------------------------------------------


def test_standing_forces_down_is_a_withdrawal(candidates) -> None:  # noqa: ANN001
    # PLOVER: a pull-back of forces is RETREAT (material yield); "stand down" alone stays CONCEDE
    events = candidate_events(
        candidates("Instead of standing down its troops, Kenya moved them nearer to Somalia.")
    )
    stood = [e for e in events if e.trigger.text.startswith("standing")]
    assert {e.category for e in stood} >= {"RETREAT"}
    assert all(e.modality == "negated" for e in stood if e.category == "RETREAT")


# --- a likelihood judged, not a future announced ----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Officials said Ghana would probably send advisers to Togo.",
    "The analysts said Ghana would more likely help Togo with loans than with soldiers.",
])  # fmt: skip
def test_a_reported_would_with_an_adverb_of_likelihood_stays_possible(nlp, text: str) -> None:  # noqa: ANN001
    trigger = "send" if "send" in text else "help"
    result = modality_of(nlp, text, trigger)
    assert (result.modality, result.cue) == ("hypothetical", "possibility"), result.cues


def test_a_reported_would_alone_is_the_future_seen_from_the_past(nlp) -> None:  # noqa: ANN001
    result = modality_of(nlp, "Officials said Ghana would send advisers to Togo.", "send")
    assert (result.modality, result.cue) == ("future", "reported-would")
