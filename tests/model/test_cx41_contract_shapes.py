"""(cx41) Two contract shapes, in the project's own sentences.

- The speaker of a report after the step (", Laos's defence ministry said") is no party of the
  transfer it reports (``rules_forces._in_report_clause``): "Laos and Vietnam signed a 90 million
  dollar agreement for military radar, Laos's defence ministry said" makes no transfer in which the
  ministry sells, and a delivery keeps the parties of its own clause.
- A cancelled contract stays a contract whatever the mood of its cancelling ("may cancel its
  contract with …", "threatened to cancel …"): the modal is the cancelling's, no offer
  (``transfers.statuses`` ``undone``).
"""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import stepped_transfers

_DAY = dt.date(2025, 4, 9)


def _rows(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return [
        (f.get("supplier"), f.get("recipient"), f.get("status"))
        for f in stepped_transfers(analyzer, text, _DAY)
    ]


def test_cx41_a_reporting_ministry_sells_nothing(analyzer) -> None:  # noqa: ANN001
    text = (
        "Laos and Vietnam on Monday signed a 90 million dollar agreement for military radar and "
        "radios, Laos's defence ministry said."
    )
    assert not [r for r in _rows(analyzer, text) if r[0] == "LAO"]


def test_cx41_a_report_clause_keeps_the_clause_parties(analyzer) -> None:  # noqa: ANN001
    text = "Vietnam delivered four coastal radars to Laos on Monday, the Laotian defence ministry said."
    assert _rows(analyzer, text) == [("VNM", "LAO", "delivered")]


def test_cx41_a_modal_cancelling_leaves_the_contract(analyzer) -> None:  # noqa: ANN001
    for verb in ("may cancel", "could cancel", "threatened to cancel"):
        text = f"Peru {verb} its contract with Brazil for six Super Tucano aircraft."
        assert _rows(analyzer, text) == [("BRA", "PER", "contracted")], verb
    text = "Peru may buy six Super Tucano aircraft from Brazil if the budget allows."
    assert not [r for r in _rows(analyzer, text) if r[2] == "contracted"]
