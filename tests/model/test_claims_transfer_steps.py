"""How the claims scorer reads a transfer's steps from one article's claims (issue 13, FORMAT.md
"Transfers"): one record at the strongest asserted status, carrying that step's own figure and date;
and a later step the article denies as a record of its own."""

from __future__ import annotations

from typing import Any

from geowire.model.claims_eval import transfer_items
from geowire.model.records import StoredClaim


def _claim(cid: str, status: str, *, negated: bool = False, **more: Any) -> StoredClaim:
    fields = {"supplier": "ESP", "recipient": "PER", "system": "patrol boat", "status": status,
              "negated": negated, **more}  # fmt: skip
    return StoredClaim(id=cid, doc_id="d", kind="transfer", sentence_index=0, start=0, end=5,
                       fields=fields, field_spans={}, sentence=f"sentence of {cid}")  # fmt: skip


def _steps(claims: list[StoredClaim]) -> list[tuple[str, bool, Any, Any]]:
    return sorted((i["status"], i["negated"], i["quantity"], i["date"]) for i in transfer_items(claims))


def test_claims_transfer_steps_a_denied_delivery_beside_an_order_is_its_own_record() -> None:
    claims = [_claim("a", "ordered", quantity=7.0, date="2021"), _claim("b", "delivered", negated=True)]
    assert _steps(claims) == [("delivered", True, None, None), ("ordered", False, 7.0, "2021")]


def test_claims_transfer_steps_a_denial_of_an_asserted_or_lower_step_adds_nothing() -> None:
    # "has received four" and "has not delivered the rest": the delivery stands, one record
    part = [_claim("a", "delivered", quantity=4.0), _claim("b", "delivered", negated=True)]
    assert _steps(part) == [("delivered", False, 4.0, None)]
    # an order is the contract's step: "contracted" beside "not ordered" is one step
    same_step = [_claim("a", "contracted"), _claim("b", "ordered", negated=True)]
    assert _steps(same_step) == [("contracted", False, None, None)]
    below = [_claim("a", "delivered"), _claim("b", "offered", negated=True)]
    assert _steps(below) == [("delivered", False, None, None)]


def test_claims_transfer_steps_only_denials_give_one_negated_record() -> None:
    claims = [_claim("a", "delivered", negated=True), _claim("b", "delivered", negated=True, quantity=3.0)]
    assert _steps(claims) == [("delivered", True, 3.0, None)]


def test_claims_transfer_steps_the_record_takes_its_own_steps_figure_and_date() -> None:
    # "approved 30 in May ... eleven delivered in 2024": the delivery's record counts eleven
    claims = [_claim("a", "approved", quantity=30.0, date="2024-05"),
              _claim("b", "delivered", quantity=11.0, date="2024")]  # fmt: skip
    assert _steps(claims) == [("delivered", False, 11.0, "2024")]
    # where the step gives none, another sentence's figure and date still fill them
    undated = [_claim("a", "ordered", quantity=30.0, date="2023"), _claim("b", "delivered")]
    assert _steps(undated) == [("delivered", False, 30.0, "2023")]


def test_claims_transfer_steps_follow_the_status_match() -> None:
    """The steps are the scorer's own status match: "operated" is the delivery's stage (a denied
    operation beside a delivery adds nothing); a deployment is a stage of its own (review12)."""
    operated = [_claim("a", "delivered"), _claim("b", "operated-by", negated=True)]
    assert _steps(operated) == [("delivered", False, None, None)]
    deployed = [_claim("a", "delivered"), _claim("b", "deployed", negated=True)]
    assert _steps(deployed) == [("delivered", False, None, None), ("deployed", True, None, None)]
