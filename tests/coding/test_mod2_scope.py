"""What a governing word does not govern (issue 11, mod2): an event noun that dates the verb ("urged
calm after the shelling") or that a verb only names ("called the raid a war crime") keeps its own
modality; a schedule on the verb whose object the event is ("are to host talks") makes it planned."""

from __future__ import annotations

import pytest
import spacy

from .conftest import modality_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "trigger"), [
    ("Beijing urged calm after the shelling of the ferry by Manila's coast guard.", "shelling"),
    ("Quito will not reopen the embassy until the talks with Lima.", "talks"),
    ("Oslo proposed a truce during the summit of the Nordic states.", "summit"),
    ("Hanoi did not comment following the seizure of its trawler.", "seizure"),
])  # fmt: skip
def test_mod2_an_event_noun_dating_the_verb_is_not_governed_by_it(
    nlp: spacy.Language, text: str, trigger: str
) -> None:
    assert modality_of(nlp, text, trigger).modality == "asserted"


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Seoul will not sign the accord with Tokyo.", "accord", "negated"),  # an object, not a date
    ("Kenya is considering sanctions on the militia.", "sanctions", "hypothetical"),
    ("Chad would not be used as a base for attacks on Niger.", "attacks", "negated"),  # "as" is no date
])  # fmt: skip
def test_mod2_objects_and_other_prepositions_are_still_governed(
    nlp: spacy.Language, text: str, trigger: str, modality: str
) -> None:
    assert modality_of(nlp, text, trigger).modality == modality


@pytest.mark.parametrize(("text", "trigger"), [
    ("Ankara called the Greek raid on the island a provocation.", "raid"),
    ("Lima did not call the Chilean blockade an act of war.", "blockade"),
    ("Cairo considered the Sudanese shelling an accident.", "shelling"),
])  # fmt: skip
def test_mod2_an_object_a_verb_only_names_keeps_its_own_modality(
    nlp: spacy.Language, text: str, trigger: str
) -> None:
    assert modality_of(nlp, text, trigger).modality == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Oman and Jordan are to host a second round of talks between the two militias.", "talks"),
    ("The envoys are due to sign a trade accord in Dakar.", "accord"),
])  # fmt: skip
def test_mod2_a_schedule_on_the_verb_above_makes_its_object_planned(
    nlp: spacy.Language, text: str, trigger: str
) -> None:
    result = modality_of(nlp, text, trigger)
    assert (result.modality, result.cue) == ("future", "schedule")


def test_mod2_a_negation_phrase_on_the_verb_above_leaves_its_object_made(nlp: spacy.Language) -> None:
    # the ratification has not happened; the bid it would ratify was made
    result = modality_of(nlp, "Its parliament has yet to ratify Finland's bid to join the bloc.", "bid")
    assert result.modality == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Accra demanded that Lome release the trawler crews.", "release"),
    ("Fiji requested that Tonga extradite the two suspects.", "extradite"),
])  # fmt: skip
def test_mod2_what_is_demanded_is_not_done(nlp: spacy.Language, text: str, trigger: str) -> None:
    assert modality_of(nlp, text, trigger).modality == "hypothetical"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Nairobi demanded the release of the detained fishermen.", "detained"),  # the detention happened
    ("The minister was asked about the Serbian raid on the village.", "raid"),  # asked about, not for
])  # fmt: skip
def test_mod2_a_done_act_near_a_demand_stays_done(nlp: spacy.Language, text: str, trigger: str) -> None:
    assert modality_of(nlp, text, trigger).modality == "asserted"


def test_mod2_an_act_ruled_out_is_not_done(nlp: spacy.Language) -> None:
    result = modality_of(nlp, "Ottawa has ruled out sending soldiers to the island.", "sending")
    assert (result.modality, result.cue) == ("negated", "abstention")


def test_mod2_an_act_not_ruled_out_is_an_option(nlp: spacy.Language) -> None:
    result = modality_of(nlp, "Ottawa has not ruled out sending soldiers to the island.", "sending")
    assert result.modality == "hypothetical"


def test_mod2_an_act_laid_at_a_partys_door_and_denied_in_a_noun_remark_is_negated(
    nlp: spacy.Language,
) -> None:
    text = "Kigali blamed Burundian troops for the shelling, a charge Gitega denied."
    result = modality_of(nlp, text, "shelling")
    assert (result.modality, result.cue) == ("negated", "denial")


def test_mod2_a_noun_remark_that_does_not_deny_leaves_the_act(nlp: spacy.Language) -> None:
    text = "Kigali blamed Burundian troops for the shelling, a charge Gitega did not deny."
    assert modality_of(nlp, text, "shelling").modality == "asserted"
