"""(cx22) Two general readings from a fresh analysis-only part (part_64).

A later step denied by an anaphor that takes in every item of the earlier clause ("ordered eight
drones … but has yet to receive any of them", ``transfers.every_item``) denies the whole order,
whatever its count: a delivery of the first four, reported before the denial, disputes it. A denial
published before that delivery does not.

An object relative right after an agreement's kind that tells of another verb ("the memorandum that
their ministries began drafting in 2023", ``agreements.kind_relative``) holds that verb's date and
place, not the action's: "have not yet signed" it is an undated denial, which a signing reported
before it disputes; a relative that tells of the signing itself ("the memorandum they signed in
2019") still dates it.

A figure fronted at the start of a sentence that denies its delivery ("Of the 12 Rafales that
Belgrade ordered from France, none has arrived so far", ``transfers.fronted_of``) is the order's, as
after "any of the": the order and the denied delivery; a fronted figure of a delivery told ("…, six
have arrived") makes no order by that path (its count, read as the delivery's, is left as it was)."""

from __future__ import annotations

import datetime as dt
from functools import cache

from tests.model.helpers import contradiction_pairs, transfer_rows

_DOCS = [
    ("every-a", "2024-07-10", "Uganda received its first four Bayraktar TB2 drones from Turkey "
     "in June 2024."),
    ("every-b", "2025-02-10",
     "Uganda ordered eight Bayraktar TB2 drones from Turkey in 2023 but has yet to receive any of them."),
    ("early-a", "2024-01-10",
     "Zambia ordered eight Bayraktar TB2 drones from Turkey in 2023 but has yet to receive any of them."),
    ("early-b", "2024-07-10", "Zambia received its first four Bayraktar TB2 drones from Turkey "
     "in June 2024."),
    ("draft-a", "2024-11-20", "Nepal and Bhutan signed a trade memorandum in Thimphu in October 2024."),
    ("draft-b", "2025-03-02",
     "Nepal and Bhutan have not yet signed the trade memorandum that their ministries began "
     "drafting in 2023."),
    ("before-a", "2024-03-02",
     "Laos and Cambodia have not yet signed the trade memorandum that their ministries began "
     "drafting in 2023."),
    ("before-b", "2024-11-20", "Laos and Cambodia signed a trade memorandum in Vientiane in October 2024."),
    ("own-a", "2022-05-01", "Oman and Jordan signed a border memorandum in Amman in April 2022."),
    ("own-b", "2023-06-01", "The border memorandum that Oman and Jordan signed in Muscat in April 2022 "
     "is in force."),
]  # fmt: skip


@cache
def _found() -> frozenset[tuple[str, str, str]]:
    return contradiction_pairs(_DOCS)


def _pairs(prefix: str) -> set[tuple[str, str, str]]:
    return {x for x in _found() if x[0].startswith(prefix)}


def test_cx22_a_denial_of_any_of_the_order_disputes_a_first_batch_delivered() -> None:
    assert ("every-a", "every-b", "status") in _found()


def test_cx22_a_denial_published_before_the_delivery_is_no_dispute() -> None:
    assert not _pairs("early-")


def test_cx22_a_drafting_date_in_a_relative_is_not_the_denied_signing_date() -> None:
    assert ("draft-a", "draft-b", "status") in _found()


def test_cx22_a_denial_published_before_the_signing_is_no_dispute() -> None:
    assert not _pairs("before-")


def test_cx22_a_relative_that_tells_the_signing_still_places_it() -> None:
    assert ("own-a", "own-b", "place") in _found()


_DAY = dt.date(2025, 6, 1)


def test_cx22_a_fronted_figure_of_a_denied_delivery_is_the_order(analyzer) -> None:  # noqa: ANN001
    text = "Of the 12 Rafales that Belgrade ordered from France, none has arrived so far."
    rows = transfer_rows(analyzer, text, _DAY)
    assert ("FRA", "SRB", 12.0, "ordered") in rows
    assert any(r[3] == "delivered" for r in rows)


def test_cx22_a_fronted_figure_of_a_delivery_told_is_no_denial(analyzer) -> None:  # noqa: ANN001
    text = "Of the 12 Rafales that Belgrade ordered from France, six have arrived so far."
    rows = transfer_rows(analyzer, text, _DAY)
    assert not [r for r in rows if r[3] == "ordered"]
