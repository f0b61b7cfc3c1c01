"""(cx42) Shapes of the early parts' missed contradictions, in the project's own sentences, each with a
counter-example.

Deployments: forces "to be stationed … under a plan the government approved" are planned, not only
proposed — a plan its relative clause says was adopted is decided.

Transfers: a denial "of any of the 40 F-16V Block 70 jets Chile bought in 2020" is undated — the year is
the order's, told by the relative clause after the version's number. A denial of "transport planes" covers
the one known aircraft the two parties trade. "sent 20 vehicles to the Ghanaian army" is a transfer of
the system the next sentence opens with under the same noun ("The Kirpi vehicles will …")."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import contradiction_pairs, stepped_transfers

_DAY = dt.date(2024, 9, 3)


def _dated(analyzer, text: str) -> set[tuple[object, ...]]:  # noqa: ANN001
    return {
        (f.get("status"), bool(f.get("negated")), f.get("date"))
        for f in stepped_transfers(analyzer, text, _DAY)
    }


def test_cx42_forces_under_an_adopted_plan_are_planned() -> None:
    docs = [
        (
            "a",
            "2025-03-04",
            "BRUSSELS, 3 March 2025 — Some 800 Belgian soldiers are to be stationed in Estonia from 2026 "
            "under a plan that the government adopted on Monday, officials said.",
        ),
        (
            "b",
            "2025-06-04",
            "Only 400 Belgian soldiers will be stationed in Estonia in 2026, the minister said.",
        ),
    ]
    assert ("a", "b", "personnel") in contradiction_pairs(docs)


def test_cx42_forces_under_a_plan_still_weighed_are_no_size_to_compare() -> None:
    docs = [
        (
            "a",
            "2025-03-04",
            "Some 800 Belgian soldiers would be stationed in Estonia next year under a plan the government "
            "is weighing, officials said.",
        ),
        (
            "b",
            "2025-06-04",
            "Only 400 Belgian soldiers will be stationed in Estonia in 2026, the minister said.",
        ),
    ]
    assert not contradiction_pairs(docs)


def test_cx42_a_denial_of_a_versioned_system_is_not_dated_by_its_order(analyzer) -> None:  # noqa: ANN001
    text = (
        "SANTIAGO, 3 September 2024 — Washington has not delivered any of the 40 F-16V Block 70 "
        "jets Chile bought in 2020, the Chilean air force said on Tuesday."
    )
    assert _dated(analyzer, text) == {("delivered", True, None), ("ordered", False, "2020-01-01")}


def test_cx42_a_delivery_before_the_denial_contradicts_it() -> None:
    docs = [
        (
            "a",
            "2024-09-03",
            "SANTIAGO, 3 September 2024 — Washington has not delivered any of the 40 F-16V Block 70 "
            "jets Chile bought in 2020, the Chilean air force said on Tuesday.",
        ),
        (
            "b",
            "2024-09-25",
            "The United States handed the first of the 40 F-16V jets to Chile in August, the air force said.",
        ),
    ]
    assert ("a", "b", "status") in contradiction_pairs(docs)


def test_cx42_a_delivery_dated_by_its_own_clause_keeps_its_date(analyzer) -> None:  # noqa: ANN001
    text = "The United States delivered the 40 F-16V Block 70 jets to Chile in 2020, the air force said."
    assert ("delivered", False, "2020-01-01") in _dated(analyzer, text)


def test_cx42_a_denial_of_planes_covers_the_one_known_aircraft() -> None:
    docs = [
        (
            "a",
            "2025-03-05",
            "LISBON, 4 March 2025 — Brazil handed over two KC-390 aircraft to Portugal on Monday, the "
            "Portuguese air force said.",
        ),
        (
            "b",
            "2025-03-07",
            "BRASILIA (Wire) — The Brazilian government said on Thursday that no transport planes had been "
            "handed to Portugal this week.",
        ),
    ]
    assert ("a", "b", "status") in contradiction_pairs(docs)


def test_cx42_a_denial_of_vehicles_does_not_cover_an_aircraft() -> None:
    docs = [
        (
            "a",
            "2025-03-05",
            "LISBON, 4 March 2025 — Brazil handed over two KC-390 aircraft to Portugal on Monday, the "
            "Portuguese air force said.",
        ),
        (
            "b",
            "2025-03-07",
            "BRASILIA (Wire) — The Brazilian government said on Thursday that no armoured vehicles had been "
            "handed to Portugal this week.",
        ),
    ]
    assert not contradiction_pairs(docs)


_VEHICLES = (
    "ACCRA — Turkey sent 20 vehicles to the Ghanaian army this week, the Ghanaian defence ministry said on "
    "Thursday. The Kirpi vehicles will patrol the northern border."
)


def _systems(analyzer, text: str) -> set[tuple[object, ...]]:  # noqa: ANN001
    return {
        (f.get("supplier"), f.get("recipient"), f.get("system"), f.get("quantity"), f.get("status"))
        for f in stepped_transfers(analyzer, text, _DAY)
    }


def test_cx42_vehicles_sent_to_an_army_are_named_by_the_next_sentence(analyzer) -> None:  # noqa: ANN001
    assert ("TUR", "GHA", "Kirpi", 20.0, "delivered") in _systems(analyzer, _VEHICLES)


def test_cx42_vehicles_sent_to_a_country_name_no_system(analyzer) -> None:  # noqa: ANN001
    text = "Turkey sent 20 vehicles to Ghana this week for flood relief. The Kirpi vehicles stayed at home."
    assert not {t for t in _systems(analyzer, text) if t[4] == "delivered"}


def test_cx42_a_later_system_of_another_country_names_no_vehicles(analyzer) -> None:  # noqa: ANN001
    text = (
        "ACCRA — Turkey sent 20 vehicles to the Ghanaian army this week, the ministry said. Nigeria has "
        "used Kirpi vehicles for years."
    )
    assert not {t for t in _systems(analyzer, text) if t[4] == "delivered"}


def test_cx42_a_corrected_count_of_the_named_vehicles_contradicts() -> None:
    docs = [
        ("a", "2025-10-09", _VEHICLES),
        (
            "b",
            "2025-10-14",
            "Turkey delivered 16 Kirpi vehicles to Ghana last week, not 20 as first reported, the Turkish "
            "embassy in Accra said on Monday.",
        ),
    ]
    assert ("a", "b", "quantity") in contradiction_pairs(docs)


def test_cx42_a_bare_count_after_signing_for_counts_the_last_system(analyzer) -> None:  # noqa: ANN001
    text = (
        "Kenya has not ordered any Bayraktar TB2 drones from Turkey, officials said on Monday. Ethiopia, "
        "by contrast, has signed for six."
    )
    assert ("TUR", "ETH", "Bayraktar TB2", 6.0, "contracted") in _systems(analyzer, text)


def test_cx42_a_bare_count_with_no_system_before_is_no_transfer(analyzer) -> None:  # noqa: ANN001
    text = "Ethiopia, by contrast, has signed for six."
    assert not _systems(analyzer, text)


def test_cx42_a_bare_count_against_the_count_of_a_contract_contradicts() -> None:
    docs = [
        (
            "a",
            "2025-02-25",
            "Kenya has not ordered any Bayraktar TB2 drones from Turkey, officials said on Monday. Ethiopia, "
            "by contrast, has signed for six.",
        ),
        (
            "b",
            "2025-03-03",
            "ADDIS ABABA — Turkey's Baykar has won a contract from Ethiopia for eight Bayraktar TB2 drones, "
            "the air force said on Sunday.",
        ),
    ]
    assert ("a", "b", "quantity") in contradiction_pairs(docs)


def test_cx42_an_export_hit_is_no_delivery(analyzer) -> None:  # noqa: ANN001
    text = (
        "The K9 howitzer has become South Korea's biggest export hit. Estonia agreed to buy six K9 "
        "howitzers from South Korea in May."
    )
    assert {t[4] for t in _systems(analyzer, text)} == {"contracted"}


def test_cx42_an_export_story_delivers_nothing(analyzer) -> None:  # noqa: ANN001
    text = "Turkey's Akinci drone is now a fast-growing export success. Indonesia has signed for twelve."
    assert {t[4] for t in _systems(analyzer, text)} == {"contracted"}


def test_cx42_exported_goods_are_still_delivered(analyzer) -> None:  # noqa: ANN001
    text = "Turkey exported 20 Akinci drones to Indonesia last year, officials said."
    assert ("TUR", "IDN", "Bayraktar Akinci", 20.0, "delivered") in _systems(analyzer, text)


def test_cx42_an_ordering_participle_dates_the_order_not_the_denial(analyzer) -> None:  # noqa: ANN001
    text = "Sweden has not delivered any of the 18 Gripen jets ordered by Thailand in 2019, officials said."
    assert _dated(analyzer, text) == {("delivered", True, None), ("ordered", False, "2019-01-01")}


def test_cx42_a_delivery_of_goods_ordered_earlier_is_not_dated_by_the_order(analyzer) -> None:  # noqa: ANN001
    text = "Thailand received the 18 Gripen jets ordered in 2019, officials said."
    assert ("delivered", False, "2019-01-01") not in _dated(analyzer, text)
