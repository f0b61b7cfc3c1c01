"""The causes scripts/claims_transfer_errors.py gives a transfer miss or false positive (issue 13),
on records built by hand."""

from __future__ import annotations

from typing import Any

from tests.script_loader import load_script

errors = load_script("claims_transfer_errors")  # an error list kept in scripts/ (not shipped)


def _rec(
    supplier: str, recipient: str, system: str, status: str = "delivered", **more: Any
) -> dict[str, Any]:
    return {"supplier": supplier, "recipient": recipient, "system": system, "status": status, **more}


def _same(a: str, b: str) -> bool:
    return bool(set(a.lower().split()) & set(b.lower().split()))


def test_claims_transfer_errors_a_folded_step_is_told_from_a_wrong_status() -> None:
    gold = [_rec("ESP", "PER", "Leopard tanks", "ordered"), _rec("ESP", "PER", "Leopard", "delivered")]
    system = [_rec("ESP", "PER", "Leopard 2", "delivered")]
    assert errors.miss_cause(0, gold, system, same_system=_same) == "miss: step folded"
    assert errors.miss_cause(0, gold[:1], system, same_system=_same) == "miss: status, figure or denial"


def test_claims_transfer_errors_names_roles_and_nothing() -> None:
    gold = [_rec("ESP", "PER", "Leopard")]
    assert (
        errors.miss_cause(0, gold, [_rec("ESP", "PER", "frigate")], same_system=_same) == "miss: system name"
    )
    assert errors.miss_cause(0, gold, [_rec("PER", "ESP", "Leopard")], same_system=_same) == "miss: roles"
    assert errors.miss_cause(0, gold, [_rec("CHL", "BOL", "Leopard")], same_system=_same) == "miss: nothing"


def test_claims_transfer_errors_false_positives() -> None:
    gold = [_rec("ESP", "PER", "Leopard", "ordered")]
    two = [_rec("ESP", "PER", "Leopard", "ordered"), _rec("ESP", "PER", "Leopard", "delivered")]
    assert errors.fp_cause(1, gold, two, same_system=_same) == "fp: steps split"
    assert errors.fp_cause(0, gold, two[1:], same_system=_same) == "fp: status, figure or denial"
    assert errors.fp_cause(0, gold, [_rec("ESP", "CHL", "Leopard")], same_system=_same) == "fp: roles"
    assert errors.fp_cause(0, gold, [_rec("CHL", "BOL", "frigate")], same_system=_same) == "fp: not in gold"
