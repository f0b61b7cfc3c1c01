"""A contingent's figure ("600 additional soldiers") against a plain figure of forces sent (issue 13,
helper ``cx8``): told within a week, for one period, they tell one sending, so different numbers
contradict; a force's presence ("has 2,000 soldiers stationed") is what a reinforcement adds to,
and a report weeks later may tell of another sending."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_deployments

_LEX = model_lexicon(load_language("en"))


def _force(cid: str, text: str, published: dt.date, personnel: float, **fields: object) -> StoredClaim:
    """Canadian soldiers in Latvia, as ``text`` counts them."""
    base = {"country": "CAN", "host": "LVA", "place": "Latvia", "personnel": personnel,
            "personnel_text": f"{personnel:g} soldiers"}  # fmt: skip
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="deployment", sentence_index=0, start=0,
                       end=len(text), fields={**base, **fields}, field_spans={}, published=published,
                       sentence=text, doc_text=text)  # fmt: skip


EXTRA = "Canada has sent 600 additional soldiers to Latvia for the spring exercises, Latvian officials said."


def _disputes(*claims: StoredClaim) -> list[str]:
    return sorted(x.field for x in build_deployments(list(claims), figures=_LEX.figures)[1])


def test_cx8_a_contingent_and_a_sending_told_days_apart_contradict() -> None:
    sent = "Some 1,100 Canadian troops are being deployed to Latvia this spring, Ottawa said."
    found = _disputes(_force("a", EXTRA, dt.date(2025, 3, 4), 600, personnel_partial=True),
                      _force("b", sent, dt.date(2025, 3, 6), 1100, personnel_qualifier="some"))  # fmt: skip
    assert found == ["personnel"]


def test_cx8_a_contingent_adds_to_the_force_present() -> None:
    there = "Canada has 2,000 soldiers stationed in Latvia, the Latvian ministry said."
    found = _disputes(_force("a", EXTRA, dt.date(2025, 3, 4), 600, personnel_partial=True),
                      _force("b", there, dt.date(2025, 3, 6), 2000, measure="presence"))  # fmt: skip
    assert found == []


def test_cx8_a_contingent_and_a_sending_told_weeks_apart_stay_apart() -> None:
    sent = "Some 1,100 Canadian troops are being deployed to Latvia, Ottawa said."
    found = _disputes(_force("a", EXTRA, dt.date(2025, 3, 4), 600, personnel_partial=True),
                      _force("b", sent, dt.date(2025, 4, 20), 1100, personnel_qualifier="some"))  # fmt: skip
    assert found == []
