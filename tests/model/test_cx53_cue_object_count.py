"""(cx53) With a listed system, "X's contract for five <system> has been completed with the
delivery of the last two aircraft" counts the delivery by its own object (two, a part), not by the
contract's count told with the system before the step. A step with no count of its own keeps the
system's."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import stepped_transfers

_DAY = dt.date(2025, 9, 3)


def _counts(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return [
        (f.get("status"), f.get("quantity"), bool(f.get("quantity_partial")))
        for f in stepped_transfers(analyzer, text, _DAY)
    ]


def test_cx53_the_delivery_counts_its_own_object(analyzer) -> None:  # noqa: ANN001
    text = (
        "Brazil's contract with Sweden for six Gripen fighters has been completed with the delivery of "
        "the last two aircraft in August."
    )
    assert _counts(analyzer, text) == [("delivered", 2.0, True)]


def test_cx53_a_step_with_no_count_keeps_the_systems(analyzer) -> None:  # noqa: ANN001
    # counter-example: nothing counted after the cue
    text = "Brazil's six Gripen fighters were delivered by Sweden in August."
    assert _counts(analyzer, text) == [("delivered", 6.0, False)]


def test_cx53_two_dates_of_one_last_delivery_of_a_listed_system_contradict() -> None:
    # lead30 had to use an unlisted model here: with a listed one the contract's count (six) hid
    # the delivery's ("the last two")
    from tests.model.helpers import contradiction_pairs

    a = (
        "a",
        "2025-09-08",
        "Brazil's contract with Sweden for six Gripen fighters has been completed with the delivery of "
        "the last two aircraft in August, the Swedish embassy said on Monday.",
    )
    b = (
        "b",
        "2025-09-11",
        "Sweden delivered the last two Gripen fighters to Brazil in May, the Brazilian air force said.",
    )
    assert ("a", "b", "date") in contradiction_pairs([a, b])
