"""Roles (issue 11): a purpose infinitive under a sending verb is aimed at where the sending went;
event nouns owned by an actor ("Ethiopia's war against Eritrea") and those whose compound is a place."""

from __future__ import annotations

from collections.abc import Callable

from geowire.types import Event

from .conftest import find


def test_roles_purpose_of_a_sending_takes_its_destination(code_text: Callable[..., list[Event]]) -> None:
    events = code_text("Canada sent a team of auditors to Peru to examine the accounts of the mine.")
    assert find(events, "ACCUSE", actor="CAN", recipient="PER")


def test_roles_purpose_of_a_sending_to_ask_is_a_request_to_the_destination(
    code_text: Callable[..., list[Event]],
) -> None:
    events = code_text("Ghana sent its foreign minister to Lome to ask for more border patrols.")
    assert find(events, "REQUEST", actor="GHA", recipient="TGO")


def test_roles_purpose_with_its_own_recipient_keeps_it(code_text: Callable[..., list[Event]]) -> None:
    events = code_text("Norway sent an envoy to Kenya to urge Somalia to release the sailors.")
    assert find(events, "REQUEST", actor="NOR", recipient="SOM")
    assert not find(events, "REQUEST", actor="NOR", recipient="KEN")


def test_roles_possessed_war_is_its_owner_s_assault(code_text: Callable[..., list[Event]]) -> None:
    events = code_text("Analysts say Ethiopia's war against Eritrea has drained its budget.")
    assert find(events, "ASSAULT", actor="ETH", recipient="ERI")


def test_roles_country_compound_on_war_names_the_theatre_not_the_actor(
    code_text: Callable[..., list[Event]],
) -> None:
    events = code_text("Grain prices rose during the Sudan war, traders in Cairo said.")
    assert not find(events, "ASSAULT", actor="SDN")


def test_roles_possessor_of_an_arrest_is_who_is_arrested(code_text: Callable[..., list[Event]]) -> None:
    events = code_text(
        "Former Peruvian president Alan Garcia fled Lima. "
        "Chile offered a reward for information leading to his arrest."
    )
    assert not find(events, "COERCE", actor="PER")
