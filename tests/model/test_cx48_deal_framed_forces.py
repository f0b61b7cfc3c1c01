"""(cx48) Forces told under a deal a fronted phrase names ("Under the pact Rome and Sofia signed in
June, …", "Under the accord, …"): the phrase's countries are the deal's parties, not the forces'
joint senders, and its date is the deal's. With no sender in the clause, the deal's party that does
not host the forces sends them — the deal signed in their sentence or the one before."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 2, 10)


def _rows(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return [
        (f.get("country"), f.get("host"), f.get("personnel"), f.get("date"))
        for f in claim_fields(analyzer, text, "deployment", _DAY)
    ]


def test_cx48_the_party_that_does_not_host_sends(analyzer) -> None:  # noqa: ANN001
    text = (
        "Under an accord Rome and Sofia signed in June, some 700 soldiers will be based in Bulgaria "
        "next year."
    )
    assert _rows(analyzer, text) == [("ITA", "BGR", 700.0, "2026-01-01")]
    text = (
        "Spain and Latvia concluded a defence pact on Friday. Under the pact, about 450 troops will be "
        "stationed in Latvia by 2027."
    )
    assert _rows(analyzer, text) == [("ESP", "LVA", 450.0, "2027-01-01")]


def test_cx48_the_frame_dates_the_deal_not_the_forces(analyzer) -> None:  # noqa: ANN001
    text = "Under the pact signed in June, Italy will send some 700 soldiers to Bulgaria next year."
    assert _rows(analyzer, text) == [("ITA", "BGR", 700.0, "2026-01-01")]


def test_cx48_counter_examples(analyzer) -> None:  # noqa: ANN001
    # no deal in front: the coordinated subject sends together, as before
    text = "Italy and Spain will send some 700 soldiers to Bulgaria next year."
    assert {r[1] for r in _rows(analyzer, text)} == {"BGR"}
    assert "ITA" in {r[0] for r in _rows(analyzer, text)}
    # the deal's parties but no host the sentence can tell: nothing is guessed
    text = (
        "Under an accord Rome and Sofia signed in June, some 700 soldiers will be based near Novo Selo "
        "next year."
    )
    assert _rows(analyzer, text) == []
