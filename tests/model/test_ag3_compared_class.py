"""A superlative class that a predicate compares an agreement within ("is among the largest arms
deals", "ranks as one of the costliest contracts") names agreements in general, not one more
agreement; the object of a signing ("signed one of the largest deals") is still a signed deal
(issue 13, agreements on fresh text)."""

from functools import cache
from typing import Any

from geowire.lang.pack import load_language
from geowire.model.claims_eval import run_pipeline
from geowire.settings import load_settings

_TEXTS = {
    "copula": "The radar contract Norway signed with Finland in May is among the biggest electronics "
    "deals in Scandinavia.",
    "ranks": "The water-sharing accord that Egypt and Sudan signed last week ranks as one of the most "
    "ambitious river agreements in Africa.",
    "object": "Mexico and Japan signed one of the largest solar deals in their history on Friday.",
}


@cache
def _records() -> dict[str, list[dict[str, Any]]]:
    docs = [{"id": k, "text": t, "published": "2025-09-03"} for k, t in _TEXTS.items()]
    out = run_pipeline(docs, load_settings(None), lang=load_language("en"))
    return {k: out.per_doc[k]["agreements"] for k in _TEXTS}


def _found(key: str) -> list[tuple[str, list[str]]]:
    return [(a["action"], a["parties"]) for a in _records()[key]]


def test_ag3_class_after_a_copula_is_no_second_agreement() -> None:
    assert _found("copula") == [("signed", ["FIN", "NOR"])]
    assert _records()["copula"][0]["place"] is None  # Scandinavia places the class, not the signing


def test_ag3_class_after_ranks_as_one_of() -> None:
    assert _found("ranks") == [("signed", ["EGY", "SDN"])]


def test_ag3_signed_one_of_the_largest_deals_is_a_deal() -> None:
    assert _found("object") == [("signed", ["JPN", "MEX"])]
