"""Verb + object classes and event nouns the lexicon proposes to the learned stage (issue 11,
candidate recall): reopened missions and resumed flights, signatures, exemptions, designations,
escorts and troop movements, forces brought home; second readings of leaving, apologising,
boycotting and selling; undoing a refusal or a complaint. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Candidates

pytestmark = pytest.mark.model


def _readings(cands: Candidates, word: str) -> set[str]:
    """The categories proposed on the candidates whose trigger text starts with ``word``."""
    return {e.category for e, _ in cands if e.trigger.text.startswith(word)}


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        ("Chile reopened its consulate in La Paz on Monday.", "reopened", "COOPERATE"),
        ("Peru and Ecuador will resume direct flights between their capitals.", "resume", "COOPERATE"),
        ("Argentina signed the fisheries convention in Montevideo.", "signed", "SUPPORT"),
        ("Washington exempted Paraguay from the new steel duties.", "exempted", "CONCEDE"),
        ("Canada designated the Bolivian cartel a terrorist organisation.", "designated", "SANCTION"),
        ("Brazilian frigates escorted Uruguayan grain ships through the strait.", "escorted", "MOBILIZE"),
        ("Colombia moved armoured vehicles to its border with Venezuela.", "moved", "MOBILIZE"),
        ("Chile said it would bring its peacekeepers home from Haiti.", "bring", "RETREAT"),
        ("Peru sought clarification from Bolivia about the seized trucks.", "sought", "REQUEST"),
        ("Ecuador said it would take the matter to the regional court.", "take", "ACCUSE"),
        ("Venezuela tightened controls on exports of fuel to Colombia.", "tightened", "SANCTION"),
    ],
)
def test_coder_verb_and_object_class_is_proposed(candidates, text: str, word: str, category: str) -> None:  # noqa: ANN001
    assert category in _readings(candidates(text), word)


@pytest.mark.parametrize(
    ("text", "word", "categories"),
    [
        # leaving a body refuses it as well as withdrawing from it
        ("Bolivia withdrew from the regional trade bloc last year.", "withdrew", {"SANCTION", "REJECT"}),
        # an apology yields as well as it reaches out
        ("Paraguay apologised to Brazil for the border incident.", "apologised", {"SUPPORT", "CONCEDE"}),
        # a boycott withholds as well as it protests
        ("Uruguay boycotted the summit in Caracas.", "boycotted", {"PROTEST", "SANCTION"}),
        # weapons sold to a government are help as well as trade
        ("Spain sold to Peru the two patrol boats its navy had retired.", "sold", {"COOPERATE", "AID"}),
    ],
)
def test_coder_second_reading_is_proposed_beside_the_first(
    candidates,  # noqa: ANN001
    text: str,
    word: str,
    categories: set[str],
) -> None:
    assert categories <= _readings(candidates(text), word)


def test_coder_lifting_a_veto_is_a_concession(candidates) -> None:  # noqa: ANN001
    cands = candidates("Hungary lifted its veto on the Bolivian trade accord on Friday.")
    assert "CONCEDE" in {e.category for e, _ in cands}


# Bare verbs that read as an event only with the right object: the everyday senses must not fire.
@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        # an arrival is a visit, not help to a government
        ("The Kenyan president arrived in Kampala on Sunday for a state visit.", "arrived", "AID"),
        # naming a person to a post is no sanction; a tax on a country's own imports is no sanction either
        ("Kenya designated a retired general as its new envoy to Somalia.", "designated", "SANCTION"),
        ("Kenya's parliament levied a fresh tax on imported cooking oil from Uganda.", "levied", "SANCTION"),
        # guiding guests to a hotel is no troop movement
        ("Kenyan police escorted the Ugandan trade delegation to its hotel.", "escorted", "MOBILIZE"),
        # moving a meeting for the weather yields nothing
        ("Kenya postponed its summit with Uganda because of the heavy floods.", "postponed", "CONCEDE"),
        # a call for calm is a request, not a phone conversation
        ("The Pope renewed his call to Kenya and Uganda for calm.", "call", "CONSULT"),
        # pausing a bond programme withholds nothing from another state
        ("Kenya will pause its purchases of Ugandan bonds until the autumn.", "pause", "SANCTION"),
        # admitting students concedes nothing
        ("Kenya accepted three hundred exchange students from Uganda this year.", "accepted", "CONCEDE"),
        # a crowd cheering athletes endorses no policy
        ("Kenyan fans cheered the Ugandan runners at the Nairobi marathon.", "cheered", "SUPPORT"),
        # walkers turning round are coerced by nobody
        ("The Kenyan climbers had to turn back near the Ugandan border in the storm.", "turn", "COERCE"),
    ],
)
def test_coder_everyday_sense_of_a_narrowed_verb_is_not_proposed(
    candidates,  # noqa: ANN001
    text: str,
    word: str,
    category: str,
) -> None:
    assert category not in _readings(candidates(text), word)


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        ("Japan designated the Ugandan rebel movement a terrorist group.", "designated", "SANCTION"),
        ("Turkey levied steep tariffs on Kenyan tea last week.", "levied", "SANCTION"),
        ("Greek frigates escorted the Cypriot tankers through the gulf.", "escorted", "MOBILIZE"),
        ("Washington postponed the tariffs on Kenyan textiles by six months.", "postponed", "CONCEDE"),
        ("Germany paused military aid to Uganda after the coup.", "paused", "SANCTION"),
        ("Kenya accepted the conditions set by the IMF for the loan.", "accepted", "CONCEDE"),
        ("Italy's coast guard turned back boats carrying migrants from Libya.", "turned", "COERCE"),
        ("Kenya and Uganda held a long phone call on Tuesday.", "phone", "CONSULT"),
    ],
)
def test_coder_narrowed_verb_with_its_object_is_still_proposed(
    candidates,  # noqa: ANN001
    text: str,
    word: str,
    category: str,
) -> None:
    assert category in _readings(candidates(text), word)
