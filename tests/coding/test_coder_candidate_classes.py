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
