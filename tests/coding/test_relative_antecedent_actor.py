"""An act inside a relative clause whose subject is the relative pronoun belongs to the party its
antecedent names, not to the main clause's subject (issue 11)."""

from __future__ import annotations

from .conftest import candidate_events, find


def test_the_antecedent_s_party_does_the_relative_s_act(candidates) -> None:  # noqa: ANN001
    text = "Kenya condemned the Ugandan operation that seized the rebel leader in Kampala on Monday."
    events = candidate_events(candidates(text))
    assert find(events, "ACCUSE", actor="KEN")
    assert not find(events, "COERCE", actor="KEN"), "the condemner read as the one who seized"


def test_a_source_that_is_the_antecedent_keeps_its_act(candidates) -> None:  # noqa: ANN001
    text = "Kenya, which seized the rebel leader in March, condemned Uganda on Monday."
    assert find(candidate_events(candidates(text)), "COERCE", actor="KEN")
