"""Figures for a part of a transfer (issue 13): "2 more" and "3 further" told in the same week
count one batch and contradict; told weeks apart they are two batches."""

import datetime as dt

from helpers import store_with

from geowire.model.build import rebuild_model
from geowire.store.model import contradictions

A = "Russia will supply 2 more Su-30MK2 fighters to Venezuela before the end of the year."
B = "Russia will supply 3 further Su-30MK2 fighters to Venezuela before the end of the year."


def _quantity_disputes(second: dt.date) -> list[dict]:
    store = store_with([("a", A, dt.date(2025, 6, 2), "Test Wire"), ("b", B, second, "Other Wire")])
    rebuild_model(store)
    return [x for x in contradictions(store) if x["kind"] == "quantity"]


def test_contradictions_two_figures_for_one_batch_in_one_week() -> None:
    (x,) = _quantity_disputes(dt.date(2025, 6, 5))
    assert {x["value_a"], x["value_b"]} == {"2", "3"}


def test_contradictions_batches_told_weeks_apart_are_two() -> None:
    assert _quantity_disputes(dt.date(2025, 8, 5)) == []
