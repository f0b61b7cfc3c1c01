"""The demo report shows an agreement's acts still to come (``signed.planned``) beside its record."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_agreement
from geowire.model.report import planned_acts

_LEX = model_lexicon(load_language("en"))


def _signing(cid: str, **fields: object) -> StoredClaim:
    base = {"kind": "agreement", "name": "fisheries pact", "parties": ["ISL", "NOR"], "action": "signed"}
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="agreement", sentence_index=0, start=0, end=10,
                       fields={**base, **fields}, field_spans={"action": [0, 4]},
                       published=dt.date(2025, 9, 1), sentence="some words")  # fmt: skip


def test_a_planned_signing_is_listed_with_its_date() -> None:
    plan = _signing("a", modality="future", date="2025-10", date_precision="month")
    record, _ = build_agreement([plan], dt.date(2026, 1, 1), figures=_LEX.figures)
    fields = {k: v.as_dict() for k, v in record.fields.items()}
    assert planned_acts(fields) == ["signed 2025-10"]


def test_an_undated_plan_is_the_bare_action_and_a_done_act_no_plan() -> None:
    assert planned_acts({"signed.planned": {"value": None}}) == ["signed"]
    assert planned_acts({"signed.date": {"value": "2025-10-02"}}) == []
