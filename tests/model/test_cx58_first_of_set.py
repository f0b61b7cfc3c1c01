"""(cx58) "The first of six <system>" is one item, the first, as "the first <system>" is: two
articles that date its handover to different months dispute it, and a day within the other's month
does not. The first two of a set are another batch than the first one."""

from __future__ import annotations

from tests.model.helpers import contradiction_pairs

_FIRST_OF = (
    "a",
    "2024-11-04",
    "ABU DHABI, 4 November 2024 — France delivered the first of six Gowind corvettes to the United Arab "
    "Emirates in October, the Emirati navy said on Monday.",
)


def _dates(later: str, published: str = "2024-12-20") -> set[tuple[str, str, str]]:
    pairs = contradiction_pairs([_FIRST_OF, ("b", published, later)])
    return {p for p in pairs if p[2] == "date"}


def test_cx58_the_first_of_a_set_and_the_first_one_dated_apart_dispute() -> None:
    later = (
        "The first Gowind corvette France delivered "
        "to the United Arab Emirates in August now patrols the Gulf."
    )
    assert _dates(later) == {("a", "b", "date")}


def test_cx58_the_first_of_a_set_and_a_day_of_its_month_agree() -> None:
    later = (
        "The first Gowind corvette France delivered "
        "to the United Arab Emirates on 17 October now patrols the Gulf."
    )
    assert _dates(later) == set()


def test_cx58_the_first_two_of_a_set_are_another_batch() -> None:
    later = (
        "The first two Gowind corvettes France delivered "
        "to the United Arab Emirates in August now patrol the Gulf."
    )
    assert _dates(later) == set()
