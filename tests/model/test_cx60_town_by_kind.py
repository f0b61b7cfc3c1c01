"""(cx60) A town named by its kind after "at" ("Signed at the southern port of Salalah", part 91) is
the town itself, as "in Salalah" is: its signing place is compared with another city's. A site
after "at" ("at Vrana Palace") may still lie in the city another report names, and is not.
Sentences written for these tests."""

from __future__ import annotations

from tests.model.helpers import contradiction_pairs

_SOFIA = (
    "a",
    "2025-05-13",
    "SOFIA, 13 May 2025 — Armenia and Bulgaria signed a defence pact in Sofia on Monday.",
)


def test_cx60_a_town_named_by_its_kind_after_at_is_compared_with_a_city() -> None:
    later = (
        "b",
        "2025-05-20",
        "Signed at the Black Sea port of Burgas on 12 May, the defence pact between Armenia and Bulgaria "
        "gives Armenian officers places at the naval academy.",
    )
    assert ("a", "b", "place") in contradiction_pairs([_SOFIA, later])


def test_cx60_a_site_after_at_is_still_not_compared_with_a_city() -> None:
    later = (
        "b",
        "2025-05-20",
        "The defence pact between Armenia and Bulgaria was signed on 12 May at Vrana Palace, the "
        "ministers' meeting place.",
    )
    assert ("a", "b", "place") not in contradiction_pairs([_SOFIA, later])
