"""Arms transfers on fresh text (issue 13, part_29): a passive approval "cleared for sale to X by Y"
keeps Y the seller; a state's arms company (a business group of the knowledge base) sells as its
state; the alternative a buyer passed over is no transfer; an inverted condition ("Should …, X
would offer") states none; "are still awaited" denies the delivery of what was ordered; "since
Soviet times" names a period, no party."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _claims(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 4, 2)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "transfer"]


def _rows(analyzer, text: str) -> set[tuple[object, ...]]:  # noqa: ANN001
    return {
        (f.get("supplier"), f.get("recipient"), f.get("status"), bool(f.get("negated")))
        for f in _claims(analyzer, text)
    }


def test_a_sale_cleared_by_an_agent_after_its_buyer_is_the_agents(analyzer) -> None:  # noqa: ANN001
    text = (
        "Eighteen retired Gepard guns were cleared for export to Brazil by the German government on "
        "Friday, on condition that none of them is passed on to Venezuela."
    )
    assert _rows(analyzer, text) == {("DEU", "BRA", "approved", False)}


def test_a_state_arms_company_sells_as_its_state(analyzer) -> None:  # noqa: ANN001
    text = "Rosoboronexport has shipped six Mi-35 helicopters to Mali, the company said."
    assert {(s, r) for s, r, _st, _n in _rows(analyzer, text)} == {("RUS", "MLI")}


def test_the_system_a_buyer_passed_over_is_not_bought(analyzer) -> None:  # noqa: ANN001
    fields = _claims(
        analyzer,
        "Norway will buy six NASAMS batteries from Kongsberg, preferring a home design over the Patriot.",
    )
    assert [f["system"] for f in fields] == ["NASAMS"]
    rather = _claims(analyzer, "Chile ordered eight Leopard 2 tanks from Germany rather than more M1 Abrams.")
    assert {f["system"] for f in rather} == {"Leopard 2"}


def test_an_inverted_condition_states_no_offer(analyzer) -> None:  # noqa: ANN001
    text = (
        "Should Peru drop its tender for new corvettes, observers say, South Korea would offer three "
        "Pohang-class ships at a discount."
    )
    assert _claims(analyzer, text) == []
    # a plain offer is one
    assert _rows(analyzer, "South Korea offered Peru three Pohang-class corvettes.") == {
        ("KOR", "PER", "offered", False)
    }


def test_an_order_still_awaited_is_an_order_and_a_denied_delivery(analyzer) -> None:  # noqa: ANN001
    text = "Ten Caesar howitzers that Belgium ordered from France in 2023 are still awaited."
    assert _rows(analyzer, text) == {("FRA", "BEL", "ordered", False), ("FRA", "BEL", "delivered", True)}


def test_a_period_named_after_a_state_is_no_party(analyzer) -> None:  # noqa: ANN001
    text = "Georgia's army has used T-72s since Soviet times and received a dozen more from Ukraine in 2008."
    assert {(s, r) for s, r, _st, _n in _rows(analyzer, text)} == {("UKR", "GEO")}


def test_the_second_half_of_a_compound_is_no_supply_verb(analyzer) -> None:  # noqa: ANN001
    # "anti-ship" holds "ship", which is no shipment; choosing a missile is no transfer either
    assert _claims(analyzer, "Estonia has picked Norway's NSM anti-ship missile for its coast guard.") == []


def test_giving_up_a_capability_gives_nothing(analyzer) -> None:  # noqa: ANN001
    text = "Belgium gave up its tanks in 2014 and later sold its last Piranha vehicles to Brazil."
    fields = _claims(analyzer, text)
    assert {(f.get("supplier"), f.get("recipient"), f.get("status")) for f in fields} == {
        ("BEL", "BRA", "delivered")
    }


def test_bare_ammunition_is_a_kind_of_its_own_and_not_said_twice(analyzer) -> None:  # noqa: ANN001
    (alone,) = _claims(analyzer, "Officials say Pakistan has sold no ammunition to Ukraine.")
    assert (alone["system"], alone["negated"]) == ("ammunition", True)
    # beside weapons it belongs to the military equipment they name together
    (listed,) = _claims(
        analyzer, "Two Turkish aircraft delivered weapons and ammunition to Somalia on Friday."
    )
    assert listed["system"] == "military equipment"
    # the same denial in general words beside a named kind is one transfer
    text = (
        "Brazil has not exported artillery shells to Ukraine, the ministry said, after reports that "
        "Brazilian-made ammunition had been seen at the front."
    )
    assert [f["system_name"] for f in _claims(analyzer, text)] == ["artillery shells"]


def test_a_coordinated_subject_that_orders_buys_together(analyzer) -> None:  # noqa: ANN001
    text = "Slovakia and Czechia ordered CV90 vehicles from Sweden in 2024."
    assert _rows(analyzer, text) == {("SWE", "SVK", "ordered", False), ("SWE", "CZE", "ordered", False)}
    # two buyers and no seller named: neither of them sells to the other
    joint = "Slovakia and Czechia placed a joint order for CV90 vehicles in 2024."
    assert not {(s, r) for s, r, _st, _n in _rows(analyzer, joint)} & {("SVK", "CZE"), ("CZE", "SVK")}


def test_a_replaced_system_keeps_its_own_past_apart(analyzer) -> None:  # noqa: ANN001
    # the relative clause of what is replaced is no step of the new purchase …
    text = "Romania ordered K2 tanks to replace the T-72s that Bucharest sent to Moldova."
    assert {(s, r) for s, r, _st, _n in _rows(analyzer, text)} == {("KOR", "ROU")}
    # … but where it names who sold the old system, that sale is stated
    old = "The jets will replace the navy's AV-8 Harriers, which Thailand bought from Spain in the 1990s."
    assert _rows(analyzer, old) == {("ESP", "THA", "delivered", False)}


def test_of_two_signers_the_maker_named_after_the_system_sells(analyzer) -> None:  # noqa: ANN001
    text = (
        "Qatar and Italy signed a contract on Monday for four patrol ships to be built by Italian shipyards."
    )
    assert _rows(analyzer, text) == {("ITA", "QAT", "contracted", False)}


def test_a_purchase_reported_as_a_deal_is_contracted(analyzer) -> None:  # noqa: ANN001
    text = "Vietnam has bought twelve Yak-130 trainers from Russia, its first arms deal with Moscow in years."
    assert _rows(analyzer, text) == {("RUS", "VNM", "contracted", False)}
    # a purchase history with no deal reported stays what was bought and delivered
    assert _rows(analyzer, "Peru has bought Russian helicopters for decades.") <= {
        ("RUS", "PER", "delivered", False)
    }


def test_a_capitalised_noun_inside_a_company_name_is_no_system(analyzer) -> None:  # noqa: ANN001
    text = "The army has placed large orders with the state-owned Munitions India for its own needs."
    assert _claims(analyzer, text) == []
