"""A batch of a force against its plan (issue 13, helper ``cx11``, corpus part_37): "the first 250
soldiers arrived" and "will station 1,000 soldiers this year" told days apart are a part and the
whole to come, not a dispute over one sending; a batch and a plain sending of another size told
that week still are."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_deployments

_LEX = model_lexicon(load_language("en"))


def _force(cid: str, text: str, published: dt.date, personnel: float, **fields: object) -> StoredClaim:
    """Danish soldiers in Estonia, as ``text`` counts them."""
    base = {"country": "DNK", "host": "EST", "place": "Estonia", "personnel": personnel,
            "personnel_text": f"{personnel:g} soldiers"}  # fmt: skip
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="deployment", sentence_index=0, start=0,
                       end=len(text), fields={**base, **fields}, field_spans={}, published=published,
                       sentence=text, doc_text=text)  # fmt: skip


BATCH = "The first 300 Danish soldiers of the new battalion reached Tapa on 6 May."


def _disputes(*claims: StoredClaim) -> list[str]:
    return sorted(x.field for x in build_deployments(list(claims), figures=_LEX.figures)[1])


def test_cx11_a_batch_and_the_planned_force_are_a_part_and_the_whole() -> None:
    plan = "Denmark will base 1,200 soldiers in Estonia by the end of the year."
    found = _disputes(
        _force("a", BATCH, dt.date(2026, 5, 7), 300, personnel_partial=True, measure="arrival"),
        _force("b", plan, dt.date(2026, 5, 11), 1200, modality="future"),
    )
    assert found == []


def test_cx11_a_batch_and_a_sending_of_another_size_that_week_differ() -> None:
    sent = "Denmark sent 450 soldiers to Estonia this month."
    found = _disputes(
        _force("a", BATCH, dt.date(2026, 5, 7), 300, personnel_partial=True, measure="arrival"),
        _force("b", sent, dt.date(2026, 5, 11), 450),
    )
    assert found == ["personnel"]
