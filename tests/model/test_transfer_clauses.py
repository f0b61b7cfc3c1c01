"""Transfers and deployments from the shape of the clause: passives with only an agent, asides,
participle clauses, systems that move with forces, suppliers and recipients the article gives
(issue 13: transfers that hold on fresh text; the held-out gap between dev and test phrasings)."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _claims(analyzer, text: str, kind: str = "transfer") -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 1)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == kind]


def _sides(ts: list[dict[str, object]]) -> set[tuple[object, object, object]]:
    return {(t["supplier"], t["recipient"], t["status"]) for t in ts}


def test_transfer_clauses_a_passive_subject_gets_what_the_agent_supplies(analyzer) -> None:  # noqa: ANN001
    ts = _claims(
        analyzer, "The Chilean navy will be supplied with two refurbished frigates by Britain in 2026."
    )
    assert _sides(ts) == {("GBR", "CHL", "planned")}


def test_transfer_clauses_the_agent_after_the_recipient_supplies_not_the_maker(analyzer) -> None:  # noqa: ANN001
    ts = _claims(analyzer, "The first ten F-16 jets sold to Romania by Norway landed at Fetesti on Tuesday.")
    assert _sides(ts) == {("NOR", "ROU", "delivered")}


def test_transfer_clauses_an_aside_about_a_party_is_not_the_transfers(analyzer) -> None:  # noqa: ANN001
    (t,) = _claims(
        analyzer,
        "Guinea, whose government fell out with Paris in 2021, took delivery of armoured vehicles "
        "from Turkey in 2024.",
    )
    assert (t["supplier"], t["recipient"], t["date"]) == ("TUR", "GIN", "2024-01-01")


def test_transfer_clauses_the_same_supplier_is_the_articles_previous_one(analyzer) -> None:  # noqa: ANN001
    ts = _claims(
        analyzer,
        "Pakistan shipped Al-Khalid tanks to Nigeria in 2021. Ghana, a newer customer, received armoured "
        "vehicles from the same supplier last year.",
    )
    assert ("PAK", "GHA", "delivered") in _sides(ts)


def test_transfer_clauses_a_system_sent_with_forces_is_a_deployment(analyzer) -> None:  # noqa: ANN001
    text = "Italy has sent the destroyer Caio Duilio and about 200 sailors to Cyprus for an exercise."
    assert _claims(analyzer, text) == []
    (d,) = _claims(analyzer, text, "deployment")
    assert (d["country"], d["host"], d["personnel"]) == ("ITA", "CYP", 200)


def test_transfer_clauses_a_generic_system_beside_a_named_one_in_another_clause(analyzer) -> None:  # noqa: ANN001
    ts = _claims(
        analyzer,
        "Norway donated 20 armoured vehicles to Lithuania last year, and Vilnius has ordered Leopard "
        "tanks from Germany.",
    )
    assert {
        (t["supplier"], t["recipient"], t["status"], t["system_name"]) for t in ts if t["supplier"] == "NOR"
    } == {("NOR", "LTU", "delivered", "armoured vehicles")}
    assert ("DEU", "LTU", "ordered") in _sides(ts)


def test_transfer_clauses_a_cleared_purchase_is_approved(analyzer) -> None:  # noqa: ANN001
    ts = _claims(
        analyzer,
        "Slovakia's cabinet cleared the purchase of 12 Black Hawk helicopters from the United States.",
    )
    assert _sides(ts) == {("USA", "SVK", "approved")}


def test_transfer_clauses_a_sale_after_a_signed_contract_is_contracted(analyzer) -> None:  # noqa: ANN001
    ts = _claims(
        analyzer, "Brazil will sell four patrol ships to Angola after a contract was signed in Luanda."
    )
    assert _sides(ts) == {("BRA", "AGO", "contracted")}


def test_transfer_clauses_a_participle_aside_is_the_status_of_the_system_before_it(analyzer) -> None:  # noqa: ANN001
    ts = _claims(
        analyzer,
        "Egypt's new IRIS-T batteries, delivered by Germany in May, now guard the capital beside "
        "older Buk systems.",
    )
    delivered = [t for t in ts if t["status"] == "delivered"]
    assert [(t["supplier"], t["recipient"]) for t in delivered] == [("DEU", "EGY")]
    assert "IRIS" in str(delivered[0]["system_name"])


def test_transfer_clauses_an_object_relative_after_a_comma_moved(analyzer) -> None:  # noqa: ANN001
    ts = _claims(analyzer, "The helicopters, which Brazil bought from France in 2010, need new engines.")
    assert _sides(ts) == {("FRA", "BRA", "delivered")}


def test_transfer_clauses_building_for_a_country_under_a_contract(analyzer) -> None:  # noqa: ANN001
    ts = _claims(
        analyzer, "Spain will build four patrol ships for Angola under a contract signed in Luanda on Monday."
    )
    assert _sides(ts) == {("ESP", "AGO", "contracted")}


def test_transfer_clauses_an_unknown_designation_names_a_system(analyzer) -> None:  # noqa: ANN001
    ts = _claims(
        analyzer, "Peru now operates the KX-9 Condor, supplied by South Korea, at its flight school."
    )
    assert {(t["supplier"], t["recipient"], t["status"], t["system"]) for t in ts} == {
        ("KOR", "PER", "operated-by", "KX-9 Condor")
    }


def test_transfer_clauses_a_recipient_the_sentence_refers_to(analyzer) -> None:  # noqa: ANN001
    ts = _claims(
        analyzer,
        "Jordan already flies F-16 jets bought from the United States. Washington has now approved the sale "
        "of 400 guided bombs to the kingdom.",
    )
    assert ("USA", "JOR", "approved") in _sides(ts)


def test_deployment_a_demonym_qualifying_forces_is_not_the_host(analyzer) -> None:  # noqa: ANN001
    ds = _claims(
        analyzer,
        "Spain has about 600 troops in Latvia, alongside a Polish contingent of roughly 200.",
        "deployment",
    )
    assert ("ESP", "POL") not in {(d["country"], d["host"]) for d in ds}


def test_transfer_clauses_a_gift_to_a_dative_recipient(analyzer) -> None:  # noqa: ANN001
    ts = _claims(analyzer, "Canada has gifted Latvia eight armoured vehicles for its new brigade.")
    assert ("CAN", "LVA", "delivered") in _sides(ts)


def test_transfer_clauses_a_generic_system_name_stops_at_the_verb(analyzer) -> None:  # noqa: ANN001
    (t,) = _claims(analyzer, "Azerbaijan has purchased Barak air-defence systems from Israel.")
    assert (t["supplier"], t["recipient"], t["system_name"]) == ("ISR", "AZE", "Barak air-defence systems")


def test_deployment_forces_withdrawn_from_a_country_were_hosted_there(analyzer) -> None:  # noqa: ANN001
    (d,) = _claims(analyzer, "Britain has withdrawn its last 400 soldiers from Mali.", "deployment")
    assert (d["country"], d["host"], d["personnel"]) == ("GBR", "MLI", 400)


def test_transfer_clauses_a_loan_is_a_delivery(analyzer) -> None:  # noqa: ANN001
    ts = _claims(analyzer, "Greece is lending three Patriot batteries to Bulgaria for the summer.")
    assert _sides(ts) == {("GRC", "BGR", "delivered")}


def test_transfer_clauses_a_date_in_another_clause_is_not_the_transfers(analyzer) -> None:  # noqa: ANN001
    ts = _claims(
        analyzer,
        "Mongolia will receive its first Su-30SM fighters from Russia in 2027, and Laos has ordered "
        "Yak-130 trainers from the same country.",
    )
    dates = {t["recipient"]: t.get("date") for t in ts}
    assert dates["MNG"] == "2027-01-01"
    assert dates.get("LAO") is None


def test_deployment_a_model_number_before_trainers_is_no_force(analyzer) -> None:  # noqa: ANN001
    text = "Italy will deliver a further 12 M-346 trainers to Kuwait by 2027."
    assert _claims(analyzer, text, "deployment") == []


def test_transfer_clauses_a_pronoun_buyer_is_the_articles(analyzer) -> None:  # noqa: ANN001
    ts = _claims(
        analyzer,
        "JAKARTA, 2 March 2025 — Indonesia's coast guard is expanding. It took delivery of three patrol "
        "vessels from Japan in 2024.",
    )
    assert ("JPN", "IDN", "delivered") in _sides(ts)


def test_transfer_clauses_a_held_system_bought_from_a_supplier(analyzer) -> None:  # noqa: ANN001
    ts = _claims(analyzer, "Algeria's navy now operates four Kilo-class submarines bought from Russia.")
    assert _sides(ts) == {("RUS", "DZA", "operated-by")}


def test_transfer_clauses_a_sale_approved_by_the_exporter(analyzer) -> None:  # noqa: ANN001
    ts = _claims(
        analyzer, "The sale of 20 Typhoon jets to Kuwait, approved by London in March, awaits a contract."
    )
    assert _sides(ts) == {("GBR", "KWT", "approved")}


def test_transfer_clauses_an_agreement_to_purchase_with_a_time_between(analyzer) -> None:  # noqa: ANN001
    ts = _claims(analyzer, "Colombia agreed last week to purchase 17 Gripen fighters from Sweden.")
    assert _sides(ts) == {("SWE", "COL", "contracted")}


def test_transfer_clauses_talks_to_buy_are_an_offer_from_the_seller(analyzer) -> None:  # noqa: ANN001
    ts = _claims(analyzer, "Kuwait is in talks with France to buy 18 Rafale jets.")
    assert _sides(ts) == {("FRA", "KWT", "offered")}


def test_transfer_clauses_a_possible_sale_notified_is_approved(analyzer) -> None:  # noqa: ANN001
    ts = _claims(
        analyzer,
        "Washington has notified lawmakers of a possible sale of 8 Black Hawk helicopters to Slovenia.",
    )
    assert _sides(ts) == {("USA", "SVN", "approved")}


def test_transfer_clauses_a_relative_without_that_its_subject_supplies(analyzer) -> None:  # noqa: ANN001
    ts = _claims(analyzer, "Manila is still waiting for the BrahMos missiles New Delhi promised last year.")
    assert {(t["supplier"], t["recipient"]) for t in ts} == {("IND", "PHL")}


def test_deployment_forces_in_the_country_the_article_is_about(analyzer) -> None:  # noqa: ANN001
    ds = _claims(
        analyzer,
        "Britain leads the allied battlegroup in Estonia. London has about 1,000 soldiers in the country, "
        "and Estonia hosts them at Tapa.",
        "deployment",
    )
    assert {(d["country"], d["host"]) for d in ds} == {("GBR", "EST")}


def test_transfer_clauses_a_country_opening_a_sentence_is_no_dateline() -> None:
    from geowire.actors.kb import shipped_kb
    from geowire.lang import load_language
    from geowire.model.extract import dateline_country
    from geowire.types import ActorMention, Sentence

    kb = shipped_kb(load_language("en"))
    body = "Norway leads the buyers' club."
    dateline = "OSLO, 4 May 2025 — Norway leads the buyers' club."
    norway = ActorMention(0, 6, "Norway", "country", code="NOR")
    oslo = ActorMention(0, 4, "OSLO", "country", code="NOR")
    assert dateline_country([norway], kb, Sentence(0, 0, len(body), body)) is None
    assert dateline_country([oslo], kb, Sentence(0, 0, len(dateline), dateline)) == "NOR"


def test_transfer_clauses_a_future_denied_is_planned_and_negated(analyzer) -> None:  # noqa: ANN001
    (t,) = _claims(
        analyzer, "Indonesia will not buy Su-35 fighters from Russia after all, the minister said."
    )
    assert (t["supplier"], t["recipient"], t["status"], t.get("negated")) == ("RUS", "IDN", "planned", True)


def test_transfer_clauses_an_approval_yet_to_come_is_a_negated_approval(analyzer) -> None:  # noqa: ANN001
    (t,) = _claims(analyzer, "Seoul has yet to approve the export of K2 tanks to Romania.")
    assert (t["supplier"], t["recipient"], t["status"], t.get("negated")) == ("KOR", "ROU", "approved", True)


def test_transfer_clauses_a_noun_cue_names_the_system_after_it(analyzer) -> None:  # noqa: ANN001
    ts = _claims(
        analyzer,
        "Morocco's acquisition of patrol boats from France, agreed in 2023, makes it the first buyer "
        "of French corvettes in the region.",
    )
    assert {(t["supplier"], t["recipient"], t["system_name"]) for t in ts} == {("FRA", "MAR", "patrol boats")}


def test_transfer_clauses_a_transfer_of_systems_to_a_country(analyzer) -> None:  # noqa: ANN001
    ts = _claims(analyzer, "Japan's transfer of coastal radars to Vietnam is only its second arms export.")
    assert _sides(ts) == {("JPN", "VNM", "delivered")}
