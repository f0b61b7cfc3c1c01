"""Modality mechanisms: schedules and time ahead, denials, reported "would", questions, offers,
event-noun modifiers, and the scope of a governing word over conjuncts."""

from __future__ import annotations

import pytest
import spacy

from .conftest import modality_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Peruvian envoy is due to meet his Chilean host in Lima.", "meet"),
    ("A Kenyan team is scheduled to travel to Addis Ababa.", "travel"),
    ("The Dutch minister is expected to visit Jakarta.", "visit"),
    ("Mongolia's president visits Seoul next month.", "visits"),
    ("Ecuador's navy holds drills with Peru later this year.", "holds"),
    ("A planned summit of Gulf leaders has drawn little attention.", "summit"),
    ("A Malaysian delegation is due in Manila on Friday to discuss fishing rights.", "discuss"),
])  # fmt: skip
def test_schedules_and_time_ahead_are_future(nlp: spacy.Language, text: str, trigger: str) -> None:
    assert modality_of(nlp, text, trigger).modality == "future"


def test_a_time_word_on_a_past_verb_is_no_future_cue(nlp: spacy.Language) -> None:
    result = modality_of(nlp, "Two days later Uganda closed the border with Kenya.", "closed")
    assert result.modality == "asserted"


def test_an_intent_reading_keeps_its_future_cue(nlp: spacy.Language) -> None:
    """ "will visit" read as AGREE (the categorizer's intent) is still a planned visit."""
    result = modality_of(nlp, "Nepal's premier will visit Dhaka.", "visit", ignore=frozenset({"future"}))
    assert result.modality == "future"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Bolivia denied that its police had detained the Brazilian trucks.", "detained"),
    ("Hungary rejected claims that it had supplied ammunition to Serbia.", "supplied"),
])  # fmt: skip
def test_a_denial_negates_its_complement(nlp: spacy.Language, text: str, trigger: str) -> None:
    result = modality_of(nlp, text, trigger)
    assert result.modality == "negated"
    assert result.reported


def test_the_denier_s_own_next_act_is_not_denied(nlp: spacy.Language) -> None:
    text = "Laos denied that its soldiers had crossed the border and accused Thailand of provocations."
    assert modality_of(nlp, text, "accused").modality == "asserted"


def test_reported_would_is_the_future_of_the_past(nlp: spacy.Language) -> None:
    text = "Latvia announced that it would close two crossings on the Belarusian border."
    assert modality_of(nlp, text, "close").modality == "future"


def test_reported_would_under_a_condition_stays_hypothetical(nlp: spacy.Language) -> None:
    text = "Estonia said it would expel the attache if the embassy refused to cooperate."
    assert modality_of(nlp, text, "expel").modality == "hypothetical"


def test_an_absorbed_refusal_takes_its_future_with_it(nlp: spacy.Language) -> None:
    """ "said it would not extend X" coded as REJECT: the refusal is the act, asserted."""
    text = "Ukraine said it would not extend the gas transit contract with Russia."
    result = modality_of(nlp, text, "extend", ignore=frozenset({"negated"}))
    assert result.modality == "asserted"


def test_a_planned_act_under_a_condition_is_hypothetical(nlp: spacy.Language) -> None:
    text = "Peru's foreign minister will meet his Bolivian colleague in Cusco if the weather allows."
    assert modality_of(nlp, text, "meet").modality == "hypothetical"


def test_not_ruling_out_is_no_negation(nlp: spacy.Language) -> None:
    text = "Romania has not ruled out expelling the Russian military attache."
    assert modality_of(nlp, text, "expelling").modality != "negated"


def test_a_direct_question_is_not_asserted(nlp: spacy.Language) -> None:
    assert modality_of(nlp, "How can Norway help Sudan?", "help").modality == "hypothetical"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Canada offered to train Haitian police officers.", "train"),
    ("Qatar's offer to mediate between Kigali and Kinshasa still stands.", "mediate"),
    ("A proposed meeting of the two foreign ministers was discussed in Rabat.", "meeting"),
])  # fmt: skip
def test_offers_and_proposals_are_hypothetical(nlp: spacy.Language, text: str, trigger: str) -> None:
    assert modality_of(nlp, text, trigger).modality == "hypothetical"


def test_a_likely_act_is_hypothetical(nlp: spacy.Language) -> None:
    text = "Analysts say Argentina is likely to recall its envoy from Caracas."
    assert modality_of(nlp, text, "recall").modality == "hypothetical"


def test_a_first_conjunct_does_not_govern_the_second(nlp: spacy.Language) -> None:
    text = "Poland called the seizure a provocation and recalled its ambassador from Minsk."
    assert modality_of(nlp, text, "recalled").modality == "asserted"


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Negotiations between Chile and Bolivia are expected later this month.", "Negotiations", "future"),
    ("A state visit by the Ghanaian president to Togo is planned for June.", "visit", "future"),
    ("A trade deal between Peru and Ecuador is likely before the summer.", "deal", "hypothetical"),
])  # fmt: skip
def test_an_event_noun_takes_the_modality_of_what_is_said_of_it(
    nlp: spacy.Language, text: str, trigger: str, modality: str
) -> None:
    """Issue 11: "talks are expected next week" — the event noun is the subject of a verb of plan or
    of a copula with an adjective of likelihood."""
    assert modality_of(nlp, text, trigger).modality == modality


def test_a_noun_subject_of_a_later_verb_keeps_its_own_modality(nlp: spacy.Language) -> None:
    """ "sanctions are expected to hurt" says how the sanctions will work, not that they are planned."""
    result = modality_of(nlp, "Tariffs on Mexican steel are expected to hurt Mexico's exporters.", "Tariffs")
    assert result.modality == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Jordan said it would not tolerate incursions by Syrian smugglers.", "incursions"),
    ("Oman did not condemn the raid on the Yemeni port.", "raid"),
    ("A blockade of the port could trigger a war with Qatar.", "war"),
])  # fmt: skip
def test_a_reaction_verb_does_not_pass_its_modality_to_its_object(
    nlp: spacy.Language, text: str, trigger: str
) -> None:
    """Issue 11: what one will not tolerate or did not condemn is no negated event."""
    assert modality_of(nlp, text, trigger).modality == "asserted"


def test_a_light_verb_still_passes_its_negation_to_its_object(nlp: spacy.Language) -> None:
    assert modality_of(nlp, "Qatar did not impose a blockade on Bahrain.", "blockade").modality == "negated"


def test_a_participle_on_a_noun_is_not_governed_by_the_verb_above(nlp: spacy.Language) -> None:
    """ "refused to sign the plan drafted by Oslo": the drafting happened."""
    result = modality_of(nlp, "Kabul refused to sign the plan drafted by Islamabad.", "drafted")
    assert result.modality == "asserted"


def test_a_threat_said_with_its_negation_is_asserted() -> None:
    """ "will not tolerate" is a threat made (the negation and the "will" are its words), coded asserted."""
    import datetime as dt

    from geowire.pipeline import Analyzer
    from geowire.settings import Settings
    from geowire.types import DocContext

    text = "Ankara will not tolerate raids by Damascus on its border posts."
    (analysis,) = Analyzer(Settings(coder="rules")).analyse([(DocContext("dpol", dt.date(2024, 5, 2)), text)])
    threats = [e for e in analysis.events if e.category == "THREATEN"]
    assert threats and all(e.modality == "asserted" for e in threats)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Oslo did not rule out penalties on Minsk's banks.", "penalties"),
    ("Lima has not ruled out recalling its envoy from Quito.", "recalling"),
    ("Hanoi would not exclude joint patrols with Manila.", "patrols"),
])  # fmt: skip
def test_what_is_not_ruled_out_is_an_option(nlp: spacy.Language, text: str, trigger: str) -> None:
    """The object of a negated exclusion is possible, not done (GUIDELINES: "under consideration")."""
    assert modality_of(nlp, text, trigger).modality == "hypothetical"


def test_a_negated_abstention_still_asserts_its_act(nlp: spacy.Language) -> None:
    result = modality_of(nlp, "Quito did not refrain from criticising Lima.", "criticising")
    assert result.modality == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Peru was not excluded from the talks in Lima.", "talks"),
    ("Chile did not exclude Bolivia from the summit in Santiago.", "summit"),
    ("The tribunal did not rule on the sanctions imposed by Quito.", "sanctions"),
    ("The panel did not rule against the embargo on Caracas.", "embargo"),
    ("Lima did not exclude the raid on the port from its report.", "raid"),
])  # fmt: skip
def test_an_exclusion_in_ordinary_use_leaves_its_event_asserted(
    nlp: spacy.Language, text: str, trigger: str
) -> None:
    """Only a negated "rule out" / "exclude" with the event as its object leaves an option (review13)."""
    assert modality_of(nlp, text, trigger).modality == "asserted"


@pytest.mark.parametrize(
    "text",
    ["Ankara said it would not tolerate raids by Damascus.", "Ankara will not tolerate raids by Damascus."],
)
def test_a_threat_said_with_its_negation_takes_only_its_own_words(text: str) -> None:
    """The negation and the auxiliary on the trigger ("would", reported) are the threat's words; the
    polarity reading no longer absorbs every negation and future cue found (review13)."""
    import datetime as dt

    from geowire.pipeline import Analyzer
    from geowire.settings import Settings
    from geowire.types import DocContext

    ctx = DocContext("dpol3", dt.date(2024, 5, 2))
    (analysis,) = Analyzer(Settings(coder="rules")).analyse([(ctx, text)])
    threats = [e for e in analysis.events if e.category == "THREATEN"]
    assert threats and all(e.modality == "asserted" for e in threats)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Ankara could widen arms sales to Baku.", "arms", "hypothetical"),
    ("Oslo will resume peace talks with Bogota.", "peace", "future"),
    ("Oslo held peace talks with Bogota.", "peace", "asserted"),
])  # fmt: skip
def test_a_trigger_inside_a_noun_compound_takes_its_heads_modality(
    nlp: spacy.Language, text: str, trigger: str, expected: str
) -> None:
    assert modality_of(nlp, text, trigger).modality == expected
