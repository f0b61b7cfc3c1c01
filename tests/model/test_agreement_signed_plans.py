"""A plan that two governments sign is an agreement (issue 13, deliverable 5): "signed a joint
training plan" is an agreement record whose signing a later "signed no agreement" denies; a plan
nobody signs ("discussed a plan", "plans to sign") is none."""

import datetime as dt
from typing import Any

from helpers import store_with

from geowire.model.build import rebuild_model
from geowire.store.model import agreements, contradictions


def _store(docs: list[tuple[str, str, dt.date]]) -> Any:
    store = store_with([(i, text, day, "Test Wire") for i, text, day in docs])
    rebuild_model(store)
    return store


def _plans(text: str) -> list[dict]:
    found = agreements(_store([("d1", text, dt.date(2025, 4, 8))]))
    return [a for a in found if a["parties"] == ["RUS", "VEN"]]


def test_agreement_signed_plans_a_signed_plan_is_an_agreement() -> None:
    found = _plans("Russia and Venezuela signed a joint naval training plan in Caracas on Monday.")
    assert len(found) == 1 and found[0]["status"] == "signed" and found[0]["signed_place"] == "Caracas"


def test_agreement_signed_plans_a_plan_without_a_signing_is_none() -> None:
    assert _plans("Russia and Venezuela discussed a plan for naval training in Caracas on Monday.") == []
    assert _plans("Russia plans to hold naval exercises with Venezuela in the Caribbean.") == []


def test_agreement_signed_plans_signed_no_agreement_denies_the_plan() -> None:
    store = _store(
        [
            ("a", "Russia and Venezuela signed a joint naval training plan in Caracas on Monday.",
             dt.date(2025, 4, 8)),
            ("b", "Venezuela said on Friday that it had signed no defence agreement with Russia this year.",
             dt.date(2025, 4, 12)),
        ]
    )  # fmt: skip
    assert [(x["doc_a"], x["doc_b"]) for x in contradictions(store) if x["kind"] == "status"] == [("a", "b")]
