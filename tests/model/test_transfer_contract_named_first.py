"""A purchase contract named before its signing (issue 13, a shape of several writers of the claims
corpus): "X's contract with Y, signed on Monday, covers ..." contracts the systems it covers."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 1)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "transfer"]


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador's contract with Spain, signed on Monday, covers four patrol boats.",
        "Ecuador said the contract it signed in May with Spain for four patrol boats was a good one.",
    ],
)
def test_transfer_a_contract_named_before_its_signing_is_contracted(analyzer, text: str) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, text)
    assert (t["supplier"], t["recipient"], t["status"], t["quantity"]) == ("ESP", "ECU", "contracted", 4.0)


def test_transfer_a_contract_no_one_signed_contracts_nothing(analyzer) -> None:  # noqa: ANN001
    text = (
        "The contract, which neither side has signed, would cover four patrol boats for Ecuador from Spain."
    )
    assert not [t for t in _transfers(analyzer, text) if t.get("status") == "contracted"]
