"""Transfer recall on a fresh writer (issue 13, part_42): several recipients of one passive offer
("Vietnam and Thailand have both been offered the missile"), a system referred back to by a buyer's
object pronoun ("Latvia and Estonia ordered it last year"), recipients listed after "to" where the
parties come from the coded event ("which it has sold to Lithuania and Hungary"), and widely
exported systems the knowledge base lacked."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields

_PUBLISHED = dt.date(2025, 6, 1)


def _transfers(analyzer, text: str) -> set[tuple[object, ...]]:  # noqa: ANN001
    found = claim_fields(analyzer, text, "transfer", _PUBLISHED)
    return {(f.get("supplier"), f.get("recipient"), f.get("status"), bool(f.get("negated"))) for f in found}


@pytest.mark.model
def test_tx17_coordinated_passive_subjects_all_receive(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Vietnam and Thailand have both been offered the Gripen.")
    assert {r for _s, r, _st, _n in found} == {"VNM", "THA"}
    assert not {s for s, _r, _st, _n in found} & {"VNM", "THA"}
    # one subject stays as it was
    found = _transfers(analyzer, "Peru has been offered the Gripen.")
    assert {(r, st) for _s, r, st, _n in found} == {("PER", "offered")}


@pytest.mark.model
def test_tx17_a_buyers_object_pronoun_refers_back(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Belgium ordered the Caesar howitzer from France in 2023. Latvia and Estonia ordered it last year.",
    )
    assert {("FRA", "LVA", "ordered", False), ("FRA", "EST", "ordered", False)} <= found
    # "neither" names no buyer: no record of the pronoun
    found = _transfers(
        analyzer,
        "India sold the BrahMos to the Philippines in 2022. Vietnam and Indonesia have both been offered"
        " the missile, but neither has ordered it.",
    )
    assert not any(st == "ordered" and not n and r in ("VNM", "IDN") for _s, r, st, n in found)


@pytest.mark.model
def test_tx17_recipients_listed_after_to_each_receive(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Norway makes NASAMS batteries, which it has sold to Lithuania and Hungary.")
    assert {("NOR", "LTU", "delivered", False), ("NOR", "HUN", "delivered", False)} <= found


@pytest.mark.model
def test_tx17_widely_exported_systems_are_known(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Turkey sold Hisar-O batteries to Azerbaijan in January.")
    assert ("TUR", "AZE", "delivered", False) in found
    found = _transfers(analyzer, "Israel delivered Spyder air-defence batteries to the Philippines in 2024.")
    assert ("ISR", "PHL", "delivered", False) in found
