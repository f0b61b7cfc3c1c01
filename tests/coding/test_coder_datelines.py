"""An opening dateline's names are no parties ("LIMA, Peru — …"), but a headline above it keeps
its own, and a line opening with an organisation in capitals is no dateline. Texts written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import find

pytestmark = pytest.mark.model


def test_a_headline_above_the_dateline_keeps_its_parties(code_text) -> None:  # noqa: ANN001
    text = "Peru expels two Bolivian diplomats\nLIMA, Peru — Peru expelled two Bolivian diplomats on Friday."
    events = code_text(text, published=dt.date(2025, 6, 9))
    assert find(events, actor="PER", recipient="BOL")
    assert all(ev.sentence_index == 0 or ev.actors for ev in events)
    headline = [ev for ev in events if ev.sentence.startswith("Peru expels")]
    assert headline and all(a.code == "PER" for ev in headline for a in ev.actors)


def test_an_organisation_in_capitals_opening_a_line_is_no_dateline(code_text) -> None:  # noqa: ANN001
    events = code_text("NATO – Its envoys met Russian diplomats in Brussels on Monday.")
    assert find(events, actor="NATO")


def test_an_organisation_dateline_with_its_agency_is_a_dateline(code_text) -> None:  # noqa: ANN001
    events = code_text("UNITED NATIONS (Wire) — Russia vetoed a resolution drafted by Peru on Friday.")
    assert events and all("WIRE" not in [a.code for a in ev.actors] for ev in events)
    assert any("RUS" in [a.code for a in ev.actors] for ev in events)
