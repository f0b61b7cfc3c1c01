"""(cx53) A state approving a counted lot for a named buyer ("approved nine radars for Lithuania")
approves their sale: an approval, not a bare mention. Without a count or a named buyer after
"for" the verb is no approval of this shape."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 9, 3)


def _rows(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return [
        (f.get("status"), f.get("supplier"), f.get("recipient"), f.get("quantity"))
        for f in claim_fields(analyzer, text, "transfer", _DAY)
    ]


def test_cx53_a_counted_lot_approved_for_a_buyer(analyzer) -> None:  # noqa: ANN001
    text = "Washington approved eight HIMARS launchers for Latvia in 2023."
    assert _rows(analyzer, text) == [("approved", "USA", "LVA", 8.0)]


def test_cx53_a_lot_in_figures_cleared_for_a_buyer(analyzer) -> None:  # noqa: ANN001
    text = "The State Department cleared 16 Patriot launchers for Poland last year."
    assert _rows(analyzer, text) == [("approved", "USA", "POL", 16.0)]


def test_cx53_funding_for_a_buyer_is_no_approved_lot(analyzer) -> None:  # noqa: ANN001
    # counter-example: no count after the verb
    text = "Congress approved funding for Latvia's HIMARS launchers in 2023."
    assert all(r[0] != "approved" for r in _rows(analyzer, text))
