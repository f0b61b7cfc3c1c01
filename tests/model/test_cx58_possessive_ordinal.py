"""(cx58) A named owner's possessive before an ordinal ("Portugal's first KC-390 tanker") counts one
unit, as "its first" does; a plural after the name is the first batch, with no count."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 11, 4)


def _counts(analyzer, text: str) -> list[object]:  # noqa: ANN001
    return [
        f.get("quantity")
        for f in claim_fields(analyzer, text, "transfer", _DAY)
        if "C-390" in str(f.get("system_name")) and f.get("status") == "delivered"
    ]


def test_cx58_a_possessive_ordinal_counts_one(analyzer) -> None:  # noqa: ANN001
    text = "Brazil delivered Portugal's first KC-390 tanker aircraft in October, the air force said."
    assert _counts(analyzer, text) == [1.0]


def test_cx58_a_possessive_ordinal_before_a_plural_counts_none(analyzer) -> None:  # noqa: ANN001
    text = "Brazil delivered Portugal's first KC-390s in October, the air force said."
    assert _counts(analyzer, text) == [None]
