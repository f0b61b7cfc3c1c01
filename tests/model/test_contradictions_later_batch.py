"""A year's running total and a later month's batch (issue 13, part_21): "had delivered six this
year" in a September report and "two arrived in November" are two batches of one year, not a
dispute over one figure; two figures for the same year told in one season still are."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.build import _transfer_words
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_transfers

_LEX = model_lexicon(load_language("en"))


def _delivered(cid: str, count: int, day: str, precision: str, published: dt.date) -> StoredClaim:
    fields = {"supplier": "SWE", "recipient": "UKR", "status": "delivered", "system": "Archer",
              "system_name": "Archer", "quantity": count,
              "date": day, "date_precision": precision}  # fmt: skip
    return StoredClaim(id=cid, doc_id=cid, kind="transfer", sentence_index=0, start=0, end=10, fields=fields,
                       field_spans={}, published=published, sentence="some words", doc_text=None)  # fmt: skip


def _disputed(a: StoredClaim, b: StoredClaim) -> set[str]:
    return {x.field for x in build_transfers([a, b], figures=_LEX.figures, **_transfer_words(_LEX))[1]}


def test_contradictions_a_later_months_batch_is_not_the_years_total() -> None:
    total = _delivered("a", 8, "2025-01-01", "year", dt.date(2025, 5, 20))
    batch = _delivered("b", 3, "2025-10-01", "month", dt.date(2025, 11, 4))
    assert "quantity" not in _disputed(total, batch)


def test_contradictions_two_totals_of_one_year_told_together_still_differ() -> None:
    one = _delivered("a", 8, "2025-01-01", "year", dt.date(2025, 5, 20))
    other = _delivered("b", 3, "2025-01-01", "year", dt.date(2025, 5, 23))
    assert "quantity" in _disputed(one, other)
