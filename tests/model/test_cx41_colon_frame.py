"""(cx41) A colon after a clause of support details it: "Ottawa has equipped Riga with hardware:
four radars were handed over in May" is Canada's handover to Latvia, though the passive after the
colon names neither (``rules_forces._colon_frame``). A verb that gives nothing frames nothing."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import stepped_transfers

_DAY = dt.date(2025, 6, 20)


def _parties(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    return [(f.get("supplier"), f.get("recipient")) for f in stepped_transfers(analyzer, text, _DAY)]


def test_cx41_a_colon_details_the_support_before_it(analyzer) -> None:  # noqa: ANN001
    text = "Ottawa has equipped Riga with hardware: four coastal radars were handed over in May."
    assert _parties(analyzer, text) == [("CAN", "LVA")]


def test_cx41_a_colon_after_a_verb_that_gives_nothing(analyzer) -> None:  # noqa: ANN001
    text = "Ottawa has criticised Riga over the delay: four coastal radars were handed over in May."
    assert ("CAN", "LVA") not in _parties(analyzer, text)
