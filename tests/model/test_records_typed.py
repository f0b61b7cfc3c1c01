"""The model's records are typed (issue 17): built from StoredClaim records, written as the same
JSON the store always held (field order included)."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon
from geowire.model.records import (
    AgreementRecord,
    SourcedDate,
    StoredClaim,
    build_agreement,
    build_deployments,
    group_agreements,
)

_LEX = model_lexicon(load_language("en"))
_TEXT = "Aland and Borduria signed the harbour pact in Kesh on 2 May. More words follow here."
_DATE = _TEXT.index("2 May")


def _claim(cid: str, doc: str, **fields: object) -> StoredClaim:
    row = {"id": cid, "doc_id": doc, "kind": "agreement", "sentence_index": 0, "start": 0, "end": 60,
           "fields": {"kind": "agreement", "name": "harbour pact", "parties": ["ALA", "BOR"], **fields},
           "field_spans": {"action": [19, 25], "date": [_DATE, _DATE + 5]}, "event_id": None,
           "outlet": "Wire", "published": dt.date(2026, 5, 3), "doc_text": _TEXT}  # fmt: skip
    return StoredClaim.from_row(row)


def test_records_stored_claim_cuts_its_sentence_from_the_text() -> None:
    assert _claim("c1", "d1").sentence == _TEXT[:60]


def test_records_agreement_is_typed_and_its_dict_keeps_the_stored_shape() -> None:
    a = _claim("c1", "d1", action="signed", date="2026-05-02", date_precision="day")
    b = _claim("c2", "d2", action="signed", date="2026-06-20", date_precision="day")
    (members,) = group_agreements([a, b], generic=_LEX.agreements.generic)
    record, contradictions = build_agreement(members, dt.date(2026, 7, 1), figures=_LEX.figures)
    assert isinstance(record, AgreementRecord) and record.status == "signed"
    assert isinstance(record.fields["signed.date"], SourcedDate)
    data = record.as_dict()
    assert list(data["fields"]["signed.date"]) == [
        "value", "claim_id", "doc_id", "outlet", "sentence_index", "start", "end", "sentence",
        "field", "field_start", "field_end", "field_text", "precision",
    ]  # fmt: skip
    assert data["fields"]["signed.date"]["field_text"] == "2 May"
    assert data["sources"][0]["field_text"] == "signed"
    (lone, _) = build_agreement([_claim("c3", "d3")], dt.date(2026, 7, 1), figures=_LEX.figures)
    assert "field" not in lone.as_dict()["sources"][0]
    (x,) = contradictions
    assert x.action == "signed" and x.as_dict()["action"] == "signed" and record.disputed == ["signed.date"]


def test_records_deployment_figures_that_cannot_both_be_true_contradict() -> None:
    def dep(cid: str, doc: str, personnel: float, text: str) -> StoredClaim:
        return StoredClaim(cid, doc, "deployment", 0, 0, 10,
                           {"country": "ALA", "host": "BOR", "personnel": personnel, "personnel_text": text},
                           {"personnel": [0, 3]})  # fmt: skip

    records, contradictions = build_deployments(
        [dep("c1", "d1", 200.0, "200 troops"), dep("c2", "d2", 5000.0, "5,000 troops")],
        figures=_LEX.figures,
    )
    assert [r.personnel for r in records] == [200.0]
    (x,) = contradictions
    assert (x.kind, x.field) == ("quantity", "personnel") and x.action == "BOR"
    assert {x.value_a, x.value_b} == {"200 troops", "5,000 troops"}
