"""Compatible reports that look different and contradictions in new shapes (issue 13, helper
``cx4``, corpus part_26): a worth written in words keeps its qualifier."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_agreement

_FIGURES = model_lexicon(load_language("en")).figures


def _worth(cid: str, doc: str, value: float, text: str) -> StoredClaim:
    """A contract between Chile and Norway worth ``value`` kroner, its figure written ``text``."""
    fields = {"kind": "contract", "name": "contract", "parties": ["CHL", "NOR"], "action": "signed",
              "modality": "asserted", "value": value, "value_currency": "NOK",
              "value_text": text}  # fmt: skip
    return StoredClaim(id=cid, doc_id=doc, kind="agreement", sentence_index=0, start=0, end=10, fields=fields,
                       field_spans={}, published=dt.date(2025, 9, 1), sentence="some words")  # fmt: skip


def _value_disputes(*members: StoredClaim) -> int:
    _, found = build_agreement(list(members), dt.date(2026, 1, 1), figures=_FIGURES)
    return sum(x.field == "value" for x in found)


def test_records_a_worth_in_words_after_about_allows_its_rounding() -> None:
    exact = _worth("a", "d1", 3.4e9, "NOK 3.4 billion")
    for text in ("about three billion kroner", "roughly three billion Norwegian kroner"):
        assert _value_disputes(exact, _worth("b", "d2", 3e9, text)) == 0, text


def test_records_a_worth_in_words_still_differs_from_a_figure_far_from_it() -> None:
    far = _worth("a", "d1", 4.1e9, "NOK 4.1 billion")
    assert _value_disputes(far, _worth("b", "d2", 3e9, "about three billion kroner")) == 1
    plain = _worth("b", "d2", 3e9, "three billion kroner")  # no qualifier: only its rounding margin
    assert _value_disputes(_worth("a", "d1", 3.6e9, "NOK 3.6 billion"), plain) == 1
