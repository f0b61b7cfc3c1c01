"""Transfer parties from the roles of the cue's clause, status from the verb and its clause, and a
generic system that names one said before (issue 13: transfers that hold on fresh text)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields

pytestmark = pytest.mark.model


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    return claim_fields(analyzer, text, "transfer", dt.date(2025, 6, 1))


def _sides(ts: list[dict[str, object]]) -> set[tuple[object, object, object]]:
    return {(t["supplier"], t["recipient"], t["status"]) for t in ts}


def test_transfer_roles_a_passive_agent_after_the_recipient_supplies(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Eight CAESAR howitzers were handed over to Armenia by France on Friday.")
    assert _sides(ts) == {("FRA", "ARM", "delivered")}


def test_transfer_roles_the_subject_gives_and_the_to_object_gets(analyzer) -> None:  # noqa: ANN001
    # the sentence's coded event may read the two the other way round; the clause decides
    ts = _transfers(
        analyzer, "Seoul will provide three patrol vessels to Hanoi, the Vietnamese navy said on Monday."
    )
    assert _sides(ts) == {("KOR", "VNM", "planned")}


def test_transfer_roles_a_relative_clause_subject_is_the_supplier_not_the_maker(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "The new tanks replace the T-72s that Slovakia had handed to Ukraine.")
    assert (t["supplier"], t["recipient"], t["maker"]) == ("SVK", "UKR", "RUS")


def test_transfer_roles_coordinated_suppliers_are_one_transfer_each(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Estonia and Finland will send Stinger missiles to Ukraine this summer.")
    assert _sides(ts) == {("EST", "UKR", "planned"), ("FIN", "UKR", "planned")}


def test_transfer_roles_coordinated_recipients_are_one_transfer_each(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Turkey has offered the Bayraktar TB2 to Bolivia and Ecuador.")
    assert _sides(ts) == {("TUR", "BOL", "offered"), ("TUR", "ECU", "offered")}


def test_transfer_roles_a_possessive_pledge_gives(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Oslo's new pledge to Kyiv, 30 armoured vehicles, will take months to arrive.")
    assert _sides(ts) == {("NOR", "UKR", "planned")}


def test_transfer_roles_a_contract_counterpart_after_with_supplies(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(
        analyzer, "Egypt signed a deal worth 900 million euros with France on Friday for 12 Rafale jets."
    )
    assert (t["supplier"], t["recipient"], t["status"], t["quantity"]) == ("FRA", "EGY", "contracted", 12.0)


def test_transfer_roles_an_operator_holds_a_system_of_foreign_make(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Morocco already operates American-built Apache attack helicopters.")
    assert _sides(ts) == {("USA", "MAR", "operated-by")}


def test_transfer_status_a_negation_does_not_reach_past_but(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(
        analyzer,
        "Paris has not delivered Storm Shadow missiles to Kyiv but has offered it 20 Rafale jets instead.",
    )
    by_system = {t["system"]: (t["status"], bool(t.get("negated"))) for t in ts}
    assert by_system == {"Storm Shadow": ("delivered", True), "Rafale": ("offered", False)}


def test_transfer_status_a_later_negation_is_not_the_offers(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Officials said the French Rafale offer to Bogota had not been chosen.")
    assert not t.get("negated")


def test_transfer_status_a_planned_supply_under_a_signed_contract_is_contracted(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(
        analyzer, "Germany will supply 20 Leopard 2 tanks to Lithuania under a contract signed on Monday."
    )
    assert (t["supplier"], t["recipient"], t["status"]) == ("DEU", "LTU", "contracted")


def test_transfer_status_a_delivery_under_a_contract_is_a_delivery(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Kuwait has received Turkish Bayraktar TB2 drones under a 2022 contract.")
    assert (t["supplier"], t["recipient"], t["status"]) == ("TUR", "KWT", "delivered")


def test_transfer_status_a_hope_to_sell_is_no_transfer(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Ankara hopes to sell the Bayraktar TB2 to Chile and Peru.")
    assert {t["status"] for t in ts} <= {"mentioned"}  # named, but no transfer stated


def test_transfer_date_of_a_leading_attribution_is_not_the_transfers(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(
        analyzer, "The ministry said on Wednesday that Chile had received F-16 jets from the Netherlands."
    )
    assert (t["supplier"], t["recipient"]) == ("NLD", "CHL")
    assert "date" not in t


def test_transfer_anaphora_the_batteries_are_the_system_named_before(analyzer) -> None:  # noqa: ANN001
    text = (
        "Qatar ordered the NASAMS air defence system from Norway in 2023. "
        "The first three batteries were delivered last month, the ministry said."
    )
    ts = _transfers(analyzer, text)
    assert {(t["system"], t["supplier"], t["recipient"], t["status"]) for t in ts} == {
        ("NASAMS", "NOR", "QAT", "ordered"),
        ("NASAMS", "NOR", "QAT", "delivered"),
    }


def test_transfer_anaphora_the_jets_keep_their_own_parties(analyzer) -> None:  # noqa: ANN001
    text = "Hungary bought Gripen jets from Sweden in 2001. Sweden has since offered the jets to Peru."
    ts = _transfers(analyzer, text)
    assert ("Gripen", "SWE", "PER", "offered") in {
        (t["system"], t["supplier"], t["recipient"], t["status"]) for t in ts
    }


def test_transfer_anaphora_a_generic_system_of_the_same_parties_is_the_named_one(analyzer) -> None:  # noqa: ANN001
    text = (
        "Denmark handed six F-16 jets to Argentina on Monday. "
        "Argentina bought 24 used aircraft from Denmark in 2024."
    )
    assert {t["system"] for t in _transfers(analyzer, text)} == {"F-16"}


def test_transfer_generic_system_not_inside_a_hyphenated_word(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Latvia will send anti-drone jammers to Ukraine in April.")
    assert {t["system_name"] for t in ts} == {"anti-drone jammers"}


def test_transfer_negation_none_of_the_jets_has_arrived(analyzer) -> None:  # noqa: ANN001
    text = "TAIPEI, 2 May 2025 — None of the 12 F-16 jets ordered from Washington has arrived, they said."
    (t,) = _transfers(analyzer, text)
    assert (t["supplier"], t["recipient"], t["status"], t["negated"]) == ("USA", "TWN", "delivered", True)


def test_transfer_negation_yet_to_hand_over_to_no_one_named_is_dropped(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "A Su-57 stood on display; Moscow has yet to hand one over to a foreign buyer.")
    assert [t for t in ts if t["status"] != "mentioned"] == []


def test_transfer_status_a_display_is_no_delivery(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Nepal and Laos watched Chinese troops display J-10C fighters at the show.")
    assert {t["status"] for t in ts} <= {"mentioned"}


def test_transfer_anaphora_an_operator_still_flies_the_jets(analyzer) -> None:  # noqa: ANN001
    text = "In 2015 Iraq bought F-16 jets from the United States. The Iraqi air force still flies the jets."
    ts = _transfers(analyzer, text)
    assert ("F-16", "USA", "IRQ", "operated-by") in {
        (t["system"], t["supplier"], t["recipient"], t["status"]) for t in ts
    }


def test_transfer_a_naval_variant_is_a_system_of_its_own(analyzer) -> None:  # noqa: ANN001
    text = "India agreed to buy 26 Rafale Marine jets from France. Its air force already flies 36 Rafales."
    assert {t["system"] for t in _transfers(analyzer, text)} == {"Rafale M", "Rafale"}


def test_transfer_roles_coordinated_sources_after_from(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Moldova has received Stinger missiles from Romania and the Netherlands.")
    assert _sides(ts) == {("ROU", "MDA", "delivered"), ("NLD", "MDA", "delivered")}


def test_transfer_roles_a_comma_alone_does_not_coordinate(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Iran has shipped Shahed-136 drones to Russia, Kyiv said.")
    assert _sides(ts) == {("IRN", "RUS", "delivered")}


def test_transfer_roles_a_coordination_does_not_cross_a_clause(analyzer) -> None:  # noqa: ANN001
    text = "Nepal bought Bayraktar TB2 drones from Turkey, and Bhutan now flies Chinese drones."
    assert ("TUR", "NPL", "delivered") in _sides(_transfers(analyzer, text))
    assert all(t["supplier"] != "BTN" for t in _transfers(analyzer, text))


def test_transfer_status_an_agreement_to_sell_is_contracted_by_the_seller(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Italy has agreed to sell 24 Eurofighter jets to Kuwait.")
    assert _sides(ts) == {("ITA", "KWT", "contracted")}


def test_transfer_status_an_expected_receipt_is_planned(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Riga expects to receive six HIMARS launchers from Washington next year.")
    assert _sides(ts) == {("USA", "LVA", "planned")}


def test_transfer_status_a_passive_approval_of_a_sale_to_a_country(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "The sale of 36 F-15 jets to Qatar was approved by the State Department.")
    assert {(t["supplier"], t["recipient"], t["status"], t["quantity"]) for t in ts} == {
        ("USA", "QAT", "approved", 36.0)
    }


def test_transfer_a_value_is_not_a_count(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Washington has cleared a $2.5 billion sale of Patriot batteries to Warsaw.")
    assert (t["supplier"], t["recipient"], t["status"], t.get("quantity")) == ("USA", "POL", "approved", None)


def test_transfer_status_a_lease_and_an_acquisition(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Germany will lease eight Leopard 2 tanks to Latvia next year.")
    assert _sides(ts) == {("DEU", "LVA", "planned")}
    ts = _transfers(analyzer, "Vietnam will acquire two more BrahMos batteries from India.")
    assert _sides(ts) == {("IND", "VNM", "planned")}


def test_transfer_status_a_cancelled_order_is_negated(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Egypt cancelled its order for 24 Su-35 fighters from Russia.")
    assert (t["supplier"], t["recipient"], t["negated"]) == ("RUS", "EGY", True)


def test_transfer_a_model_number_is_part_of_the_name_not_a_count(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Spain handed over the final Avante 2200 corvette to Saudi Arabia on Monday.")
    assert (t["system_name"], t.get("quantity")) == ("Avante 2200 corvette", None)
    (t,) = _transfers(analyzer, "China will hand Pakistan six diesel-electric submarines by 2028.")
    assert t["quantity"] == 6.0


def test_transfer_roles_an_adjective_of_make_is_not_the_buyer(analyzer) -> None:  # noqa: ANN001
    text = "Laos relies on Russian arms, having bought Su-30 fighters and T-72 tanks."
    assert _sides(_transfers(analyzer, text)) == {("RUS", "LAO", "delivered")}


def test_transfer_roles_each_system_comes_from_its_own_source(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Niger got six Wing Loong II drones from China and TB2s from Turkey in 2023.")
    assert {(t["system"], t["supplier"]) for t in ts} == {("Wing Loong II", "CHN"), ("Bayraktar TB2", "TUR")}


def test_transfer_a_relative_clause_object_is_the_system_moved(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "The drones that Iran sent to Sudan last year were used in Darfur.")
    assert _sides(ts) == {("IRN", "SDN", "delivered")}


def test_transfer_status_equipped_with_is_operated(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Algeria's air force, equipped with Russian Su-30 fighters, is large.")
    assert _sides(ts) == {("RUS", "DZA", "operated-by")}


def test_transfer_date_of_a_relative_clause_about_the_recipient(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "No F-35 has been delivered to Turkey, which left the programme in 2019.")
    assert "date" not in t
    (t,) = _transfers(analyzer, "Kenya took delivery of eight TB2 drones, which landed on 9 April 2024.")
    assert t["date"] == "2024-04-09"
