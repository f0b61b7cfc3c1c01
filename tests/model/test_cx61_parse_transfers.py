"""(cx61) The structural transfer reader (``geowire.model.rules_parse``): a transfer read off the
dependency parse's roles — the goods as the cue's object (passive subject, relative antecedent, a
contract's "for" object), the count a number modifier of the goods (not a number inside a model's
name), the parties from the subject, agent and "to" / "from" / "with" objects, the status from the
cue's lemma and its modality. Read here by itself (``Settings.transfer_reader`` ``alone``), each shape
with a counter-example; and as the fallback the pipeline uses by default."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 11, 20)


def _read(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return [
        (
            f.get("supplier"),
            f.get("recipient"),
            f.get("system"),
            f.get("quantity"),
            f.get("status"),
            bool(f.get("negated")),
        )
        for f in claim_fields(analyzer, text, "transfer", _DAY)
    ]


@pytest.fixture
def alone(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(analyzer, "settings", analyzer.settings.with_overrides(transfer_reader="alone"))


def test_cx61_reader_setting() -> None:
    from pydantic import ValidationError

    from geowire.settings import Settings

    assert Settings().transfer_reader == "fallback"
    assert Settings(transfer_reader="alone").transfer_reader == "alone"
    with pytest.raises(ValidationError):  # counter-example: an unknown reader is refused
        Settings(transfer_reader="something else")


def test_cx61_passive_with_an_adverbial(analyzer, alone) -> None:  # noqa: ANN001
    rows = _read(analyzer, "The howitzers were at long last handed to Latvia by Norway in March.")
    assert [(r[0], r[1], r[4]) for r in rows] == [("NOR", "LVA", "delivered")]


def test_cx61_passive_handed_to_crews_is_no_transfer(analyzer, alone) -> None:  # noqa: ANN001
    # counter-example: no party receives them
    assert _read(analyzer, "The howitzers were at long last handed back to their crews in March.") == []


def test_cx61_contract_for_goods_signed_in_a_relative_clause(analyzer, alone) -> None:  # noqa: ANN001
    rows = _read(analyzer, "The contract for 36 radars that Peru signed with Israel covers spare parts too.")
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [("ISR", "PER", 36.0, "contracted")]


def test_cx61_contract_only_discussed_is_no_contract(analyzer, alone) -> None:  # noqa: ANN001
    # counter-example: "discussed" is no signing verb
    assert (
        _read(analyzer, "The contract for 36 radars that Peru discussed with Israel covers spare parts too.")
        == []
    )


def test_cx61_unknown_name_with_its_class_noun(analyzer, alone) -> None:  # noqa: ANN001
    rows = _read(analyzer, "Norway will send 18 Vardol self-propelled mortars to Latvia next year.")
    assert len(rows) == 1
    supplier, recipient, system, count, status, _ = rows[0]
    assert (supplier, recipient, count, status) == ("NOR", "LVA", 18.0, "planned")
    assert "Vardol" in str(system)


def test_cx61_people_sent_are_no_goods(analyzer, alone) -> None:  # noqa: ANN001
    # counter-example: the object names no system
    assert _read(analyzer, "Norway will send 18 senior officers to Latvia next year.") == []


def test_cx61_number_inside_a_model_name_is_no_count(analyzer, alone) -> None:  # noqa: ANN001
    rows = _read(analyzer, "Spain delivered 12 Tarvo 120 mortars to Chile in May.")
    assert [(r[0], r[1], r[3]) for r in rows] == [("ESP", "CHL", 12.0)]


def test_cx61_a_bare_number_before_the_noun_counts(analyzer, alone) -> None:  # noqa: ANN001
    # counter-example: with no name before it the number is the count
    rows = _read(analyzer, "Spain delivered 120 mortars to Chile in May.")
    assert [(r[0], r[1], r[3]) for r in rows] == [("ESP", "CHL", 120.0)]


def test_cx61_count_in_words(analyzer, alone) -> None:  # noqa: ANN001
    rows = _read(analyzer, "Portugal sold eleven Albatroz patrol boats to Angola last year.")
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [("PRT", "AGO", 11.0, "delivered")]


def test_cx61_no_count_word_leaves_the_count_open(analyzer, alone) -> None:  # noqa: ANN001
    # counter-example: "several" is no figure
    rows = _read(analyzer, "Portugal sold several Albatroz patrol boats to Angola last year.")
    assert [(r[0], r[1], r[3]) for r in rows] == [("PRT", "AGO", None)]


def test_cx61_never_delivered_is_a_denied_delivery(analyzer, alone) -> None:  # noqa: ANN001
    rows = _read(analyzer, "Italy has never delivered the four Corsaro patrol boats to Tunisia.")
    assert [(r[0], r[1], r[4], r[5]) for r in rows] == [("ITA", "TUN", "delivered", True)]


def test_cx61_delivered_is_asserted(analyzer, alone) -> None:  # noqa: ANN001
    # counter-example: no negation
    rows = _read(analyzer, "Italy has delivered the four Corsaro patrol boats to Tunisia.")
    assert [(r[0], r[1], r[4], r[5]) for r in rows] == [("ITA", "TUN", "delivered", False)]


def test_cx61_infinitive_under_a_plan_is_planned(analyzer, alone) -> None:  # noqa: ANN001
    rows = _read(analyzer, "Chile plans to buy four Brenta frigates from Britain.")
    assert [(r[0], r[1], r[4]) for r in rows] == [("GBR", "CHL", "planned")]


def test_cx61_infinitive_under_a_hope_is_no_step(analyzer, alone) -> None:  # noqa: ANN001
    # counter-example: a hope tells no step; nor does a question
    assert _read(analyzer, "Chile hopes to buy four Brenta frigates from Britain.") == []
    assert _read(analyzer, "Will Chile buy four Brenta frigates from Britain?") == []


def test_cx61_infinitive_under_a_signed_contract_is_contracted(analyzer, alone) -> None:  # noqa: ANN001
    rows = _read(
        analyzer, "Mongolia signed a contract on Monday to buy 20 Tarkhan armoured vehicles from Turkey."
    )
    assert [(r[0], r[1], r[3], r[4], r[5]) for r in rows] == [("TUR", "MNG", 20.0, "contracted", False)]


def test_cx61_contract_not_signed_is_denied(analyzer, alone) -> None:  # noqa: ANN001
    # counter-example: the signing is denied
    rows = _read(
        analyzer, "Mongolia has not signed any contract to buy Tarkhan armoured vehicles from Turkey."
    )
    assert [(r[0], r[1], r[4], r[5]) for r in rows] == [("TUR", "MNG", "contracted", True)]


def test_cx61_a_datelines_city_is_no_subject(analyzer, alone) -> None:  # noqa: ANN001
    rows = _read(
        analyzer, "TALLINN, 3 May 2025 — Finland delivered 30 Vaskio armoured vehicles to Estonia in April."
    )
    assert [(r[0], r[1], r[3]) for r in rows] == [("FIN", "EST", 30.0)]


def test_cx61_without_a_dateline_the_subject_is_read_alike(analyzer, alone) -> None:  # noqa: ANN001
    # counter-example: the same clause with no dateline, and one whose subject names no party
    rows = _read(analyzer, "Finland delivered 30 Vaskio armoured vehicles to Estonia in April.")
    assert [(r[0], r[1], r[3]) for r in rows] == [("FIN", "EST", 30.0)]
    assert (
        _read(analyzer, "TALLINN, 3 May 2025 — A convoy delivered 30 Vaskio armoured vehicles to Estonia.")
        == []
    )


def test_cx61_took_delivery_of(analyzer, alone) -> None:  # noqa: ANN001
    rows = _read(analyzer, "Oman took delivery of about 14 Halcon patrol boats from Spain in June.")
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [("ESP", "OMN", 14.0, "delivered")]


def test_cx61_took_part_in_is_no_delivery(analyzer, alone) -> None:  # noqa: ANN001
    # counter-example: "take" with another noun gets nothing
    assert _read(analyzer, "Oman took part in an exercise with 14 Halcon patrol boats from Spain.") == []


def test_cx61_goods_that_arrived_from_a_supplier(analyzer, alone) -> None:  # noqa: ANN001
    rows = _read(analyzer, "Six more Kestrel helicopters arrived in Ghana from Italy on Friday.")
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [("ITA", "GHA", 6.0, "delivered")]


def test_cx61_goods_that_arrived_from_nowhere_named(analyzer, alone) -> None:  # noqa: ANN001
    # counter-example: no supplier in the sentence, left to the shape rules and the article
    assert _read(analyzer, "Six more Kestrel helicopters arrived in Ghana on Friday.") == []


def test_cx61_a_range_gives_its_top(analyzer, alone) -> None:  # noqa: ANN001
    rows = _read(analyzer, "Israel delivered between 10 and 14 Zafran drones to Ghana in March.")
    assert [(r[0], r[1], r[3]) for r in rows] == [("ISR", "GHA", 14.0)]


def test_cx61_a_hyphenated_number_word(analyzer, alone) -> None:  # noqa: ANN001
    rows = _read(analyzer, "China handed over thirty-six Xuelong tanks to Zambia on Monday.")
    assert [(r[0], r[1], r[3]) for r in rows] == [("CHN", "ZMB", 36.0)]


def test_cx61_no_before_the_goods_denies(analyzer, alone) -> None:  # noqa: ANN001
    rows = _read(analyzer, "Belarus has sold no Polonez launchers to Venezuela this year.")
    assert [(r[0], r[1], r[5]) for r in rows] == [("BLR", "VEN", True)]


def test_cx61_a_later_not_denies_nothing(analyzer, alone) -> None:  # noqa: ANN001
    # counter-example: "not" heads a later phrase, the step stands
    rows = _read(analyzer, "Belarus sold four Polonez launchers to Venezuela, not the six first reported.")
    assert [(r[0], r[1], r[3], r[5]) for r in rows] == [("BLR", "VEN", 4.0, False)]


def test_cx61_denied_that_denies(analyzer, alone) -> None:  # noqa: ANN001
    rows = _read(analyzer, "Minsk denied on Monday that Belarus had sold Polonez launchers to Venezuela.")
    assert [(r[0], r[1], r[5]) for r in rows] == [("BLR", "VEN", True)]


def test_cx61_said_that_asserts(analyzer, alone) -> None:  # noqa: ANN001
    # counter-example: a report verb over a "that" clause leaves the step as told
    rows = _read(analyzer, "Officials said on Monday that Belarus had sold Polonez launchers to Venezuela.")
    assert [(r[0], r[1], r[4], r[5]) for r in rows] == [("BLR", "VEN", "delivered", False)]


def test_cx61_planned_under_a_contract_is_contracted(analyzer, alone) -> None:  # noqa: ANN001
    rows = _read(
        analyzer, "Spain will supply eight Halcon patrol boats to Oman under a contract signed in May."
    )
    assert [(r[0], r[1], r[4]) for r in rows] == [("ESP", "OMN", "contracted")]


def test_cx61_planned_under_a_scheme_stays_planned(analyzer, alone) -> None:  # noqa: ANN001
    # counter-example: "under" something that is no contract
    rows = _read(analyzer, "Spain will supply eight Halcon patrol boats to Oman under a loan scheme.")
    assert [(r[0], r[1], r[4]) for r in rows] == [("ESP", "OMN", "planned")]


def test_cx61_fallback_adds_what_the_shape_rules_leave(analyzer) -> None:  # noqa: ANN001
    """By default the parse's reading is added only for goods no shape rule read: a sentence the
    shape rules read keeps their claims alone (no second claim of the same goods)."""
    rows = _read(analyzer, "Finland delivered 30 Sisu armoured vehicles to Estonia in April.")
    assert len([r for r in rows if r[0] == "FIN" and r[1] == "EST"]) == 1


def test_cx61_a_denied_habit_is_no_denied_step(analyzer, alone) -> None:  # noqa: ANN001
    assert _read(analyzer, "Peru has not bought any Kestrel helicopters from Italy in three decades.") == []


def test_cx61_a_denied_step_with_a_date_stays(analyzer, alone) -> None:  # noqa: ANN001
    # counter-example: a denial of one step, no span of time
    rows = _read(analyzer, "Peru has not bought any Kestrel helicopters from Italy this year.")
    assert [(r[0], r[1], r[5]) for r in rows] == [("ITA", "PER", True)]


def test_cx61_a_civil_seller_of_unknown_jets_is_no_supplier(analyzer, alone) -> None:  # noqa: ANN001
    assert _read(analyzer, "Air Moldova agreed to buy 12 jets from Embraer.") == []


def test_cx61_an_arms_company_supplies_as_its_country(analyzer, alone) -> None:  # noqa: ANN001
    # counter-example: an arms company's country supplies
    rows = _read(analyzer, "Rheinmetall will supply Hungary with nine Skyranger air defence vehicles.")
    assert [(r[0], r[1]) for r in rows] == [("DEU", "HUN")]


def test_cx61_a_buyer_that_might_buy_states_no_step(analyzer, alone) -> None:  # noqa: ANN001
    assert _read(analyzer, "Ghana might buy four Halcon patrol boats from Spain.") == []


def test_cx61_a_seller_that_could_supply_offers(analyzer, alone) -> None:  # noqa: ANN001
    # counter-example: a possible supply is an offer
    rows = _read(analyzer, "Spain could supply four Halcon patrol boats to Ghana.")
    assert [(r[0], r[1], r[4]) for r in rows] == [("ESP", "GHA", "offered")]


def test_cx61_sailors_sent_with_a_ship_are_a_deployment(analyzer, alone) -> None:  # noqa: ANN001
    assert _read(analyzer, "Spain sent the corvette Infanta and some 90 sailors to Ghana.") == []
