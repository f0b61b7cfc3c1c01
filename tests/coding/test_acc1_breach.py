"""Issue 11 (acc1, not yet merged): a speaker who reports another party's breach of a rule ("X said
Y violated the truce", "X said the Moroccan raid breached the accord") accuses that party — the
candidate ACCUSE X→Y exists; a breach the speaker denies of itself accuses no one. Sentences written
for these tests."""

from __future__ import annotations

from .conftest import candidate_events, find


def test_acc1_reported_breach_is_an_accusation_of_the_breaker(candidates) -> None:  # noqa: ANN001
    events = candidate_events(candidates("Chad said Sudan violated the border accord on Friday."))
    assert find(events, "ACCUSE", actor="TCD", recipient="SDN")


def test_acc1_breach_by_a_party_named_inside_the_subject(candidates) -> None:  # noqa: ANN001
    events = candidate_events(candidates("Algeria said the Moroccan incursion breached the 1991 truce."))
    assert find(events, "ACCUSE", actor="DZA", recipient="MAR")


def test_acc1_own_breach_denied_accuses_no_one(candidates) -> None:  # noqa: ANN001
    events = candidate_events(candidates("Serbia said it had not violated the agreement."))
    assert not [e for e in find(events, "ACCUSE", actor="SRB") if e.recipients]
