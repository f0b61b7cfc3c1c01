"""(cx39) A contract that is cancelled was made, in the project's own sentences.

"voted to cancel a contract with Russia for six helicopters" tells of a contract with Russia for
six helicopters: a contracted transfer, not denied (the cancelling is a later act, as a withdrawal
leaves a treaty's record). A cancelled visit is no contract, and a report of the signing stands
beside the cancelling without a contradiction."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import contradiction_pairs, stepped_transfers, transfer_rows

_DAY = dt.date(2025, 10, 21)


def test_cx39_a_cancelled_contract_was_a_contract(analyzer) -> None:  # noqa: ANN001
    text = "Kyrgyzstan's parliament voted to cancel a contract with Belarus for eight armoured trucks."
    rows = [r for r in transfer_rows(analyzer, text, _DAY) if r[3] == "contracted"]
    assert [r[:3] for r in rows] == [("BLR", "KGZ", 8.0)]
    text = "Kyrgyzstan has terminated its contract with Russia for six Mi-8 helicopters, citing delays."
    (f,) = [f for f in transfer_rows(analyzer, text, _DAY)]
    assert f == ("RUS", "KGZ", 6.0, "contracted")
    # a cancelled visit is no contract
    text = "Kyrgyzstan cancelled a visit to Russia by six Mi-8 helicopters."
    assert [r for r in transfer_rows(analyzer, text, _DAY) if r[3] == "contracted"] == []


def test_cx39_a_cancelled_contract_beside_its_signing() -> None:
    signed = "Kyrgyzstan signed a contract with Russia for six Mi-8 helicopters in 2022."
    cancelled = "Kyrgyzstan has terminated its contract with Russia for six Mi-8 helicopters, citing delays."
    assert contradiction_pairs([("a", "2022-05-01", signed), ("b", "2025-10-21", cancelled)]) == set()


def _contract_dates(analyzer, text: str) -> list[object]:  # noqa: ANN001
    return [f.get("date") for f in stepped_transfers(analyzer, text, _DAY) if f.get("status") == "contracted"]


def test_cx39_a_cancelled_contract_is_not_dated_by_its_cancelling(analyzer) -> None:  # noqa: ANN001
    text = "Kyrgyzstan's senate on Monday voted to cancel a contract with Belarus for eight armoured trucks."
    assert _contract_dates(analyzer, text) == [None]
    # a contract signed on that day is dated by it
    text = "Kyrgyzstan on Monday signed a contract with Belarus for eight armoured trucks."
    assert _contract_dates(analyzer, text) == ["2025-10-20"]
