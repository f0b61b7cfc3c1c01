"""An organisation's name as a dateline ("UNITED NATIONS —", no agency in brackets) and a country's
two-letter short name ("US (Agency) —") place the article: they are no actor or recipient of its
events, nor of the candidates the learned stage chooses from (issue 13, deliverable 6); an acronym
in capitals opening a sentence ("NATO – …") keeps its party.  Texts written for these tests."""

from __future__ import annotations

import pytest

from .conftest import find

pytestmark = pytest.mark.model


def _parties(found: list) -> set[str]:  # noqa: ANN001 - events or (event, features) pairs
    events = [e[0] if isinstance(e, tuple) else e for e in found]
    return {a.code or "" for ev in events for a in (*ev.actors, *ev.recipients)}


@pytest.mark.parametrize(
    ("text", "place", "party"),
    [
        ("UNITED NATIONS — Chile accused Bolivia of breaking the truce on Friday.", "UN", "CHL"),
        ("AFRICAN UNION — Ghana accused Togo of breaking the truce on Friday.", "AU", "GHA"),
        ("US (Courier) — Canada accused Cuba of breaking the truce on Friday.", "USA", "CAN"),
    ],
)
def test_coder_dateline_names_are_no_parties(candidates, text: str, place: str, party: str) -> None:  # noqa: ANN001
    found = candidates(text)
    assert party in _parties(found)
    assert place not in _parties(found)


def test_coder_dateline_with_agency_still_leaves_its_organisation_out(code_text) -> None:  # noqa: ANN001
    events = code_text("UNITED NATIONS (Courier) — Chile accused Bolivia of breaking the truce on Friday.")
    assert find(events, actor="CHL", recipient="BOL")
    assert "UN" not in _parties(events)


def test_coder_an_acronym_opening_a_sentence_keeps_its_party(code_text) -> None:  # noqa: ANN001
    events = code_text("NATO – Its envoys accused Belarus of breaking the truce on Friday.")
    assert "NATO" in _parties(events)
