"""Agreements on fresh text (issue 13, helper ``agr2``): a decision to act is the act ("agreed on
Friday to renew the accord" renews it); a kind whose own words name a pair of parties ("the
Mali-Niger accord") is that pair's agreement, not the last one named; a buyer that "contracted
with" a seller signed a contract with it."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model

_PUBLISHED = dt.date(2025, 9, 12)  # a Friday


def _agreements(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=_PUBLISHED), text)])
    return [c.fields for c in a.claims if c.kind == "agreement"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Senegal and Gambia agreed on Wednesday to extend their river transport accord until "
         "the end of 2028, officials in Dakar said.", "2025-09-10"),
        ("Norway and Finland decided on Tuesday to prolong the reindeer grazing convention.", "2025-09-09"),
    ],
)  # fmt: skip
def test_agr2_a_decision_to_extend_is_an_asserted_extension(analyzer, text: str, date: str) -> None:  # noqa: ANN001
    (f,) = _agreements(analyzer, text)
    assert (f["action"], f["modality"], f["date"]) == ("extended", "asserted", date)


def test_agr2_a_denied_or_future_decision_stays_undone(analyzer) -> None:  # noqa: ANN001
    denied = _agreements(
        analyzer, "Senegal and Gambia have not agreed to extend their river transport accord."
    )
    planned = _agreements(
        analyzer, "Senegal and Gambia will agree to extend their river transport accord next week."
    )
    assert [f["modality"] for f in denied] == ["negated"]
    assert [f["modality"] for f in planned] != ["asserted"]


def test_agr2_a_kind_named_by_a_pair_is_that_pair_agreement_not_the_last_one(analyzer) -> None:  # noqa: ANN001
    text = ("Algeria signed a gas protocol with Tunisia in April. "
            "Algiers said the Mali-Niger memorandum, signed on 2 February, had no legal force.")  # fmt: skip
    found = [(f["parties"], f.get("refers_back"), f.get("date")) for f in _agreements(analyzer, text)]
    assert found == [(["DZA", "TUN"], None, "2025-04-01"), (["MLI", "NER"], None, "2025-02-02")]


def test_agr2_a_bare_kind_still_refers_back(analyzer) -> None:  # noqa: ANN001
    text = "Algeria and Tunisia signed a memorandum in April. The memorandum was ratified in Tunis on Monday."
    found = _agreements(analyzer, text)
    assert [(f["parties"], f["action"]) for f in found] == [
        (["DZA", "TUN"], "signed"),
        (["DZA", "TUN"], "ratified"),
    ]
    assert found[1].get("refers_back") is True


def test_agr2_contracted_with_a_seller_is_a_signed_contract(analyzer) -> None:  # noqa: ANN001
    (f,) = _agreements(analyzer, "Peru contracted with South Korea in 2023 for six light attack jets.")
    assert (f["parties"], f["action"], f["modality"], f["date"]) == (
        ["KOR", "PER"],
        "signed",
        "asserted",
        "2023-01-01",
    )
    assert f["name"] == f["kind"] == "contract"


def test_agr2_contracted_from_a_seller_is_no_agreement(analyzer) -> None:  # noqa: ANN001
    assert _agreements(analyzer, "The jets Peru contracted from South Korea in 2023 arrived in August.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The fisheries accord Ghana and Togo signed in May runs for four years. It can be renewed once.",
        "Ghana and Togo cannot renew the fisheries accord before 2030.",
    ],
)
def test_agr2_what_can_be_done_to_an_agreement_is_not_done(analyzer, text: str) -> None:  # noqa: ANN001
    renewals = [f for f in _agreements(analyzer, text) if f.get("action") == "extended"]
    assert [f["modality"] for f in renewals] == ["hypothetical"]


def test_agr2_an_order_priced_by_its_own_predicate_is_a_contract(analyzer) -> None:  # noqa: ANN001
    text = "Ghana's order for six Turkish patrol boats is worth €400 million, the Turkish shipyard said."
    (f,) = _agreements(analyzer, text)
    assert (f["parties"], f.get("action"), f["value"], f["value_currency"]) == (
        ["GHA", "TUR"],
        None,
        400_000_000.0,
        "EUR",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ghana ordered six patrol boats from Turkey last year.",
        "Washington approved a possible sale of six patrol boats to Ghana, a sale worth $400 million.",
    ],
)
def test_agr2_an_unpriced_order_or_a_priced_sale_approval_is_no_agreement(analyzer, text: str) -> None:  # noqa: ANN001
    assert _agreements(analyzer, text) == []


def test_agr2_awarding_a_contract_signs_it_with_its_value_in_shillings(analyzer) -> None:  # noqa: ANN001
    text = "Tanzania has awarded Brazil's Jaguar Defesa a contract for ten boats, worth 90 billion shillings."
    (f,) = _agreements(analyzer, text)
    assert (f["parties"], f["action"], f["modality"]) == (["BRA", "TZA"], "signed", "asserted")
    assert (f["value"], f["value_currency"]) == (90_000_000_000.0, "TZS")


def test_agr2_an_award_of_something_else_is_no_agreement(analyzer) -> None:  # noqa: ANN001
    assert _agreements(analyzer, "Tanzania was awarded a medal for its peacekeepers in Congo.") == []
