"""(cx58) The coming of one force dated twice:

* a force a noun introduced ("a rotation of 700 Dutch soldiers", "the contingent of …") whose clause
  says it arrived ("… reached Lithuania in April") dates its arrival: two months for the same rotation
  of one size disagree, while "another 700" is a contingent more;
* a force told whole as it arrived on a day ("30 Fijian soldiers arrived in Beirut on Monday") and
  "its first contingent of 30" dated to another month are one coming; a second contingent is not."""

from __future__ import annotations

from tests.model.helpers import contradiction_pairs

_ROTATION = (
    "a",
    "2025-05-06",
    "A rotation of about 700 Dutch soldiers arrived in Lithuania in April, bringing tanks and engineers.",
)


def _dates(first: tuple[str, str, str], later: str, published: str) -> set[tuple[str, str, str]]:
    pairs = contradiction_pairs([first, ("b", published, later)])
    return {p for p in pairs if p[2] == "date"}


def test_cx58_one_rotation_arriving_in_two_months_is_disputed() -> None:
    later = "The Dutch rotation of some 700 soldiers reached Lithuania in February."
    assert _dates(_ROTATION, later, "2025-06-10") == {("a", "b", "date")}


def test_cx58_another_contingent_is_no_dispute() -> None:
    later = "Another 700 Dutch soldiers arrived in Lithuania in February."
    assert _dates(_ROTATION, later, "2025-06-10") == set()


_WHOLE = (
    "a",
    "2024-03-05",
    "SUVA, 5 March 2024 — Thirty Fijian soldiers arrived in Beirut on Monday to join the UN force in "
    "Lebanon, the Fijian army said.",
)


def test_cx58_a_whole_force_and_its_opening_contingent_are_one_coming() -> None:
    later = "Fiji's first contingent of 30 soldiers arrived in Beirut in May, two months late."
    assert _dates(_WHOLE, later, "2024-06-20") == {("a", "b", "date")}


def test_cx58_a_second_contingent_is_another_coming() -> None:
    later = "Fiji's second contingent of 30 soldiers arrived in Beirut in May."
    assert _dates(_WHOLE, later, "2024-06-20") == set()
