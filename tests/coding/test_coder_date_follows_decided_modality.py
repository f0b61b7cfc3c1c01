"""A kept event's date follows the modality the learned stage settles on (issue 11, fut session): a
weekday or month without its year is read forward for a future event and backward for any other,
whether the rules or the decider's modality model chose that modality — where the tense of the
date's clause leaves the reading open (a present "visits on Monday"; a past or future clause's date
the date stage reads itself, issue 13).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.coding.decide import LinearDecider

from .conftest import find

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 4, 17)  # a Wednesday


def _decider(believes: str) -> LinearDecider:
    """A decider that keeps every reading and whose modality model is sure of ``believes``."""
    kinds = ("asserted", "future", "hypothetical", "negated")
    votes = {m: {"bias": 5.0 if m == believes else -5.0} for m in kinds}
    return LinearDecider({"bias": 3.0}, 0.5, 0.5, "fixed", votes, assert_margin=0.1)


@pytest.fixture
def coded(analyzer, code_text, monkeypatch):  # noqa: ANN001, ANN201
    """Code a text with a decider whose modality model believes the given modality."""

    def run(believes: str, text: str):  # noqa: ANN202
        monkeypatch.setattr(analyzer.coder, "decider", _decider(believes))
        return find(code_text(text, published=PUBLISHED), actor="URY")

    return run


def test_a_future_read_by_the_modality_model_dates_the_coming_weekday(coded) -> None:  # noqa: ANN001
    events = coded("future", "Uruguay's trade minister visits Asuncion on Monday.")  # a tense open both ways
    assert events and all(e.modality == "future" for e in events)
    assert {e.date for e in events} == {dt.date(2024, 4, 22)}  # not the Monday just gone


def test_a_done_act_read_by_the_modality_model_keeps_the_past_weekday(coded) -> None:  # noqa: ANN001
    events = coded("asserted", "Uruguay's trade minister visits Asuncion on Monday.")
    assert events and all(e.modality == "asserted" for e in events)
    assert {e.date for e in events} == {dt.date(2024, 4, 15)}


def test_the_rules_future_keeps_its_forward_date_when_the_model_agrees(coded) -> None:  # noqa: ANN001
    events = coded("future", "Uruguay will recall its ambassador from Asuncion in June.")
    assert events and {e.date for e in events} == {dt.date(2024, 6, 1)}
