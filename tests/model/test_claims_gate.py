"""Eval gate for the model's records (issue 13): `geowire eval claims` on the held-out split of the
authored claims corpus must not fall below the pinned floors (tests/model/claims_baseline.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geowire.model.claims_eval import evaluate_claims
from geowire.settings import Settings

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[2]
FLOORS = json.loads((Path(__file__).parent / "claims_baseline.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report() -> dict:
    return evaluate_claims(ROOT / "corpus" / "claims", Settings(), split="test")


@pytest.mark.parametrize("kind", ["transfers", "agreements", "deployments", "statements"])
def test_claims_gate_kind_meets_the_floors(report: dict, kind: str) -> None:
    measured = report["kinds"][kind]
    for name, floor in FLOORS[kind].items():
        assert measured[name] >= floor, f"{kind} {name} fell to {measured[name]} (floor {floor})"


def test_claims_gate_contradictions_meet_the_floors(report: dict) -> None:
    cx, floors = report["contradictions"], FLOORS["contradictions"]
    assert cx["precision"] >= floors["precision"] and cx["recall"] >= floors["recall"], cx
    assert cx["between_compatible"] <= floors["between_compatible_max"], cx["compatible_pairs_flagged"]
