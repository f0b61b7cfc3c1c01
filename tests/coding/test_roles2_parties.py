"""Issue 11: the parties of an event are who acts and who is acted on, not the place a meeting was
held, what it was about, a party of a relative clause about someone else, or who reports the act.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.coding.conftest import Candidates, find

pytestmark = pytest.mark.model


def _pairs(cands: Candidates, category: str) -> set[tuple[str | None, str | None]]:
    """(actor, recipient) code pairs of every candidate of ``category``."""
    return {
        (a.code, r.code) for e, _ in cands if e.category == category for a in e.actors for r in e.recipients
    }


def _recipients(cands: Candidates, category: str) -> set[str | None]:
    return {r.code for e, _ in cands if e.category == category for r in e.recipients}


def test_roles2_venue_of_a_signing_is_no_party(candidates) -> None:  # noqa: ANN001
    cands = candidates("Ghana and Togo signed a border accord in Abuja on Thursday.")
    assert "NGA" not in _recipients(cands, "SUPPORT") | _recipients(cands, "AGREE")


def test_roles2_place_of_an_agreed_act_stays_a_party(code_text) -> None:  # noqa: ANN001
    events = code_text("Qatar agreed to build a new hospital in Somalia.")
    assert find(events, "AGREE", actor="QAT", recipient="SOM")


def test_roles2_place_of_a_pledged_force_stays_a_party(code_text) -> None:  # noqa: ANN001
    events = code_text("Italy is ready to send 500 soldiers to a regional peacekeeping force in Mali.")
    assert find(events, recipient="MLI")


def test_roles2_topic_of_talks_is_no_party(candidates) -> None:  # noqa: ANN001
    cands = candidates("Austria and Hungary held talks on Serbia in Vienna.")
    assert "SRB" not in _recipients(cands, "CONSULT")


def test_roles2_what_leaders_met_to_discuss_is_no_party(candidates) -> None:  # noqa: ANN001
    cands = candidates("The Kenyan president met his Ugandan counterpart to discuss the fighting in Somalia.")
    assert "SOM" not in _recipients(cands, "CONSULT")


def test_roles2_a_ban_on_a_group_keeps_its_target(code_text) -> None:  # noqa: ANN001
    events = code_text("Kenya imposed a ban on Ethiopian imports.")
    assert find(events, actor="KEN", recipient="ETH")


def test_roles2_relative_clause_about_someone_else_gives_no_recipient(candidates) -> None:  # noqa: ANN001
    cands = candidates(
        "The Danish visit comes before the swearing-in of the new Polish president, who has promised "
        "to send more weapons to Ukraine."
    )
    assert ("DNK", "UKR") not in _pairs(cands, "CONSULT")


def test_roles2_cited_officials_are_no_target(candidates) -> None:  # noqa: ANN001
    cands = candidates(
        "French and Italian warplanes hit several depots overnight, according to Spanish officials."
    )
    pairs = _pairs(cands, "ASSAULT")
    assert not {("FRA", "ESP"), ("ITA", "ESP")} & pairs


def test_roles2_speaker_of_a_parenthetical_is_no_target(candidates) -> None:  # noqa: ANN001
    cands = candidates(
        "A day later, the Belgian ministry noted, the rebels from Chad seized a town in Niger."
    )
    assert "BEL" not in _recipients(cands, "ASSAULT") | _recipients(cands, "COERCE")


def test_roles2_coordinated_attackers_are_no_target_of_each_other(candidates) -> None:  # noqa: ANN001
    cands = candidates(
        "Dutch and Belgian fighter jets struck several depots, targeting rockets and launchers."
    )
    pairs = _pairs(cands, "ASSAULT")
    assert not {("NLD", "BEL"), ("BEL", "NLD")} & pairs


def test_roles2_the_trigger_word_is_no_domestic_patient(code_text) -> None:  # noqa: ANN001
    events = code_text("But Norway has also been carrying out nightly strikes on militant camps.")
    assert not find(events, actor="NOR", recipient="NOR")


def test_roles2_house_speaker_resolves_to_her_country(code_text) -> None:  # noqa: ANN001
    events = code_text("Beijing imposed sanctions on House Speaker Nancy Pelosi on Friday.", published=None)
    assert find(events, "SANCTION", actor="CHN", recipient="USA")


def test_roles2_an_implied_recipient_named_in_another_sentences_relative_clause_is_kept(candidates) -> None:  # noqa: ANN001
    # the relative-clause rule judges the parties of the trigger's own sentence only
    text = (
        "Chile designated the movement, a group that Santiago says Peru funds, as a terrorist "
        "organisation. Peru rejected the designation."
    )
    found = [e for e, _ in candidates(text) if e.category == "REJECT"]
    assert any({r.code for r in e.recipients} == {"CHL"} for e in found)
