"""General role and status readings that fresh writers' transfers need (issue 13, part_21): a
purchase whose buyer the sentence leaves unsaid ("ordered from Poland" in a budget summary) goes to
the country the article is about, not to another seller it names; of two parties that "signed a
contract for" a system, the one whose armed service gets it buys; a state that blocks, turns down
or refuses a sale denies its approval, and "the government" that refuses is the dateline's."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields


def _transfers(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    found = claim_fields(analyzer, text, "transfer", dt.date(2025, 9, 10))
    return sorted(
        (f.get("supplier"), f.get("recipient"), f.get("quantity"), f.get("status"), bool(f.get("negated")))
        for f in found
    )


@pytest.mark.model
def test_general_roles_an_unsaid_buyer_is_the_article_country_not_another_seller(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Latvia's draft budget for 2026 lists the big purchases.\n\n"
        "Air defence: €50 million for eight Piorun launchers ordered from Poland in May.\n\n"
        "Radars: €30 million for three Giraffe 1X radars contracted from Sweden in 2024.",
    )
    assert found == [("POL", "LVA", 8, "ordered", False), ("SWE", "LVA", 3, "contracted", False)]


@pytest.mark.model
def test_general_roles_the_cosigner_whose_service_gets_it_buys(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Ghana and Brazil signed a contract on Monday for six patrol boats for the Ghanaian navy.",
    )
    assert found == [("BRA", "GHA", 6, "contracted", False)]


@pytest.mark.model
@pytest.mark.parametrize("verb", ["blocked", "turned down", "vetoed"])
def test_general_roles_a_blocked_sale_is_a_denied_approval(analyzer, verb: str) -> None:  # noqa: ANN001
    found = _transfers(analyzer, f"Norway {verb} the sale of 20 Hamra-3 armoured vehicles to Qatar in March.")
    assert found == [("NOR", "QAT", 20, "approved", True)]


@pytest.mark.model
def test_general_roles_the_government_refusing_a_licence_is_the_datelines(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "OSLO, 4 May 2025 — The government has refused an export licence for 30 Kodiak-2 trucks for Chad, "
        "citing the war in Sudan.",
    )
    assert found == [("NOR", "TCD", 30, "approved", True)]


@pytest.mark.model
def test_general_roles_a_private_dealers_sale_is_no_state_transfer(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "A Romanian arms broker admitted on Monday selling 600 grenades to a militia in Mali through a firm "
        "in Malta.",
    )
    assert found == []
    # a country's firm still sells for its country
    found = _transfers(analyzer, "A Slovak company shipped 20 Tatra trucks to the Kenyan army in May.")
    assert found == [("SVK", "KEN", 20, "delivered", False)]


@pytest.mark.model
def test_general_roles_we_in_a_quote_is_the_country_named_before(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        'The Norwegian minister spoke in Tallinn. "Norway trains Estonian gunners every winter. '
        'We have also offered Estonia our Vidar-4 coastal radars, and we await an answer."',
    )
    assert found == [("NOR", "EST", None, "offered", False)]
