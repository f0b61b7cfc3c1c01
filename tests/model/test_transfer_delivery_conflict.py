"""A transfer one article says was delivered and another says was not is a contradiction, with
both sides' evidence (issue 13, deliverable 5)."""

from __future__ import annotations

from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_transfers

_FIGURES = model_lexicon(load_language("en")).figures


def _claim(cid: str, doc: str, **fields: object) -> StoredClaim:
    base = {"supplier": "FRA", "recipient": "IND", "system": "RAFALE", "status": "delivered"}
    return StoredClaim(id=cid, doc_id=doc, kind="transfer", sentence_index=0, start=0, end=10,
                       fields={**base, **fields}, field_spans={"status": [2, 6], "system": [0, 1]},
                       sentence="some words")  # fmt: skip


def test_delivered_and_not_delivered_in_two_articles_contradict() -> None:
    records, contradictions = build_transfers(
        [_claim("c1", "d1"), _claim("c2", "d2", negated=True)], figures=_FIGURES
    )
    assert [r.status for r in records] == ["disputed"]  # the record carries the dispute (cx6)
    assert records[0].fields["status"].value == "delivered"
    assert records[0].fields["status_denied"].value == "not delivered"
    (x,) = [c for c in contradictions if c.kind == "status"]
    assert {x.value_a, x.value_b} == {"delivered", "not delivered"}
    assert {x.doc_a, x.doc_b} == {"d1", "d2"} and len(x.evidence) == 2
    assert x.as_dict()["evidence"][0]["field"] == "status"


def test_two_articles_that_agree_do_not_contradict() -> None:
    _, contradictions = build_transfers([_claim("c1", "d1"), _claim("c2", "d2")], figures=_FIGURES)
    assert not [c for c in contradictions if c.kind == "status"]
