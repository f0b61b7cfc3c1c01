"""Transfers in press-release and trade-brief prose (issue 13, `tx12`): a phrase that names the
contract a delivery belongs to ("…, part of a contract for 60") frames the delivery and is not its
step; "took over the first N …" is a receipt; widely exported systems are known by name."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields

pytestmark = pytest.mark.model


def _transfers(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    found = claim_fields(analyzer, text, "transfer", dt.date(2025, 9, 3))
    return [(f.get("supplier"), f.get("recipient"), f.get("system"), f.get("status")) for f in found]


@pytest.mark.parametrize(
    "text",
    [
        "Slovenia took delivery of four Patria AMV vehicles from Finland last week, part of a contract "
        "for 45 signed in 2023.",
        "Finland received the first six Archer howitzers from Sweden in August under a contract worth "
        "about 90 million euros.",
    ],
)
def test_a_contract_named_after_the_system_frames_the_delivery(analyzer, text: str) -> None:  # noqa: ANN001
    found = _transfers(analyzer, text)
    assert found and all(t[3] == "delivered" for t in found)


def test_taking_over_a_counted_batch_is_a_receipt(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "The Slovak army took over the first three CV90 vehicles ordered from Sweden on Monday."
    )
    assert ("SWE", "SVK", "CV90", "delivered") in found


def test_taking_over_a_place_is_no_transfer(analyzer) -> None:  # noqa: ANN001
    assert not _transfers(analyzer, "Government troops took over the first two districts on Monday.")


def test_an_exported_anti_tank_missile_is_known_by_name(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Moscow sold Kornet missiles to Algeria in the 2010s.")
    assert ("RUS", "DZA", "Kornet", "delivered") in found


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian navy received two corvettes built by Naval Group in the spring.",
        "The Peruvian navy received two corvettes built for Peru by Naval Group in the spring.",
    ],
)
def test_a_receipt_of_systems_built_by_a_maker_is_bought_from_its_country(analyzer, text: str) -> None:  # noqa: ANN001
    found = _transfers(analyzer, text)
    assert [(t[0], t[1]) for t in found] == [("FRA", "PER")]


def test_a_denied_receipt_of_a_counted_dated_order_keeps_the_order(analyzer) -> None:  # noqa: ANN001
    found = claim_fields(
        analyzer, "Peru has still not received the four patrol boats it ordered from Spain in 2022.",
        "transfer", dt.date(2025, 9, 3),
    )  # fmt: skip
    steps = {(f.get("status"), bool(f.get("negated")), f.get("quantity")) for f in found}
    assert ("ordered", False, 4.0) in steps and ("delivered", True, 4.0) in steps
    assert next(f for f in found if f.get("status") == "ordered").get("date", "").startswith("2022")
