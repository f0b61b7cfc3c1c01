"""Agreements on fresh text (issue 13, helper ``agr3``): a compact is an agreement; a ceasefire
"was agreed" is one made; an accession binds as a ratification; an arrangement that lapsed expired;
contracts between companies and classes of agreements ("deals of this kind") are no record; an
organisation that only keeps the papers is no party; a withdrawal that takes effect is no entry
into force."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model

_PUBLISHED = dt.date(2025, 9, 12)  # a Friday


def _agreements(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=_PUBLISHED), text)])
    return [c.fields for c in a.claims if c.kind == "agreement"]


def test_agr3_a_compact_between_three_states_is_signed(analyzer) -> None:  # noqa: ANN001
    (f,) = _agreements(analyzer, "Ghana, Togo and Benin signed a fishing compact in Lomé on Monday.")
    assert (f["action"], f["parties"]) == ("signed", ["BEN", "GHA", "TGO"])


def test_agr3_a_ceasefire_that_was_agreed_is_made_but_a_sale_is_not(analyzer) -> None:  # noqa: ANN001
    (f,) = _agreements(analyzer, "The ceasefire between Peru and Ecuador was first agreed in May.")
    assert (f["action"], f["modality"]) == ("signed", "asserted")
    assert [
        g.get("action")
        for g in _agreements(analyzer, "Peru bought radars from Spain. The sale was agreed in May.")
    ] == []


def test_agr3_an_accession_is_a_ratification(analyzer) -> None:  # noqa: ANN001
    (f,) = _agreements(
        analyzer, "Chile deposited its instrument of accession to the Arms Trade Treaty on Monday."
    )
    assert (f["action"], f["parties"]) == ("ratified", ["CHL"])


def test_agr3_an_arrangement_that_lapsed_expired_unless_joined_to_a_denied_extension(analyzer) -> None:  # noqa: ANN001
    (f,) = _agreements(analyzer, "The fisheries arrangement between Norway and Iceland lapsed on Monday.")
    assert f["action"] == "expires"
    found = _agreements(
        analyzer, "The fisheries arrangement between Norway and Iceland was not extended and lapsed."
    )
    assert [g["action"] for g in found] == ["extended"]


def test_agr3_contracts_between_companies_are_no_record(analyzer) -> None:  # noqa: ANN001
    text = "A Polish state energy company and a Danish trader signed a gas supply contract on Monday."
    assert _agreements(analyzer, text) == []
    assert _agreements(analyzer, "Peru and Chile rely on a string of company contracts.") == []


def test_agr3_a_class_of_deals_is_no_record(analyzer) -> None:  # noqa: ANN001
    assert _agreements(analyzer, "Peru and Chile renewed barter arrangements of this kind each year.") == []


def test_agr3_a_depositary_is_no_party_and_a_withdrawal_is_no_entry_into_force(analyzer) -> None:  # noqa: ANN001
    text = (
        "Chile's withdrawal from the Convention on Cluster Munitions took effect on Monday, "
        "after it lodged notice with the United Nations."
    )
    (f,) = _agreements(analyzer, text)
    assert f.get("action") != "in-force"
    assert f["parties"] == ["CHL"]
