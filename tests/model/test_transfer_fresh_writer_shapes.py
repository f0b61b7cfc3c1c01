"""Transfer shapes that fresh writers use and the reader got wrong (issue 13, part_20): a step put
off to a date ("will not arrive … until 2029") is planned, not denied; a buyer "still waiting for" a
system denies its delivery; "won a contract from <the buyer's navy>" makes the winner the seller; an
export licensed is an approval; a figure with a spelled multiplier ("2.5 million rounds") and "a
pair of" count the system; an object relative with a named subject before the main verb ("the
drones that Rome pledged reached …") only names the system."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields


def _transfers(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    found = claim_fields(analyzer, text, "transfer", dt.date(2025, 5, 6))
    return [
        (f.get("supplier"), f.get("recipient"), f.get("quantity"), f.get("status"), bool(f.get("negated")))
        for f in found
    ]


@pytest.mark.model
def test_fresh_shapes_a_step_put_off_to_a_date_is_planned_not_denied(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "The ten Rafale jets for Serbia will not arrive in Belgrade until 2029, officials in Paris said.",
    )
    assert found == [("FRA", "SRB", 10, "planned", False)]
    # "not … until now" stays a denial
    found = _transfers(analyzer, "France has not delivered any Rafale jets to Serbia until now.")
    assert [(st, neg) for _s, _r, _q, st, neg in found] == [("delivered", True)]


@pytest.mark.model
def test_fresh_shapes_a_buyer_still_waiting_denies_the_delivery(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Kenya is still waiting for its Bayraktar TB2 drones from Turkey, a minister said."
    )
    assert found == [("TUR", "KEN", None, "delivered", True)]


@pytest.mark.model
def test_fresh_shapes_the_winner_of_a_contract_from_a_navy_sells(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Italy's Fincantieri won a contract from the Indonesian navy for two Orca-5 frigates."
    )
    assert found == [("ITA", "IDN", 2, "contracted", False)]


@pytest.mark.model
def test_fresh_shapes_an_export_licensed_is_approved(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Finland licensed the export of 40 sniper rifles to Estonia in 2022.")
    assert found == [("FIN", "EST", 40, "approved", False)]


@pytest.mark.model
def test_fresh_shapes_figures_with_a_spelled_multiplier_and_a_pair(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Bulgaria shipped 2.5 million rounds of ammunition to Ukraine last year.")
    assert [(s, r, q) for s, r, q, _st, _n in found] == [("BGR", "UKR", 2_500_000)]
    found = _transfers(analyzer, "Spain gave a pair of Hawk launchers to Ukraine in June.")
    assert [(s, r, q) for s, r, q, _st, _n in found] == [("ESP", "UKR", 2)]
    # "24 M-346": the model's letter is no multiplier
    found = _transfers(analyzer, "Ghana signed a contract with Italy for 12 M-346 jets.")
    assert [q for _s, _r, q, _st, _n in found] == [12]


@pytest.mark.model
def test_fresh_shapes_an_object_relative_before_the_main_verb_names_the_system(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "The six patrol boats that Japan pledged reached Manila on Friday.")
    assert found == [("JPN", "PHL", 6, "delivered", False)]


@pytest.mark.model
def test_fresh_shapes_contracted_from_a_seller_is_a_contract(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Oman contracted four Type 212 submarines from Germany in 2021.")
    assert found == [("DEU", "OMN", 4, "contracted", False)]


@pytest.mark.model
def test_fresh_shapes_a_buyer_still_waiting_for_its_order_denies_the_delivery(analyzer) -> None:  # noqa: ANN001
    found = claim_fields(
        analyzer,
        "Niger is still waiting for the Su-25 jets it ordered from Russia in 2022.",
        "transfer",
        dt.date(2025, 5, 6),
    )
    steps = sorted((str(f.get("status")), bool(f.get("negated")), f.get("date")) for f in found)
    assert steps == [("delivered", True, None), ("ordered", False, "2022-01-01")]


@pytest.mark.model
def test_fresh_shapes_a_system_noun_that_qualifies_another_names_no_system(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Latvia sent 3,000 mortar rounds to Ukraine under its ammunition initiative."
    )
    assert len(found) == 1
    assert _transfers(analyzer, "Norway will fund a drone factory in Ukraine.") == []


@pytest.mark.model
def test_fresh_shapes_a_bare_count_in_a_second_conjunct_takes_the_first_system(analyzer) -> None:  # noqa: ANN001
    found = claim_fields(
        analyzer,
        "Sweden gave 10 CV90 vehicles to Latvia in April and sent six to Estonia in August.",
        "transfer",
        dt.date(2025, 9, 1),
    )
    got = sorted((f.get("recipient"), f.get("quantity"), str(f.get("date"))[:7]) for f in found)
    assert got == [("EST", 6, "2025-08"), ("LVA", 10, "2025-04")]
    assert len({str(f.get("system_name")) for f in found}) == 1
