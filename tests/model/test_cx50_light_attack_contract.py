"""(cx50) The Super Tucano is a system the gazetteer knows, so a contract for it is a transfer; a
contract phrase with a possessive "Its" and no country of its own takes its buyer from the article,
as with any other system ("Its contract for …, signed with Brazil"). A contract for no system
("Its contract for spare parts") is no transfer."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 11, 3)


def _transfers(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return [
        (f.get("system"), f.get("supplier"), f.get("recipient"), f.get("status"))
        for f in claim_fields(analyzer, text, "transfer", _DAY)
        if f.get("status") != "mentioned"
    ]


def test_cx50_a_possessive_contract_for_super_tucanos_is_a_transfer(analyzer) -> None:  # noqa: ANN001
    text = (
        "Angola is replacing its ageing light attack fleet. Its contract for eight Super Tucanos, "
        "agreed with Brazil in March, includes pilot training."
    )
    assert _transfers(analyzer, text) == [("A-29 Super Tucano", "BRA", "AGO", "contracted")]


def test_cx50_a_possessive_contract_for_no_system_is_no_transfer(analyzer) -> None:  # noqa: ANN001
    text = (
        "Angola is replacing its ageing light attack fleet. Its contract for spare parts, agreed "
        "with Brazil in March, includes pilot training."
    )
    assert _transfers(analyzer, text) == []
