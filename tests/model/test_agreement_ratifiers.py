"""Each party ratifies an agreement on its own day (issue 13, deliverable 5): the ratifying
country is read from the sentence, and two parties' ratifications on different days are no
contradiction, while one party's ratification dated twice still is."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_agreement
from geowire.types import DocContext

_FIGURES = model_lexicon(load_language("en")).figures


def _ratifiers(analyzer, text: str) -> list[object]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2024, 7, 1)), text)])
    return [c.fields.get("ratified_by") for c in a.claims if c.kind == "agreement"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("The Chilean Senate ratified the fisheries treaty with Peru on 12 June.", "CHL"),
        ("The fisheries treaty with Chile was ratified by the Peruvian congress on 19 June.", "PER"),
        ("Chile and Peru ratified the fisheries treaty in June.", None),
        ("The fisheries treaty was ratified by Chile and Peru in June.", None),
    ],
)
def test_the_ratifying_country_is_the_subject_or_the_one_after_by(analyzer, text: str, by: object) -> None:  # noqa: ANN001
    assert _ratifiers(analyzer, text) == [by]


def _ratified(cid: str, doc: str, day: str, by: str | None) -> StoredClaim:
    fields = {"kind": "treaty", "name": "treaty", "parties": ["CHL", "PER"], "action": "ratified",
              "modality": "asserted", "date": day, "date_precision": "day",
              **({"ratified_by": by} if by else {})}  # fmt: skip
    return StoredClaim(id=cid, doc_id=doc, kind="agreement", sentence_index=0, start=0, end=10, fields=fields,
                       field_spans={}, published=dt.date(2024, 7, 1), sentence="some words")  # fmt: skip


def _dates(members: list[StoredClaim]) -> list[tuple[str, str]]:
    _, found = build_agreement(members, dt.date(2025, 1, 1), figures=_FIGURES)
    return [(x.doc_a, x.doc_b) for x in found if x.field == "date"]


def test_two_parties_ratifying_on_different_days_do_not_contradict() -> None:
    assert (
        _dates([_ratified("a", "d1", "2024-06-12", "CHL"), _ratified("b", "d2", "2024-06-19", "PER")]) == []
    )


def test_one_partys_ratification_on_two_days_contradicts() -> None:
    assert _dates([_ratified("a", "d1", "2024-06-12", "CHL"), _ratified("b", "d2", "2024-06-19", "CHL")]) == [
        ("d1", "d2")
    ]
