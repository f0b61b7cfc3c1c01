"""(cx43) A withdrawal of a part of a force ("will pull 2,500 of its troops out of Japan") tells the
part that leaves, not the force there: no deployment of the 2,500. The whole force withdrawn, or
a part with the force's size ("400 of its 1,200 soldiers"), still gives the size there."""

from __future__ import annotations

from tests.model.helpers import deployment_rows


def test_cx43_a_part_withdrawn_is_no_force_there() -> None:
    text = "Australia will withdraw 2,500 of its troops from Japan next spring."
    rows = deployment_rows({"a": text}, "2025-03-01")
    assert all(p != 2500 for *_, p in rows.get("a", []))


def test_cx43_the_force_beside_the_part_still_counts() -> None:
    text = "Australia will withdraw 400 of its 1,200 soldiers from Japan by the end of the year."
    rows = deployment_rows({"a": text}, "2025-03-01")
    assert ("AUS", "JPN", 1200) in rows["a"]
