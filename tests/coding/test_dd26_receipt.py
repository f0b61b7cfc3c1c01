"""A verb of receipt with goods or money as its object is no visit received (issue 11, dd26): the
lexicon lists "receive" under CONSULT ("received the envoy"), and its `figurative_objects` name the
verbs of receipt and the goods. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from .conftest import candidate_events, find

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Armenia received arms from Russia last year.",
        "Armenia received 20 tonnes of wheat from Kazakhstan.",
        "Armenia received weapons and ammunition from Russia.",
        "Armenia received a shipment of fuel from Iran.",
    ],
)
def test_goods_received_are_no_visit(candidates, text: str) -> None:  # noqa: ANN001
    assert not find(candidate_events(candidates(text)), "CONSULT")


def test_a_visitor_received_is_still_a_meeting(candidates) -> None:  # noqa: ANN001
    events = candidate_events(candidates("Armenia received the envoy of Iran on Monday."))
    assert find(events, "CONSULT", actor="ARM", recipient="IRN")


def test_aid_received_keeps_its_event_noun(candidates) -> None:  # noqa: ANN001
    # a light verb's event noun is read before the verb's own sense
    assert find(candidate_events(candidates("Armenia received aid from France.")), "AID")
