"""Figurative and analytical prose that names no event: transfer verbs with figurative objects
("delivered a blow to", "provides a form of insurance", "offers X an opportunity"), while the
literal transfers next to them stay coded. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import find

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The election result in Chile delivered a stinging blow to Argentina.",
        "For Ghana, the port provides a kind of insurance against Nigeria.",
        "Kenya offers Ethiopia an opportunity to reach the sea.",
        "The summit lent credence to Peru's claims against Bolivia.",
        "Poland's vote sent a clear message to Hungary.",
        "The ruling gave Uganda a pretext to close its border with Rwanda.",
        "Norway offers Sweden something unusual: a partner in the Arctic.",
    ],
)
def test_coder_figurative_object_of_transfer_verb_codes_no_aid(code_text, text: str) -> None:  # noqa: ANN001
    events = code_text(text)
    assert not find(events, "AID")
    assert not find(events, "AGREE")


def test_coder_literal_transfer_next_to_figurative_one_is_kept(code_text) -> None:  # noqa: ANN001
    events = code_text("Japan delivered rice and medicine to Bangladesh after the floods.")
    assert find(events, "AID", actor="JPN", recipient="BGD")


def test_coder_light_verb_with_event_noun_is_not_figurative(code_text) -> None:  # noqa: ANN001
    events = code_text("Canada provided humanitarian aid to Haiti.")
    assert find(events, "AID", actor="CAN", recipient="HTI")
    events = code_text("Germany offered Ukraine a loan of two billion euros.")
    assert find(events, actor="DEU", recipient="UKR")


def test_coder_possessed_event_noun_of_the_target_is_not_the_sources_event(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "The angry response of Mexico shows its own insecurity rather than Cuba's presence in the region."
    )
    assert not find(events, "MOBILIZE", actor="MEX")


def test_coder_possessed_commitment_off_the_path_links_no_third_party(code_text) -> None:  # noqa: ANN001
    events = code_text("Analysts say Madrid misjudges the strength of Lisbon's commitment to Luanda.")
    assert not find(events, actor="PRT", recipient="ESP")
    assert not find(events, actor="ESP", recipient="PRT")


def test_coder_possessed_event_noun_of_the_source_on_the_path_is_kept(code_text) -> None:  # noqa: ANN001
    events = code_text("Turkey's support for Azerbaijan angered Armenia.")
    assert find(events, actor="TUR", recipient="AZE")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Japanese sanctions encourage the growth of a black market in Myanmar.", "JPN"),
        ("Brazil's economic decline encourages Argentina to look elsewhere for investment.", "BRA"),
        ("Sweden's policy allows Finland to use its airspace.", "SWE"),
    ],
)
def test_coder_inert_subject_owned_by_actor_codes_no_act(code_text, text: str, actor: str) -> None:  # noqa: ANN001
    events = code_text(text)
    assert not find(events, "REQUEST", actor=actor)
    assert not find(events, "CONCEDE", actor=actor)


def test_coder_agent_subject_of_same_verb_is_kept(code_text) -> None:  # noqa: ANN001
    events = code_text("The Japanese government encouraged Myanmar to hold elections.")
    assert find(events, "REQUEST", actor="JPN", recipient="MMR")
    events = code_text("Kenyan troops forced the rebels to retreat from the border.")
    assert find(events, "COERCE", actor="KEN")


@pytest.mark.parametrize(
    "text",
    [
        "The collapse of Zambia's economy forced Lusaka to seek new lenders.",
        "Peru's economic crisis has forced Lima to ask China for loans.",
    ],
)
def test_coder_object_of_control_verb_is_not_its_actor(code_text, text: str) -> None:  # noqa: ANN001
    events = code_text(text)
    assert not find(events, "COERCE") and not find(events, "ASSAULT")


def test_coder_event_noun_in_the_clause_of_an_inert_subject_is_not_the_owners(code_text) -> None:  # noqa: ANN001
    events = code_text("Ghana's harsh policies enable the cooperation of its rivals.")
    assert not find(events, "COOPERATE", actor="GHA")


def test_coder_event_noun_inside_an_inert_subject_stays_the_owners(code_text) -> None:  # noqa: ANN001
    events = code_text("Iran's sanctions on Iraq angered Baghdad.")
    assert find(events, "SANCTION", actor="IRN", recipient="IRQ")  # sanctions are SANCTION (PLOVER manual)


def test_coder_forcing_a_country_to_act_is_coercion_not_assault(code_text) -> None:  # noqa: ANN001
    events = code_text("Turkey forced Greece to withdraw its ships.")
    assert find(events, "COERCE", actor="TUR", recipient="GRC")
    assert not find(events, "ASSAULT")


def test_coder_besieging_a_city_is_still_an_assault(code_text) -> None:  # noqa: ANN001
    assert find(code_text("Morocco besieged the city of Tindouf."), "ASSAULT", actor="MAR")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Unlike Peru, Chile was unlikely to face sanctions from its neighbours.", "CHL"),
        ("Belarus has faced harsh sanctions since 2020.", "BLR"),
        ("Serbia risks an invasion of its territory.", "SRB"),
    ],
)
def test_coder_event_undergone_is_not_the_subjects_act(code_text, text: str, who: str) -> None:  # noqa: ANN001
    assert not find(code_text(text), actor=who)


@pytest.mark.parametrize(
    "text",
    [
        "Norway has tried to protect the regional order in the Arctic.",
        "Ghana will defend its interests in the Gulf of Guinea.",
    ],
)
def test_coder_protecting_an_order_or_interest_shields_no_party(code_text, text: str) -> None:  # noqa: ANN001
    events = code_text(text)
    assert not find(events, "AID") and not find(events, "SUPPORT")


def test_coder_protecting_a_place_is_still_aid(code_text) -> None:  # noqa: ANN001
    assert find(code_text("French troops protected Mali's capital."), "AID", actor="FRA", recipient="MLI")
