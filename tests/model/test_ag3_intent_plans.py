"""A signing that a verb of intent or expectation governs ("expect to sign", "want to sign",
"expects Chile to sign") is a plan, not a signing: the agreement is mentioned with its plan, never
signed; a noun of the same word ("under plans signed in May") plans nothing (issue 13,
agreements on fresh text)."""

from functools import cache
from typing import Any

from geowire.lang.pack import load_language
from geowire.model.claims_eval import run_pipeline
from geowire.settings import load_settings

_TEXTS = {
    "expect": "The two governments expect to sign the fuel pact before the end of the year, a spokesman "
    "for the Malian foreign ministry said.",
    "want": "Uruguay and Paraguay want to sign a river transport agreement soon.",
    "object": "Lithuania expects Latvia to sign the grid treaty in June.",
    "noun": "Uruguay and Paraguay signed a customs accord in March under plans to ease trade.",
}


@cache
def _records() -> dict[str, list[dict[str, Any]]]:
    docs = [{"id": k, "text": t, "published": "2025-02-14"} for k, t in _TEXTS.items()]
    out = run_pipeline(docs, load_settings(None), lang=load_language("en"))
    return {k: out.per_doc[k]["agreements"] for k in _TEXTS}


def _actions(key: str) -> list[str]:
    return [a["action"] for a in _records()[key]]


def test_ag3_expect_to_sign_is_a_plan() -> None:
    assert _actions("expect") == ["mentioned"]


def test_ag3_want_to_sign_is_a_plan() -> None:
    assert _actions("want") == ["mentioned"]
    assert _records()["want"][0]["parties"] == ["PRY", "URY"]


def test_ag3_expects_another_to_sign_is_a_plan() -> None:
    assert [(a["action"], a["parties"]) for a in _records()["object"]] == [("mentioned", ["LTU", "LVA"])]


def test_ag3_plans_as_a_noun_leave_the_signing_standing() -> None:
    assert [(a["action"], a["parties"]) for a in _records()["noun"]] == [("signed", ["PRY", "URY"])]
