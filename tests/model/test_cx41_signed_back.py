"""(cx41) A clause inside a later sentence that says when "the contract" was signed ("… since the
contract was signed in 2021") dates the undated contract an earlier sentence told — a cancelled one
among them (``extract._signed_back`` in ``dates_told_apart``). A contract dated by its own clause
keeps its date, and a bare "since 2021" says nothing of a signing."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import stepped_transfers

_DAY = dt.date(2025, 11, 14)
_DENIAL = "Belarus has not delivered any of the vehicles since the contract was signed in 2021."


def _steps(analyzer, text: str) -> list[tuple[object, object, object]]:  # noqa: ANN001
    return [
        (f.get("status"), f.get("negated") or False, f.get("date"))
        for f in stepped_transfers(analyzer, text, _DAY)
    ]


def test_cx41_a_cancelled_contract_takes_the_signing_told_after_it(analyzer) -> None:  # noqa: ANN001
    text = (
        "Mongolia's parliament voted on Friday to cancel a contract with Belarus for eight BTR-80 vehicles. "
        + _DENIAL
    )
    assert ("contracted", False, "2021-01-01") in _steps(analyzer, text)


def test_cx41_a_contract_dated_in_its_own_clause_keeps_its_date(analyzer) -> None:  # noqa: ANN001
    text = "Mongolia signed a contract with Belarus for eight BTR-80 vehicles in 2020. " + _DENIAL
    assert ("contracted", False, "2020-01-01") in _steps(analyzer, text)


def test_cx41_a_bare_since_dates_no_contract(analyzer) -> None:  # noqa: ANN001
    text = (
        "Mongolia's parliament voted on Friday to cancel a contract with Belarus for eight BTR-80 vehicles. "
        "Belarus has not delivered any of the vehicles since 2021."
    )
    assert ("contracted", False, None) in _steps(analyzer, text)
