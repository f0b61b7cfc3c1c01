"""(cx46) Three shapes from part 82's blind run: an apposition that renames a cue's object takes the
cue (``rules_forces._renames_object``); a system an arrival came on is no transfer
(``rules_forces._carries``); an uncounted whole force withdrawn is a deployment claim whose host is
the country left (``rules_forces._whole_left``), so a later "still deployed there" contradicts it;
one vessel named in two reports ("the frigate Spartaco") is handed over once, so two dates of it
disagree (``records._unit_name``); an accord "slow to take effect" is not told in force."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields, contradiction_pairs, stepped_transfers

_DAY = dt.date(2024, 8, 1)
_STAYING = "About 600 Portuguese soldiers are still deployed in Somalia, Somali officials said."


def _steps(analyzer, text: str) -> set[tuple[object, ...]]:  # noqa: ANN001
    return {
        (f.get("supplier"), f.get("recipient"), f.get("system"), f.get("status"))
        for f in stepped_transfers(analyzer, text, _DAY)
    }


def test_cx46_an_apposition_of_the_object_takes_the_handover(analyzer) -> None:  # noqa: ANN001
    text = (
        "Germany handed over the training ship Seeadler, a MEKO A-200 fitted out in Bremen, "
        "to Algeria on 3 July."
    )
    assert ("DEU", "DZA", "MEKO A-200", "delivered") in _steps(analyzer, text)


def test_cx46_an_apposition_of_a_party_keeps_its_system_still(analyzer) -> None:  # noqa: ANN001
    text = "France sold two patrol boats to Senegal, a long-standing buyer of Chinese J-10 jets, in May."
    assert not any(r[2] and "J-10" in str(r[2]) for r in _steps(analyzer, text))


def test_cx46_a_system_that_only_qualifies_the_apposition_is_not_handed_over(analyzer) -> None:  # noqa: ANN001
    text = "Italy transferred the cruiser Vittorio, a Harrier-carrying warship, to Indonesia."
    assert not any(r[2] == "Harrier" for r in _steps(analyzer, text))


def test_cx46_the_aircraft_an_arrival_came_on_are_no_transfer(analyzer) -> None:  # noqa: ANN001
    text = (
        "Belgium sent 250 soldiers to Niger. "
        "The soldiers landed at Niamey airport aboard three C-130 aircraft."
    )
    assert not any(r[2] == "C-130" for r in _steps(analyzer, text))


def test_cx46_aircraft_that_arrive_after_a_sale_are_still_delivered(analyzer) -> None:  # noqa: ANN001
    text = "Niger received three C-130 aircraft from Belgium, which landed at Niamey airport on Monday."
    assert ("BEL", "NER", "C-130", "delivered") in _steps(analyzer, text)


def test_cx46_a_whole_force_withdrawn_uncounted_contradicts_one_still_there() -> None:
    docs = [
        ("a", "2024-07-08", _STAYING),
        ("b", "2024-07-10", "Portugal withdrew all of its soldiers from Somalia in June, Lisbon said."),
    ]
    assert ("a", "b", "status") in contradiction_pairs(docs)


def test_cx46_a_part_withdrawn_uncounted_leaves_the_force_there() -> None:
    docs = [
        ("a", "2024-07-08", _STAYING),
        ("b", "2024-07-10", "Portugal withdrew some of its soldiers from Somalia in June, Lisbon said."),
    ]
    assert not any(f == "status" for _a, _b, f in contradiction_pairs(docs))


def test_cx46_one_named_vessel_handed_over_on_two_dates_is_a_date_dispute() -> None:
    docs = [
        ("a", "2023-03-10", "Italy handed over the FREMM frigate Spartaco to Indonesia's navy on 6 March."),
        (
            "b",
            "2023-05-22",
            "Italy handed over the frigate Spartaco, a FREMM built in Genoa, to Indonesia on 19 May.",
        ),
    ]
    assert ("a", "b", "date") in contradiction_pairs(docs)


def test_cx46_two_vessels_of_one_class_handed_over_on_two_dates_agree() -> None:
    docs = [
        ("a", "2023-03-10", "Italy handed over the FREMM frigate Spartaco to Indonesia's navy on 6 March."),
        ("b", "2023-05-22", "Italy handed over the FREMM frigate Gladiatore to Indonesia's navy on 19 May."),
    ]
    assert not any(f == "date" for _a, _b, f in contradiction_pairs(docs))


def _acts(analyzer, text: str) -> set[tuple[object, ...]]:  # noqa: ANN001
    return {(f.get("action"), f.get("modality")) for f in claim_fields(analyzer, text, "agreement", _DAY)}


def test_cx46_an_accord_slow_to_take_effect_is_not_told_in_force(analyzer) -> None:  # noqa: ANN001
    text = "The fisheries pact Ghana and Togo signed in Accra in 2021 has been slow to take effect."
    assert ("in-force", "asserted") not in _acts(analyzer, text)


def test_cx46_an_accord_that_took_effect_is_in_force(analyzer) -> None:  # noqa: ANN001
    text = "The fisheries pact Ghana and Togo signed in Accra in 2021 took effect in March."
    assert ("in-force", "asserted") in _acts(analyzer, text)


def _dated_steps(analyzer, text: str) -> set[tuple[object, ...]]:  # noqa: ANN001
    return {(f.get("status"), f.get("date")) for f in stepped_transfers(analyzer, text, dt.date(2025, 6, 10))}


def test_cx46_an_earlier_steps_participle_keeps_its_date_from_the_delivery(analyzer) -> None:  # noqa: ANN001
    text = "The 18 Caesar howitzers ordered from France in 2022 were handed over to Lithuania in April."
    steps = _dated_steps(analyzer, text)
    assert ("delivered", "2025-04-01") in steps
    assert ("delivered", "2022-01-01") not in steps


def test_cx46_a_main_verb_order_keeps_its_own_year(analyzer) -> None:  # noqa: ANN001
    assert ("ordered", "2022-01-01") in _dated_steps(
        analyzer, "Lithuania ordered 18 Caesar howitzers in 2022."
    )


def test_cx46_a_fronted_order_phrase_leaves_a_total_apart_from_the_last_batch() -> None:
    docs = [
        (
            "a",
            "2025-06-20",
            "BERGEN, 17 June 2025 — The last six of 40 Leopard 2A8 tanks that Norway ordered from Germany "
            "were unloaded at the port of Bergen on Tuesday.",
        ),
        (
            "b",
            "2025-07-08",
            "Of the 40 Leopard 2A8 tanks ordered from Germany in 2023, Norway has now received all of them, "
            "the last batch unloaded at Bergen in June.",
        ),
    ]
    assert not any(f == "quantity" for _a, _b, f in contradiction_pairs(docs))
