"""A bare "sign" whose agreement stands before it, in a relative clause or after a modal ("the
deal, which both are expected to sign next month", "the treaty they will sign in La Paz"), is an
action on that agreement: a planned signing is recorded as a mention with its plan, a denied one
as a denial; a "sign" with another object ("sign away its land") signs no agreement (issue 13,
agreements on fresh text)."""

from functools import cache
from typing import Any

from geowire.lang.pack import load_language
from geowire.model.claims_eval import run_pipeline
from geowire.settings import load_settings

_TEXTS = {
    "relative": "The energy deal, which Tirana and Skopje are expected to sign next month, covers a new "
    "power line.",
    "modal": "The water treaty that Namibia and Angola will sign in Luanda sets quotas for the river.",
    "away": "Angola and Namibia share a river accord. Namibia said it would never sign away its water "
    "rights.",
}


@cache
def _records() -> dict[str, list[dict[str, Any]]]:
    docs = [{"id": k, "text": t, "published": "2025-03-20"} for k, t in _TEXTS.items()]
    out = run_pipeline(docs, load_settings(None), lang=load_language("en"))
    return {k: out.per_doc[k]["agreements"] for k in _TEXTS}


def _found(key: str) -> list[tuple[str, list[str], bool]]:
    return [(a["action"], a["parties"], a["negated"]) for a in _records()[key]]


def test_ag3_expected_to_sign_in_a_relative_clause_is_a_plan() -> None:
    assert _found("relative") == [("mentioned", ["ALB", "MKD"], False)]


def test_ag3_will_sign_after_its_object_is_a_plan() -> None:
    assert _found("modal") == [("mentioned", ["AGO", "NAM"], False)]


def test_ag3_sign_away_signs_no_agreement() -> None:
    assert all(a != "signed" for a, _p, _n in _found("away"))
