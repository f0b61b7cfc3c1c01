"""Review of the transfer readings (issue 13): a "we" in a quote speaks for a state only when the
quote is a state's; a denial of a report is no refused sale; a refusal in one clause does not deny
a sale that another clause names; civilian trucks and ambulances are no weapons; and waiting for a
state's approval is no approval."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields


def _transfers(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    found = claim_fields(analyzer, text, "transfer", dt.date(2025, 9, 10))
    return sorted(
        (f.get("supplier"), f.get("recipient"), f.get("system_name"), f.get("status"), bool(f.get("negated")))
        for f in found
    )


@pytest.mark.model
def test_review_we_quoted_from_a_firm_is_not_the_last_named_country(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Chile signed a deal with Spain for 12 Tizona-5 patrol boats. "
        '"We have also offered Peru 30 Tizona-5 patrol boats," a Navantia manager said.',
    )
    assert not [f for f in found if f[0] == "CHL"]


@pytest.mark.model
def test_review_we_quoted_from_a_minister_is_the_ministers_state(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Chile signed a deal with Spain for 12 Tizona-5 patrol boats. "
        '"We have also offered Peru 30 Tizona-5 patrol boats," the Spanish defence minister said.',
    )
    assert ("ESP", "PER", "Tizona-5 patrol boats", "offered", False) in found
    assert not [f for f in found if f[0] == "CHL"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Paris rejected claims that the sale of Mistral missiles to Cyprus had been halted.",
        "Sweden denied reports that exports of Gripen jets to Colombia had resumed.",
        "Rome dismissed and rejected allegations that the transfer of Centauro vehicles to Libya stopped.",
    ],
)
def test_review_a_denied_report_is_no_refused_sale(analyzer, text: str) -> None:  # noqa: ANN001
    assert not [f for f in _transfers(analyzer, text) if f[3] == "approved" and f[4]]


@pytest.mark.model
def test_review_a_refusal_in_one_clause_denies_no_sale_in_the_other(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Egypt signed contracts with Italy for 24 Typhoon jets, and Britain blocked the transfer of engines "
        "to Egypt.",
    )
    assert not [f for f in found if f[0] == "ITA" and f[3] == "approved" and f[4]]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Austria sent 12 Volkswagen ambulances to Moldova last week.",
        "Japan donated 40 Isuzu trucks to Laos for flood relief.",
    ],
)
def test_review_civilian_vehicles_are_no_transfer(analyzer, text: str) -> None:  # noqa: ANN001
    assert _transfers(analyzer, text) == []


@pytest.mark.model
def test_review_a_designated_truck_is_still_a_transfer(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Austria sent 12 Pandur-8 trucks to Moldova last week.")
    assert [f[:2] for f in found] == [("AUT", "MDA")]


@pytest.mark.model
@pytest.mark.parametrize("awaited", ["Indian approval", "an Indian export licence", "a decision from India"])
def test_review_waiting_for_approval_is_no_approval(analyzer, awaited: str) -> None:  # noqa: ANN001
    found = _transfers(analyzer, f"Vietnam is still waiting for {awaited} to buy 12 BrahMos missiles.")
    assert [(f[0], f[1], f[3], f[4]) for f in found] == [("IND", "VNM", "approved", True)]


@pytest.mark.model
def test_review_a_firms_we_keeps_the_clause_reading(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        'Poland signed a deal with Korea for 180 K2 tanks. "We have also offered Romania 54 K9 howitzers," '
        "a Hanwha executive said.",
    )
    assert ("KOR", "ROU", "K9 Thunder self-propelled howitzer", "offered", False) in found


@pytest.mark.model
def test_review_an_ambulance_for_an_army_is_a_transfer(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Austria handed four Pandur ambulances to the Moldovan army on Friday.")
    assert [f[:2] for f in found] == [("AUT", "MDA")]
