"""(cx60) A signing place after a kind of place whose modifiers are a name's words ("in the Black
Sea resort of Batumi", part 90): the place is the name after "of". It was lost (the sea's name
read first, and a sea is no signing place), so two reports of one signing in two towns did not
dispute. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields, contradiction_pairs

MAY = dt.date(2025, 5, 20)


def _acts(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    return [(f.get("action"), f.get("place")) for f in claim_fields(analyzer, text, "agreement", MAY)]


def test_cx60_a_place_after_a_named_kind_of_place_is_the_signing_place(analyzer) -> None:  # noqa: ANN001
    text = "The defence pact of Armenia and Bulgaria was signed on Monday in the Black Sea resort of Sozopol."
    assert _acts(analyzer, text) == [("signed", "Sozopol")]


def test_cx60_a_sea_alone_is_still_no_signing_place(analyzer) -> None:  # noqa: ANN001
    text = "The defence pact of Armenia and Bulgaria was signed on Monday aboard a frigate in the Black Sea."
    assert _acts(analyzer, text) == [("signed", None)]


def test_cx60_two_towns_one_after_a_named_kind_of_place_dispute() -> None:
    first = (
        "a",
        "2025-05-13",
        "SOFIA, 13 May 2025 — Armenia and Bulgaria signed a defence pact in Sofia on Monday.",
    )
    later = (
        "b",
        "2025-05-20",
        "The defence pact between Armenia and Bulgaria was signed on 12 May in the Black Sea resort of "
        "Sozopol, where the two ministers were attending a naval exercise.",
    )
    assert ("a", "b", "place") in contradiction_pairs([first, later])
