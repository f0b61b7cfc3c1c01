"""The bare verbs of "sealed", "inked" and "clinched" before an agreement sign it as "sign" does:
"hoping to seal a pact" is a planned signing (a mention), "failed to clinch an agreement" a denied
one; "seal the harbour" signs nothing (issue 13, agreements on fresh text)."""

from functools import cache
from typing import Any

from geowire.lang.pack import load_language
from geowire.model.claims_eval import run_pipeline
from geowire.settings import load_settings

_TEXTS = {
    "hoping": "Belize and Guatemala are hoping to seal a river patrol pact before the rainy season.",
    "failed": "Slovakia and Austria failed to clinch a rail freight agreement at Thursday's meeting.",
    "harbour": "Belize and Guatemala seal the border crossing each night.",
}


@cache
def _records() -> dict[str, list[dict[str, Any]]]:
    docs = [{"id": k, "text": t, "published": "2025-05-02"} for k, t in _TEXTS.items()]
    out = run_pipeline(docs, load_settings(None), lang=load_language("en"))
    return {k: out.per_doc[k]["agreements"] for k in _TEXTS}


def _found(key: str) -> list[tuple[str, list[str], bool]]:
    return [(a["action"], a["parties"], a["negated"]) for a in _records()[key]]


def test_ag3_hoping_to_seal_is_a_planned_pact() -> None:
    assert _found("hoping") == [("mentioned", ["BLZ", "GTM"], False)]


def test_ag3_failed_to_clinch_denies_the_signing() -> None:
    assert _found("failed") == [("signed", ["AUT", "SVK"], True)]


def test_ag3_seal_without_an_agreement_is_none() -> None:
    assert _found("harbour") == []
