"""Counts and systems on fresh hard negatives (issue 13, part_43): a vague figure ("dozens of",
"thousands of") gives no count; ordinal places in a delivered set ("the first of eight", "the second
and third of the four") count one or two of it; "one" right before a system counts it; a system named
with its own model ("Bell 505 training helicopters") keeps it beside another system of the same two
parties; a noun with another supplier's adjective ("Israeli drones") is not the article's system of another
supplier."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields

_PUBLISHED = dt.date(2025, 8, 21)


def _transfers(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    found = claim_fields(analyzer, text, "transfer", _PUBLISHED)
    return [
        (
            f.get("supplier"),
            f.get("recipient"),
            str(f.get("system_name") or f.get("system")),
            f.get("quantity"),
        )
        for f in found
        if f.get("status") and f.get("status") != "mentioned"
    ]


@pytest.mark.model
def test_tx18_a_vague_figure_is_no_count(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Finland has shipped thousands of artillery shells to Ukraine.")
    assert [(s, r, q) for s, r, _n, q in found] == [("FIN", "UKR", None)]
    found = _transfers(analyzer, "Serbia sold Bangladesh dozens of mortar tubes in 2022.")
    assert [(s, r, q) for s, r, _n, q in found] == [("SRB", "BGD", None)]
    # a figure in words that is not vague still counts
    found = _transfers(analyzer, "Italy delivered two dozen Centauro vehicles to Brazil.")
    assert [q for *_x, q in found] == [24.0]


@pytest.mark.model
def test_tx18_ordinal_places_count_a_part_of_a_delivered_set(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Bulgaria received in March the first of eight F-16 fighters that it ordered from the United States.",
    )
    assert [(s, r, q) for s, r, _n, q in found] == [("USA", "BGR", 1.0)]
    found = _transfers(
        analyzer,
        "Japan handed over the second and third of the four air-defence radars to the Philippines in June.",
    )
    assert [(s, r, q) for s, r, _n, q in found] == [("JPN", "PHL", 2.0)]
    # the last of a set completes it: the whole set
    found = _transfers(analyzer, "Norway received the last of its 52 F-35A fighters from the United States.")
    assert [q for *_x, q in found] == [52.0]


@pytest.mark.model
def test_tx18_one_before_a_system_counts_it(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Bangladesh took delivery of one battery of TRG-300 rocket launchers from Turkey."
    )
    assert [(s, r, q) for s, r, _n, q in found] == [("TUR", "BGD", 1.0)]
    # "one of its jets" is no count of one system
    found = _transfers(analyzer, "Slovakia sent one of its MiG-29 jets to Ukraine.")
    assert [q for *_x, q in found] == [None]


@pytest.mark.model
def test_tx18_a_system_with_its_own_model_keeps_it(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Washington has approved the sale of twelve Bell 505 training helicopters to Kenya. Kenya had asked "
        "for heavier UH-60 Black Hawks, which the State Department declined to offer.",
    )
    assert any(n.startswith("Bell 505") and q == 12.0 for _s, _r, n, q in found)


@pytest.mark.model
def test_tx18_a_noun_with_another_suppliers_adjective_keeps_its_own_name(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Morocco bought Bayraktar TB2 drones from Turkey in 2021. Morocco also buys Israeli drones."
    )
    assert [(s, n) for s, _r, n, _q in found if s == "ISR"] == [("ISR", "drones")]
    # a subject supplier's "several jets" still takes the article's one fitting system
    found = _transfers(
        analyzer,
        "Denmark has delivered F-16 fighters to Ukraine. The Netherlands also transferred several jets "
        "to Ukraine.",
    )
    assert [n for s, _r, n, _q in found if s == "NLD"] != ["jets"]
