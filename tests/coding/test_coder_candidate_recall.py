"""What the rule stages propose to the learned stage (issue 11, candidate recall): second senses of
ambiguous trigger words, judgement verbs with an object complement, undoing verbs, words that are
never triggers, and implied recipients (organisations, the subject of an earlier sentence, the
article's main party). Sentences written for these tests."""

from __future__ import annotations

import pytest

from geowire.coding.categorize import parse_lexicon
from geowire.lang.pack import LanguagePackError

from .conftest import EN, Candidates, find

pytestmark = pytest.mark.model


def _readings(cands: Candidates, word: str) -> set[str]:
    return {e.category for e, _ in cands if e.trigger.text == word}


def _implied(cands: Candidates, category: str, actor: str, recipient: str) -> set[str]:
    """How the recipient of the matching candidates was found (``rcpt=`` features)."""
    wanted = {id(e) for e in find([e for e, _ in cands], category, actor=actor, recipient=recipient)}
    return {next(x for x in f if x.startswith("rcpt=")) for e, f in cands if id(e) in wanted}


# --- second senses -------------------------------------------------------------------------------


def test_coder_second_sense_is_proposed_beside_the_first(code_text, candidates) -> None:  # noqa: ANN001
    text = "Chile banned Bolivian trucks from its northern roads on Tuesday."
    assert {"COERCE", "SANCTION"} <= _readings(candidates(text), "banned")
    assert not find(code_text(text), "SANCTION")  # the rule coder keeps the first reading


def test_lexicon_second_sense_of_an_unlisted_word_is_refused() -> None:
    raw = {
        "version": 1,
        "pass_through": [],
        "intent": [],
        "light_verbs": [],
        "entries": [{"category": "COERCE", "verbs": ["ban"]}],
        "grammar": {k: [] for k in EN.yaml("event_lexicon.yaml")["grammar"]},
        "second_senses": [{"category": "SANCTION", "verbs": ["embargo"]}],
    }
    with pytest.raises(LanguagePackError, match="embargo"):
        parse_lexicon(raw, "test.yaml")
    raw["second_senses"] = [{"category": "COERCE", "verbs": ["ban"]}]  # its own first category
    with pytest.raises(LanguagePackError, match="ban"):
        parse_lexicon(raw, "test.yaml")


# --- judgements, undoing, non-triggers ---------------------------------------------------------------


def test_coder_judgement_with_an_object_complement_is_an_accusation(code_text) -> None:  # noqa: ANN001
    events = code_text("The Bolivian foreign ministry called the border closure a provocation.")
    assert find(events, "ACCUSE", actor="BOL")
    assert not find(events, "CONSULT") and not find(events, "CONCEDE")


def test_coder_judgement_whose_object_hangs_on_the_complement(code_text) -> None:  # noqa: ANN001
    events = code_text("The Bolivian government called the killings extrajudicial executions.")
    assert find(events, "ACCUSE", actor="BOL")
    assert not find(events, "CONSULT")


def test_coder_ending_a_meeting_is_the_meeting_not_a_sanction(code_text) -> None:  # noqa: ANN001
    events = code_text("Chile and Peru ended two days of talks in Lima on Sunday.")
    assert find(events, "CONSULT", actor="CHL")
    assert not find(events, "SANCTION")


def test_coder_call_without_a_complement_is_still_a_phone_call(code_text) -> None:  # noqa: ANN001
    events = code_text("The Chilean president called the Peruvian president on Monday.")
    assert find(events, "CONSULT", actor="CHL")
    assert not find(events, "ACCUSE")


def test_coder_judgement_has_its_favourable_reading_as_a_candidate(candidates) -> None:  # noqa: ANN001
    readings = _readings(candidates("Uruguay called the Mercosur summit a success."), "called")
    assert {"ACCUSE", "SUPPORT"} <= readings


def test_coder_undoing_verb_with_particle_needs_the_particle(code_text) -> None:  # noqa: ANN001
    assert find(code_text("Chile called off the talks with Peru."), "SANCTION", actor="CHL")
    events = code_text("Peru called the curfew in Tacna a mistake.")
    assert not find(events, "CONCEDE")  # "call" alone undoes nothing


def test_coder_breaking_an_agreement_is_a_rejection(code_text) -> None:  # noqa: ANN001
    events = code_text("Peru broke the fishing agreement with Chile.")
    assert find(events, "REJECT", actor="PER", recipient="CHL")
    assert not find(events, "AGREE")


def test_coder_according_to_is_no_trigger(candidates) -> None:  # noqa: ANN001
    cands = candidates("According to Chilean officials, Peru closed the border crossing at Tacna.")
    assert not any(e.trigger.text.lower().startswith("accord") for e, _ in cands)


def test_coder_sale_of_weapons_is_aid_not_an_attack(code_text) -> None:  # noqa: ANN001
    events = code_text("Washington approved the sale of missiles to Taiwan.")
    assert find(events, "AID", actor="USA", recipient="TWN")
    assert not find(events, "ASSAULT")


def test_coder_exercise_is_proposed_as_cooperation_and_as_mobilization(candidates) -> None:  # noqa: ANN001
    cands = candidates("The Chilean navy began a two-week exercise off the coast of Arica on Monday.")
    assert {"COOPERATE", "MOBILIZE"} <= _readings(cands, "exercise")


def test_coder_called_person_named_with_a_title_is_a_call(code_text) -> None:  # noqa: ANN001
    events = code_text("The Peruvian president called Chilean President Gabriel Boric on Friday.")
    assert find(events, "CONSULT", actor="PER")
    assert not find(events, "ACCUSE")


# --- implied recipients ------------------------------------------------------------------------------


def test_coder_organisation_is_offered_as_implied_recipient(candidates) -> None:  # noqa: ANN001
    text = (
        "NATO agreed on Tuesday to station more jets in the Baltic states. "
        "Russia condemned the decision on Wednesday."
    )
    hows = _implied(candidates(text), "ACCUSE", "RUS", "NATO")
    assert hows and hows <= {"rcpt=previous-subject", "rcpt=topic"}


def test_coder_earlier_subject_is_offered_as_implied_recipient(candidates) -> None:  # noqa: ANN001
    text = (
        "Iran seized a tanker flying the flag of Panama in the Gulf of Oman on Friday. "
        "The crew of twenty-three was taken to the port of Bandar Abbas. "
        "France condemned the seizure on Saturday."
    )
    assert "rcpt=previous-subject" in _implied(candidates(text), "ACCUSE", "FRA", "IRN")


def test_coder_article_main_party_is_offered_as_implied_recipient(candidates) -> None:  # noqa: ANN001
    text = (
        "Venezuela expelled three Colombian diplomats on Monday. "
        "Venezuela said the diplomats had met opposition leaders. "
        "The decision came a week after Venezuela closed two border crossings. "
        "Officials in Caracas gave no further details. "
        "Several Latin American governments expressed concern about the escalation on Tuesday. "
        "Brazil criticised the expulsions."
    )
    assert _implied(candidates(text), "ACCUSE", "BRA", "VEN")


# --- non-asserted events (issue 11: modality and candidate recall) ---------------------------------


def test_coder_particle_after_the_object_still_makes_the_phrase(candidates) -> None:  # noqa: ANN001
    """ "would pull its police out of X": the object stands between the verb and its particle; the
    planned withdrawal is proposed, as future."""
    cands = candidates("Rwanda said it would pull its police out of Mozambique.")
    withdrawals = find([e for e, _ in cands], "RETREAT", actor="RWA", recipient="MOZ")
    assert withdrawals and all(e.modality == "future" for e in withdrawals)


def test_coder_a_time_phrase_after_the_object_is_no_particle(candidates) -> None:  # noqa: ANN001
    """ "called Lima on Friday": "on" has its own object, so the phrase "call on" (REQUEST) is not read."""
    cands = candidates("Quito called Lima on Friday about the fishing dispute.")
    assert "REQUEST" not in _readings(cands, "called")


def test_coder_scaling_back_a_presence_is_a_retreat(candidates) -> None:  # noqa: ANN001
    cands = candidates("France is weighing scaling back its military presence in Gabon.")
    retreats = find([e for e, _ in cands], "RETREAT", actor="FRA", recipient="GAB")
    assert retreats and all(e.modality == "hypothetical" for e in retreats)


def test_coder_committing_troops_is_aid_and_not_committing_them_is_negated(candidates) -> None:  # noqa: ANN001
    cands = candidates("Portugal has not committed troops to the mission in Mozambique.")
    aid = find([e for e, _ in cands], "AID", actor="PRT", recipient="MOZ")
    assert aid and all(e.modality == "negated" for e in aid)
