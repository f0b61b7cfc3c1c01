"""Transfers of systems the knowledge base does not know (issue 13, fresh writers): a name-like
designation ("Pardalis-7", "Nahr-II") names a system beside an equipment noun or alone, never
beside another noun ("Covid-19 test kits"); a designation keeps the name of "weapons" it
qualifies; a capitalised "Systems" after a name is a company; "awarded X a contract" makes X the
seller; "contracts to build … for Y" make the builder the seller; a contract named inside "under a
… contract" does not outrank the delivery it came under; "the Zubr-3" is a name, not a reference."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields


def _transfers(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    found = claim_fields(analyzer, text, "transfer", dt.date(2025, 5, 6))
    return [
        (f.get("supplier"), f.get("recipient"), str(f.get("system_name")), f.get("quantity"), f.get("status"))
        for f in found
    ]


@pytest.mark.model
def test_unknown_designations_a_name_with_a_hyphenated_number_beside_an_equipment_noun(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Greece will send 18 Pardalis-7 amphibious vehicles to Cyprus next spring.")
    assert [(s, r, q, st) for s, r, n, q, st in found if "Pardalis-7" in n] == [("GRC", "CYP", 18, "planned")]
    found = _transfers(analyzer, "Egypt received 20 Nahr-II armoured trucks from Jordan last week.")
    assert [(s, r, st) for s, r, n, _q, st in found if "Nahr-II" in n] == [("JOR", "EGY", "delivered")]


@pytest.mark.model
def test_unknown_designations_a_name_beside_another_noun_is_no_system(analyzer) -> None:  # noqa: ANN001
    assert _transfers(analyzer, "Germany shipped 50,000 Covid-19 test kits to Namibia.") == []


@pytest.mark.model
def test_unknown_designations_the_designation_names_the_weapons(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Denmark will give Georgia thirty Falke-2 anti-tank weapons.")
    assert [(s, r, q) for s, r, n, q, _st in found if "Falke-2" in n] == [("DNK", "GEO", 30)]
    found = _transfers(analyzer, "Denmark will give Georgia more weapons.")
    assert [n for _s, _r, n, _q, _st in found] == ["military equipment"]


@pytest.mark.model
def test_unknown_designations_an_awarded_company_of_a_country_sells(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Peru has awarded Brazil's Tamoio Naval Systems a contract for two Caiman-4 patrol boats."
    )
    assert [(s, r, q, st) for s, r, _n, q, st in found] == [("BRA", "PER", 2, "contracted")]


@pytest.mark.model
def test_unknown_designations_contracts_to_build_make_the_builder_the_seller(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Spain has signed contracts to build three Osa-class minehunters for Ecuador."
    )
    assert [(s, r, q, st) for s, r, _n, q, st in found] == [("ESP", "ECU", 3, "contracted")]


@pytest.mark.model
def test_unknown_designations_a_delivery_under_a_contract_stays_a_delivery(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Mali took delivery of 16 Tarsus-M towed guns from Turkey on Friday, the first batch under a 2024"
        " contract for 40 guns.",
    )
    assert ("TUR", "MLI", "delivered") in [(s, r, st) for s, r, n, _q, st in found if "Tarsus-M" in n]


@pytest.mark.model
def test_unknown_designations_a_designation_after_the_is_a_name(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Belarus showed a new drone at a parade in Minsk. An older version, the Zubr-3, has been sold to"
        " Myanmar since 2022.",
    )
    assert [(s, r, n, st) for s, r, n, _q, st in found] == [("BLR", "MMR", "Zubr-3", "delivered")]


@pytest.mark.model
def test_unknown_designations_cutters_are_naval_systems(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Japan gave the Philippines two Sagami-class cutters in May.")
    assert [(s, r, q) for s, r, _n, q, _st in found] == [("JPN", "PHL", 2)]


@pytest.mark.model
def test_unknown_designations_a_country_s_maker_signing_with_a_country_sells(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Spanish shipyard Navalia has signed a contract with Peru for four Orca-5 patrol boats."
    )
    assert [(s, r, q, st) for s, r, _n, q, st in found] == [("ESP", "PER", 4, "contracted")]


@pytest.mark.model
def test_unknown_designations_a_second_conjunct_takes_its_own_verb(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Ghana took delivery of four Vesta-2 radars from France in 2023 and has since received six Mistral-9"
        " patrol boats from France.",
    )
    assert sorted(n for s, r, n, _q, st in found if (s, r, st) == ("FRA", "GHA", "delivered")) == [
        "Mistral-9 patrol boats",
        "Vesta-2 radars",
    ]


@pytest.mark.model
def test_unknown_designations_a_refused_licence_is_a_denied_approval(analyzer) -> None:  # noqa: ANN001
    found = claim_fields(
        analyzer,
        "OSLO (Fjord Wire) — Norway refused an export licence for the sale of Skarv-3 radars to Egypt, the"
        " ministry said. The agency cleared exports of the same radar to Chile and Peru last year.",
        "transfer",
        dt.date(2025, 5, 6),
    )
    got = sorted((f.get("recipient"), f.get("status"), bool(f.get("negated"))) for f in found)
    assert got == [("CHL", "approved", False), ("EGY", "approved", True), ("PER", "approved", False)]
    assert {f.get("supplier") for f in found} == {"NOR"}


@pytest.mark.model
def test_unknown_designations_is_sending_is_planned(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Italy is sending two Sirio-4 minehunters to Tunisia.")
    assert [(s, r, st) for s, r, _n, _q, st in found] == [("ITA", "TUN", "planned")]


@pytest.mark.model
def test_unknown_designations_named_vessels_and_military_trucks_are_systems(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Japan has handed a third batch of four Nojima-class vessels to Sri Lanka.")
    assert [(s, r, n, q) for s, r, n, q, _st in found] == [("JPN", "LKA", "Nojima-class vessels", 4)]
    found = _transfers(analyzer, "Norway gave Moldova 40 military trucks in March.")
    assert [(s, r, n, q) for s, r, n, q, _st in found] == [("NOR", "MDA", "military trucks", 40)]


@pytest.mark.model
def test_unknown_designations_a_supply_verb_is_not_part_of_the_name(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Brazil plans to export Tupi-4 coastal radars to Angola, officials said.")
    assert [n for _s, _r, n, _q, _st in found] == ["Tupi-4 coastal radars"]


@pytest.mark.model
def test_unknown_designations_clearing_a_country_to_buy_is_the_approvers_sale(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Germany authorised Qatar to acquire 4 Kogge-2 corvettes.")
    assert [(s, r, q, st) for s, r, _n, q, st in found] == [("DEU", "QAT", 4, "approved")]
    found = _transfers(
        analyzer, "Chile's government approved the purchase of 10 Sarna-2 helicopters from Italy."
    )
    assert [(s, r, st) for s, r, _n, _q, st in found] == [("ITA", "CHL", "approved")]


@pytest.mark.model
def test_unknown_designations_a_participle_aside_describes_its_system(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Slovakia's new Tatra-8 trucks, bought from Czechia, entered service in May."
    )
    assert [(s, r, n) for s, r, n, _q, _st in found] == [("CZE", "SVK", "Tatra-8 trucks")]


@pytest.mark.model
def test_unknown_designations_a_countrys_service_receives_from_the_agent(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "The Peruvian navy now operates three Huascar-2 corvettes supplied by Spain."
    )
    assert [(s, r, n) for s, r, n, _q, _st in found] == [("ESP", "PER", "Huascar-2 corvettes")]
