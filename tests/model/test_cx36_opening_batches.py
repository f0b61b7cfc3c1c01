"""(cx36) The batch or contingent that opened a transfer or a deployment comes once: two reports
that size or date it differently disagree however far apart they came out
(``records._one_opening_batch``, ``records._opening_force``) — unless a report tells what had come
by its own day ("has now received the first five"), gives no month, or counts a contingent more
("another 150")."""

from __future__ import annotations

from tests.model.helpers import contradiction_pairs


def _fields(*docs: tuple[str, str, str]) -> set[tuple[str, str, str]]:
    return set(contradiction_pairs(list(docs)))


_FIRST_EIGHT = (
    "a",
    "2025-02-11",
    "OSLO, 11 February 2025 — Norway took delivery of the first eight K9 howitzers from South Korea "
    "on Monday. The guns will serve with the northern brigade.",
)


def test_cx36_two_sizes_of_the_opening_batch_weeks_apart_disagree() -> None:
    later = (
        "b",
        "2025-03-28",
        "Norway's artillery is changing. The first 11 K9 howitzers arrived in Norway from South Korea in "
        "February, and crews have trained on them near Bardufoss.",
    )
    assert ("a", "b", "quantity") in _fields(_FIRST_EIGHT, later)


def test_cx36_initial_is_first() -> None:
    later = (
        "b",
        "2025-03-28",
        "Norway received its initial 11 K9 howitzers from South Korea in February, and the rest "
        "will follow over two years.",
    )
    assert ("a", "b", "quantity") in _fields(_FIRST_EIGHT, later)


def test_cx36_a_count_by_the_report_may_have_grown() -> None:
    grown = (
        "b",
        "2025-03-28",
        "By now Norway has received the first 11 of its K9 howitzers from South Korea, and a second "
        "firing range is being built.",
    )
    assert not {x for x in _fields(_FIRST_EIGHT, grown) if x[2] == "quantity"}


def test_cx36_an_undated_opening_batch_weeks_later_is_not_compared() -> None:
    undated = (
        "b",
        "2025-03-28",
        "The first 11 K9 howitzers that South Korea sent to Norway are based near Bardufoss.",
    )
    assert not {x for x in _fields(_FIRST_EIGHT, undated) if x[2] == "quantity"}


_FIRST_CONTINGENT = (
    "a",
    "2025-11-20",
    "ACCRA, 20 November 2025 — Ghana's first contingent of 150 soldiers for the mission in South "
    "Sudan arrived in Juba in October.",
)


def test_cx36_two_months_for_the_opening_contingent_disagree() -> None:
    later = (
        "b",
        "2026-02-03",
        "Ghana's role in South Sudan is growing. Its first contingent of 150 soldiers arrived in Juba "
        "in August, long before the rains ended.",
    )
    assert ("a", "b", "date") in _fields(_FIRST_CONTINGENT, later)


def test_cx36_a_contingent_more_is_not_the_first() -> None:
    more = (
        "b",
        "2026-02-03",
        "JUBA, 3 February 2026 — Another 150 Ghanaian soldiers arrived in South Sudan in January, "
        "doubling Ghana's force there.",
    )
    assert not {x for x in _fields(_FIRST_CONTINGENT, more) if x[2] == "date"}


def test_cx36_an_older_supply_stands_beside_the_denial_of_a_newer_order() -> None:
    older = ("a", "2025-03-10", "Russia supplied six Mi-17 helicopters to Mongolia in 2020.")
    denial = (
        "b",
        "2025-09-02",
        "ULAANBAATAR, 2 September 2025 — Russia has not delivered the Mi-17 helicopters that Mongolia "
        "ordered in 2023, the ministry said.",
    )
    assert not {x for x in _fields(older, denial) if x[2] == "status"}
    # a delivery made after that order is of its goods, and the denial disputes it
    after = ("a", "2025-03-10", "Russia supplied six Mi-17 helicopters to Mongolia in 2024.")
    assert ("a", "b", "status") in _fields(after, denial)
