"""Passive transfers (issue 13): a supply verb in the passive names who got the system, and only
an agent ("by Norway"), a source ("from Norway") or an owner ("six Danish F-16s") names who gave
it. With none of these the supplier comes from the article — its dateline, else the country it
names most — and never from the system's maker."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields

pytestmark = pytest.mark.model


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    return claim_fields(analyzer, text, "transfer", dt.date(2025, 6, 1))


def _row(t: dict[str, object]) -> tuple[object, ...]:
    return t.get("supplier"), t.get("recipient"), t.get("status")


def test_transfer_passives_no_agent_is_not_the_maker(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(
        analyzer,
        "OSLO (Fjord Wire) — Eight F-16 fighters were handed over to the Greek air force in May. "
        "Athens paid for the jets in 2023.",
    )
    assert {_row(t) for t in ts if t.get("system") == "F-16"} == {("NOR", "GRC", "delivered")}


def test_transfer_passives_the_maker_is_the_last_guess(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "A first batch of eight F-35 jets was delivered to Poland in 2024.")
    assert _row(t) == ("USA", "POL", "delivered")
    assert t.get("supplier_inferred") is True


def test_transfer_passives_took_over_from(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Peru's navy took over two Type 23 frigates from Britain in June.")
    assert [_row(t) for t in ts] == [("GBR", "PER", "delivered")]


def test_transfer_passives_the_dateline_gives_the_supplier(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(
        analyzer,
        "OSLO, 2 May 2025 — The defence ministry said eleven Leopard 2 tanks had been sent to Ukraine "
        "in April.",
    )
    assert _row(t) == ("NOR", "UKR", "delivered")


def test_transfer_passives_the_article_names_the_supplier_elsewhere(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(
        analyzer,
        "Three coastal patrol boats were delivered to Senegal's navy last week. Spain paid for the boats "
        "as part of a programme against trafficking, and Spanish instructors trained the crews.",
    )
    assert ("ESP", "SEN", "delivered") in {_row(t) for t in ts}


def test_transfer_passives_an_owner_before_the_system_gives(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Four Dutch F-16s were handed over to Romania in March.")
    assert _row(t) == ("NLD", "ROU", "delivered")


def test_transfer_passives_the_agent_and_the_source_still_give(analyzer) -> None:  # noqa: ANN001
    by = _transfers(analyzer, "Two NASAMS batteries were delivered to Latvia by Norway in June.")
    source = _transfers(analyzer, "Two NASAMS batteries were delivered to Latvia from Norway in June.")
    assert [_row(t) for t in by] == [("NOR", "LVA", "delivered")]
    assert [_row(t) for t in source] == [("NOR", "LVA", "delivered")]


def test_transfer_passives_the_subject_of_a_passive_gets(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Ghana has been given four patrol boats by Germany.")
    assert _row(t) == ("DEU", "GHA", "delivered")


def test_transfer_passives_an_order_placed_is_no_deployment(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Hanoi has ordered 20 FA-50 jets from South Korea, in a deal placed on 4 May.")
    assert {_row(t) for t in ts} == {("KOR", "VNM", "ordered")}


def test_transfer_passives_has_since_keeps_the_clause_s_subject(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(
        analyzer,
        "Spain sold Peru two patrol boats in 2019, and Italy has since delivered three Maestrale frigates.",
    )
    assert ("ITA", "PER", "delivered") in {_row(t) for t in ts}
    assert not any(t.get("recipient") == "ESP" for t in ts)


def test_transfer_passives_a_demonym_after_to_gets(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Three patrol boats were handed over to the Kenyan navy by Italy in April.")
    assert [_row(t) for t in ts] == [("ITA", "KEN", "delivered")]


def test_transfer_passives_to_said_again_after_and(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Ankara shipped Bayraktar TB2 drones to Chad in 2023 and to Niger in 2024.")
    assert {_row(t) for t in ts} == {("TUR", "TCD", "delivered"), ("TUR", "NER", "delivered")}


def test_transfer_passives_an_opening_participle_phrase_takes_no_later_cue(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Having retired its Mirage 2000s, Peru bought 12 Gripen jets from Sweden.")
    assert {(t["system"], t.get("status")) for t in ts if t.get("status") != "mentioned"} == {
        ("Gripen", "delivered")
    }


def test_transfer_passives_a_participle_after_the_system_is_past(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "The Chilean air force will keep F-16s purchased from the Netherlands.")
    assert {t.get("status") for t in ts if t.get("system") == "F-16"} == {"delivered"}


def test_transfer_passives_reported_would_is_a_future(analyzer) -> None:  # noqa: ANN001
    said = _transfers(analyzer, "Officials in Hanoi said Seoul would provide three corvettes to Vietnam.")
    offer = _transfers(analyzer, "Berlin would send four more IRIS-T systems to Kyiv if Paris did the same.")
    assert [_row(t) for t in said] == [("KOR", "VNM", "planned")]
    assert [t.get("status") for t in offer] == ["offered"]


def test_transfer_passives_ruled_out_is_a_denial(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Paris ruled out sending Rafale jets to Ukraine this year.")
    assert [(t.get("supplier"), t.get("recipient"), t.get("negated")) for t in ts] == [("FRA", "UKR", True)]


def test_transfer_passives_the_infinitive_s_subject_supplies(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Indonesia expects France to deliver the next six Rafale jets in 2026.")
    assert [_row(t) for t in ts] == [("FRA", "IDN", "planned")]


def test_transfer_passives_reported_supplier_before_its_verb_gives(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "The Croatian government said France had handed over the last six Rafale jets.")
    assert [_row(t) for t in ts] == [("FRA", "HRV", "delivered")]


def test_transfer_passives_a_source_before_system_and_cue_is_another_verb_s(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(
        analyzer,
        "Years after buying Su-30 jets from Russia, Algeria is now in talks to buy Chinese J-10C fighters.",
    )
    assert {(t["system"], t.get("supplier")) for t in ts if t.get("status") != "mentioned"} == {
        ("Su-30", "RUS"),
        ("J-10C", "CHN"),
    }


def test_transfer_passives_a_participle_after_the_system_has_no_subject(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Jordan is a big buyer of American arms, including 16 F-16s delivered in 2019.")
    assert ("USA", "JOR", "delivered") in {_row(t) for t in ts}


def test_transfer_passives_one_noun_in_two_clauses_is_two_systems(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Mali bought Chinese drones, and Niger has ordered Turkish Aksungur drones.")
    assert {_row(t) for t in ts} >= {("CHN", "MLI", "delivered"), ("TUR", "NER", "ordered")}


def test_transfer_passives_the_place_a_system_reached_gets_it(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(
        analyzer, "Dozens of Iranian-made drones have reached Venezuela, according to Colombian officials."
    )
    assert not any(t.get("recipient") == "COL" for t in ts)
    arrived = _transfers(analyzer, "OSLO (Fjord Wire) — Six more NASAMS launchers arrived in Latvia in May.")
    assert [_row(t) for t in arrived] == [("NOR", "LVA", "delivered")]


def test_transfer_passives_taking_over_a_command_is_no_delivery(analyzer) -> None:  # noqa: ANN001
    ts = _transfers(analyzer, "Ukraine's air force took over command of the IRIS-T batteries in May.")
    assert [t for t in ts if t.get("status") == "delivered"] == []
