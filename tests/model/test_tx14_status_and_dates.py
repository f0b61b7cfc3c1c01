"""How a transfer's status and date are told (issue 13, part_40): a delivery put on hold or a held-up
noun step is denied; a step already taken is never dated after its report (a deadline or the first
delivery named in its sentence is another step's date); a coming delivery told as made under a contract
is the contract, dated by the contract's own date; a later sentence that dates the order ("The order
was placed last December") dates an order whose own sentence gave only the day it was reported."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields

_PUBLISHED = dt.date(2025, 8, 21)


def _transfers(analyzer, text: str, published: dt.date = _PUBLISHED) -> list[tuple[object, ...]]:  # noqa: ANN001
    found = claim_fields(analyzer, text, "transfer", published)
    return [
        (f.get("supplier"), f.get("recipient"), f.get("status"), bool(f.get("negated")), f.get("date"))
        for f in found
    ]


@pytest.mark.model
def test_tx14_a_delivery_put_on_hold_is_denied(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Norway has put on hold the delivery of six NASAMS launchers to Ukraine until the spring."
    )
    assert [(s, r, st, neg) for s, r, st, neg, _d in found] == [("NOR", "UKR", "delivered", True)]


@pytest.mark.model
def test_tx14_a_noun_step_held_up_in_its_own_clause_is_denied(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "The delivery of Leopard 2 tanks from Germany to Ukraine was paused in September."
    )
    assert [(s, r, st, neg) for s, r, st, neg, _d in found] == [("DEU", "UKR", "delivered", True)]
    # a hold on something else in a later clause denies nothing
    found = _transfers(
        analyzer,
        "Germany delivered 14 Leopard 2 tanks to Ukraine in May, and the training programme was suspended.",
    )
    assert [(st, neg) for _s, _r, st, neg, _d in found] == [("delivered", False)]


@pytest.mark.model
def test_tx14_a_step_taken_is_not_dated_after_its_report(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Chile has ordered 20 K9 howitzers from South Korea, with the first guns due by March 2026."
    )
    assert [(s, r, st, neg) for s, r, st, neg, _d in found] == [("KOR", "CHL", "ordered", False)]
    assert found[0][4] is None or found[0][4] <= _PUBLISHED.isoformat()
    # a coming step keeps its coming date
    found = _transfers(analyzer, "South Korea will deliver 20 K9 howitzers to Chile in March 2026.")
    assert [(st, d) for _s, _r, st, _n, d in found] == [("planned", "2026-03-01")]


@pytest.mark.model
def test_tx14_a_coming_delivery_under_a_contract_takes_the_contracts_date(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Spain is to hand over two A400M aircraft to Kazakhstan by 2028 under a contract the two "
        "governments signed in 2024.",
    )
    assert found == [("ESP", "KAZ", "contracted", False, "2024-01-01")]
    # with no date of its own, the contract keeps none from the coming delivery
    found = _transfers(
        analyzer, "Spain is to hand over two A400M aircraft to Kazakhstan by 2028 under a contract."
    )
    assert found == [("ESP", "KAZ", "contracted", False, None)]


@pytest.mark.model
def test_tx14_a_later_sentence_dates_an_order_told_with_its_report_day(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Chile has ordered 20 K9 howitzers from South Korea, the Chilean army said on Wednesday. "
        "The order was placed last December.",
    )
    assert found == [("KOR", "CHL", "ordered", False, "2024-12-01")]
    # a date of the act itself is kept
    found = _transfers(
        analyzer,
        "Chile ordered 20 K9 howitzers from South Korea in June, the Chilean army said on Wednesday. "
        "The order was placed after a long trial.",
    )
    assert [d for *_x, d in found] == ["2025-06-01"]


@pytest.mark.model
def test_tx14_a_date_in_another_systems_relative_clause_is_not_this_ones(analyzer) -> None:  # noqa: ANN001
    found = claim_fields(
        analyzer,
        "Egypt's air force now flies Rafale fighters from France alongside the MiG-29s it bought from "
        "Russia two decades ago.",
        "transfer",
        _PUBLISHED,
    )
    assert {f.get("system"): f.get("date") for f in found} == {"Rafale": None, "MiG-29": "2005-01-01"}
    # a date after both systems of one clause dates both
    found = _transfers(
        analyzer, "Egypt received 12 Rafale jets and two Gowind corvettes from France in 2021."
    )
    assert {d for *_x, d in found} == {"2021-01-01"}


@pytest.mark.model
def test_tx14_a_closing_comparison_is_no_step(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Spain delivered 20 Leopard 2 tanks to Ukraine in June, as promised.")
    assert [(s, r, st, neg) for s, r, st, neg, _d in found] == [("ESP", "UKR", "delivered", False)]
    # a promise that is the clause's own verb stays the step
    found = _transfers(analyzer, "Spain promised 20 Leopard 2 tanks to Ukraine in June.")
    assert [st for _s, _r, st, _n, _d in found] == ["planned"]


@pytest.mark.model
def test_tx14_a_recipient_expecting_a_system_from_its_supplier_plans_it(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Norway expects the first K9 howitzers from South Korea by the end of the year."
    )
    assert found == [("KOR", "NOR", "planned", False, "2025-12-01")]
    # … while an order its sentence tells outranks the expectation
    found = _transfers(analyzer, "Norway expects the 20 K9 howitzers it ordered from South Korea in 2024.")
    assert [(st, d) for _s, _r, st, _n, d in found] == [("ordered", "2024-01-01")]


@pytest.mark.model
def test_tx14_a_cue_inside_an_inverted_condition_states_nothing(analyzer) -> None:  # noqa: ANN001
    found = claim_fields(
        analyzer,
        "Had Washington approved the sale, Ankara would have bought 40 F-16s.",
        "transfer",
        _PUBLISHED,
    )
    assert all(f.get("status") == "mentioned" for f in found)


@pytest.mark.model
def test_tx14_a_noun_step_put_off_is_planned(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Deliveries of Patriot systems from the United States to Switzerland have been delayed until 2027.",
    )
    assert found == [("USA", "CHE", "planned", False, "2027-01-01")]


@pytest.mark.model
def test_tx14_a_coming_step_from_a_later_year_is_dated_by_it(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Poland will take delivery of 96 Apache helicopters from the United States from 2028."
    )
    assert found == [("USA", "POL", "planned", False, "2028-01-01")]
    # a done step counted from a past year keeps that year as its start, not its date
    found = claim_fields(
        analyzer, "Germany has sent Ukraine 18 Leopard 2 tanks since 2023.", "transfer", _PUBLISHED
    )
    assert [(f.get("date"), f.get("since")) for f in found] == [(None, "2023-01-01")]


@pytest.mark.model
def test_tx14_shelved_plans_deny_the_plan(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Romania has shelved plans to buy K2 tanks from South Korea.")
    assert found == [("KOR", "ROU", "planned", True, None)]


@pytest.mark.model
def test_tx14_a_transfer_argued_over_is_no_step(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Several German lawmakers opposed sending Taurus missiles to Ukraine.")
    assert found == [("DEU", "UKR", "mentioned", False, None)]
    # a verb of dispute with its own object leaves the later verb a step
    found = _transfers(analyzer, "France questioned the sale, then sold 30 Rafale jets to Egypt in 2021.")
    assert found == [("FRA", "EGY", "delivered", False, "2021-01-01")]


@pytest.mark.model
def test_tx14_a_system_in_a_trailing_gerund_phrase_takes_its_cue_and_no_main_date(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Morocco signed for the Akinci drones with Turkey in 2023, after buying smaller Bayraktar TB2 "
        "drones from Turkey.",
    )
    assert sorted(found) == [
        ("TUR", "MAR", "contracted", False, "2023-01-01"),
        ("TUR", "MAR", "delivered", False, None),
    ]
    # a gerund phrase with no transfer cue moves nothing
    found = _transfers(
        analyzer,
        "Poland ordered 96 Apache helicopters from the United States in 2024, after retiring its Mi-24s.",
    )
    assert [(st, d) for _s, _r, st, _n, d in found if st != "mentioned"] == [("ordered", "2024-01-01")]
