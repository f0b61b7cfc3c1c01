"""Shapes a fresh writer used (issue 13, tx22, corpus/claims/part_55.jsonl): an infinitive that
schedules the step its clause reports, a denied delivery of what an object relative says was bought,
lists of a package's contents after the sentence that names the package, a count a contract is said
to cover after a relative clause, and a country named inside a sea's name."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields, transfer_rows

_PUBLISHED = dt.date(2025, 6, 12)


def _transfers(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return transfer_rows(analyzer, text, _PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Egypt has ordered 12 K9 howitzers from South Korea, to be delivered in three batches.", "ordered"),
        ("Egypt has ordered 12 K9 howitzers from South Korea to be delivered from 2026.", "ordered"),
        (
            "Egypt signed a contract for 12 K9 howitzers from South Korea, to be delivered by 2027.",
            "contracted",
        ),
        # with no earlier cue the infinitive is the clause's step
        ("Twelve K9 howitzers are to be delivered to Egypt by South Korea next year.", "planned"),
    ],
)
def test_tx22_a_scheduling_infinitive_is_no_step(analyzer, text: str, status: str) -> None:  # noqa: ANN001
    assert _transfers(analyzer, text) == [("KOR", "EGY", 12.0, status)]


@pytest.mark.model
def test_tx22_denied_delivery_of_what_a_relative_says_was_agreed(analyzer) -> None:  # noqa: ANN001
    text = (
        "Serbia has yet to receive any of the twelve Rafale fighters it agreed in August 2024 to buy "
        "from France."
    )
    found = _transfers(analyzer, text)
    assert sorted(found, key=str) == [("FRA", "SRB", 12.0, "delivered"), ("FRA", "SRB", 12.0, "ordered")]
    fields = claim_fields(analyzer, text, "transfer", _PUBLISHED)
    assert sorted((f["status"], f["negated"]) for f in fields) == [("delivered", True), ("ordered", False)]


@pytest.mark.model
def test_tx22_a_package_for_a_named_recipient_lists_its_contents(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Denmark's latest package for Ukraine is its largest yet. "
        "It includes 19 Leopard 1A5 tanks and 30 CV90 infantry fighting vehicles.",
    )
    assert found == [("DNK", "UKR", 19.0, "planned"), ("DNK", "UKR", 30.0, "planned")]


@pytest.mark.model
def test_tx22_among_them_takes_its_own_recipient(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Germany's government has approved another round of arms exports to the Gulf. "
        "Among them are 48 Eurofighter Typhoon jets for Saudi Arabia.",
    )
    assert found == [("DEU", "SAU", 48.0, "approved")]
    # a list with no party of its own after a one-sided transfer stays without a record
    bare = "Germany has approved more arms exports. Among them are 48 Eurofighter Typhoon jets."
    assert _transfers(analyzer, bare) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The second contract for K2 tanks, which Poland signed with South Korea on 14 April, covers 150 "
        "vehicles.",
        "Poland's order for K2 tanks from South Korea covers 150 vehicles.",
    ],
)
def test_tx22_the_count_a_contract_covers(analyzer, text: str) -> None:  # noqa: ANN001
    assert _transfers(analyzer, text) == [("KOR", "POL", 150.0, "contracted")]


@pytest.mark.model
def test_tx22_a_sea_names_no_party(analyzer) -> None:  # noqa: ANN001
    text = (
        "Vietnam's president visited Manila on Monday. The two governments signed an agreement on "
        "patrols in the South China Sea on Tuesday."
    )
    parties = [sorted(f.get("parties") or ()) for f in claim_fields(analyzer, text, "agreement", _PUBLISHED)]
    assert parties == [["PHL", "VNM"]]
