"""Defence-trade shapes a fresh writer used (issue 13, part_23): a pronoun subject after an opening
adverbial, a list whose conjuncts each name their own source, a second clause with its own subject,
a contract "to supply", a contract to upgrade the buyer's own kit, an acronym model name ("LAV 6"),
a bare noun beside a model's name of its class, a denied delivery "of any of" an ordered figure, a
second verb phrase with its own auxiliary, and a giving noun owned by a country ("Spain's offer")."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields


def _transfers(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    found = claim_fields(analyzer, text, "transfer", dt.date(2025, 9, 10))
    return sorted(
        (f.get("supplier"), f.get("recipient"), f.get("status"), bool(f.get("negated")), f.get("quantity"))
        for f in found
    )


def _names(analyzer, text: str) -> list[str]:  # noqa: ANN001
    return sorted(
        str(f.get("system_name")) for f in claim_fields(analyzer, text, "transfer", dt.date(2025, 9, 10))
    )


@pytest.mark.model
def test_trade_shapes_a_pronoun_after_an_opening_adverbial_is_the_subject(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Kenya's navy is small and old. Last year it took delivery of two Type 056 corvettes from China.",
    )
    assert found == [("CHN", "KEN", "delivered", False, 2.0)]


@pytest.mark.model
def test_trade_shapes_each_listed_system_has_its_own_source(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Egypt buys widely. Since 2015 it has bought Rafale jets from France, four Type 209 submarines "
        "from Germany and Ka-52 helicopters from Russia.",
    )
    assert [(s, r) for s, r, *_rest in found] == [("DEU", "EGY"), ("FRA", "EGY"), ("RUS", "EGY")]


@pytest.mark.model
def test_trade_shapes_a_second_clause_with_its_own_subject_is_its_own_buyer(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Chad received Anka drones in 2023, and Togo bought a pair of Bayraktar TB2 drones this year.",
    )
    assert ("TGO", "TCD") not in {(s, r) for s, r, *_rest in found}
    assert ("TUR", "TGO", "delivered", False, 2.0) in found


@pytest.mark.model
def test_trade_shapes_a_contract_to_supply_is_contracted(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Germany's $2 billion contract to supply Norway with 54 Leopard 2 tanks, signed in March, is the "
        "largest in the army's history.",
    )
    assert found == [("DEU", "NOR", "contracted", False, 54.0)]


@pytest.mark.model
def test_trade_shapes_negotiating_a_contract_to_supply_is_an_offer(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Spain is negotiating a deal to supply Chile with four A400M aircraft.")
    assert found == [("ESP", "CHL", "offered", False, 4.0)]


@pytest.mark.model
def test_trade_shapes_a_contract_to_upgrade_the_buyers_own_kit_is_no_sale(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Athens signed a contract with an Israeli firm to upgrade 38 of the air force's own F-16 jets.",
    )
    assert [f for f in found if f[2] == "contracted"] == []


@pytest.mark.model
def test_trade_shapes_an_acronym_before_a_figure_is_part_of_the_name(analyzer) -> None:  # noqa: ANN001
    names = _names(analyzer, "Chile ordered 20 MRAV 8 armoured vehicles from Germany in June.")
    assert names == ["MRAV 8 armoured vehicles"]


@pytest.mark.model
def test_trade_shapes_a_bare_noun_beside_a_model_of_its_class_is_that_system(analyzer) -> None:  # noqa: ANN001
    names = _names(
        analyzer,
        "France has finished delivering the Kestrel NG air defence system to Denmark, handing over the "
        "final three of nine launchers in May.",
    )
    assert names == ["Kestrel NG air defence system"]


@pytest.mark.model
def test_trade_shapes_a_model_named_system_of_another_class_beside_a_known_one(analyzer) -> None:  # noqa: ANN001
    names = _names(
        analyzer,
        "Estonia signed a contract with South Korea for 24 K9 howitzers and 12 Orka-7 radar vehicles.",
    )
    assert len(names) == 2 and any("Orka-7" in n for n in names)


@pytest.mark.model
def test_trade_shapes_a_denied_delivery_of_any_of_an_order_keeps_the_order(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Nigeria has not received any of the 12 JF-17 jets it ordered from Pakistan in 2021."
    )
    assert found == [("PAK", "NGA", "delivered", True, 12.0), ("PAK", "NGA", "ordered", False, 12.0)]


@pytest.mark.model
def test_trade_shapes_a_second_verb_phrase_and_an_owned_offer(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Peru has rejected Spain's offer of ten used Harrier jets and will buy 12 Gripen jets from Sweden.",
    )
    assert [(s, r, st) for s, r, st, *_rest in found] == [
        ("ESP", "PER", "offered"),
        ("SWE", "PER", "planned"),
    ]


@pytest.mark.model
def test_trade_shapes_a_donation_owned_by_a_country(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Kenya welcomed Japan's donation of four patrol boats on Monday.")
    assert [(s, r, st) for s, r, st, *_rest in found] == [("JPN", "KEN", "delivered")]


@pytest.mark.model
def test_trade_shapes_listed_contents_carry_the_previous_transfer(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Norway has sent another aid shipment to Ukraine.\n\n"
        "The shipment contains three NASAMS launchers and 20 Kestrel-4 armoured trucks.\n\n"
        "It also includes six Leopard 2 tanks.",
    )
    assert found == [
        ("NOR", "UKR", "delivered", False, 3.0),
        ("NOR", "UKR", "delivered", False, 6.0),
        ("NOR", "UKR", "delivered", False, 20.0),
    ]


@pytest.mark.model
def test_trade_shapes_contents_with_nothing_before_them_are_no_transfer(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "The museum opened a new hall. It includes 20 Kestrel-4 armoured trucks.")
    assert found == []


@pytest.mark.model
def test_trade_shapes_a_model_name_right_after_a_known_one_is_one_system(analyzer) -> None:  # noqa: ANN001
    names = _names(analyzer, "Jordan ordered 12 F-16 Block 70 fighters from the United States.")
    assert len(names) == 1


@pytest.mark.model
def test_trade_shapes_a_held_fleet_a_named_state_gave_in_a_relative(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Hanoi still flies six Orlan-3 patrol aircraft that Moscow leased to its air force in 2019."
    )
    assert [(s, r, q) for s, r, _st, _n, q in found] == [("RUS", "VNM", 6.0)]


@pytest.mark.model
def test_trade_shapes_an_opening_possessive_owns_a_named_system(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Ecuador wants new jets. Its old Cheetah-C fighters, bought from South Africa in 2011, rarely fly.",
    )
    assert [(s, r, st) for s, r, st, *_rest in found] == [("ZAF", "ECU", "delivered")]
