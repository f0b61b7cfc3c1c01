"""(cx58) A later article that breaks an earlier whole down into its kinds ("the 40 trucks sent in
June included eight recovery vehicles, so 32 were Tatra launchers") counts the same shipment by kind:
its smaller count of one kind does not dispute the earlier whole. A figure set against the earlier
one without a breakdown ("32, not 40") still does, and so does a breakdown of another whole."""

from __future__ import annotations

from tests.model.helpers import contradiction_pairs

_WHOLE = (
    "a",
    "2024-07-03",
    "ANKARA, 3 July 2024 — Turkey sent 40 vehicles of the Kirpi family to Georgia in June, the Turkish "
    "defence industry agency said.",
)


def _quantity_pairs(later: str) -> set[tuple[str, str, str]]:
    pairs = contradiction_pairs([_WHOLE, ("b", "2024-07-09", later)])
    return {p for p in pairs if p[2] == "quantity"}


def test_cx58_a_breakdown_of_the_same_whole_is_no_dispute() -> None:
    later = (
        "TBILISI, 9 July 2024 — The 40 vehicles Turkey sent to Georgia in June included eight "
        "ambulances, the Georgian defence ministry said on Tuesday, so Georgia received 32 Kirpi trucks."
    )
    assert _quantity_pairs(later) == set()


def test_cx58_a_figure_set_against_the_whole_is_still_a_dispute() -> None:
    later = (
        "TBILISI, 9 July 2024 — Turkey sent 32 Kirpi trucks to Georgia in June, not 40, the Georgian "
        "defence ministry said on Tuesday."
    )
    assert _quantity_pairs(later) == {("a", "b", "quantity")}


def test_cx58_a_breakdown_of_another_whole_is_still_a_dispute() -> None:
    later = (
        "TBILISI, 9 July 2024 — The 36 vehicles Turkey sent to Georgia in June included four "
        "ambulances, the Georgian defence ministry said on Tuesday, so Georgia received 32 Kirpi trucks."
    )
    assert _quantity_pairs(later) == {("a", "b", "quantity")}
