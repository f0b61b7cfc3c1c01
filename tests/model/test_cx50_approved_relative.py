"""(cx50) A denied delivery of a system followed by a relative clause whose sale a named state
approved, with a date of its own ("… has not received the radars, whose sale Paris cleared in
2022"): the denial, undated, and the approval of that date. An undated approval clause tells nothing
of when it came and adds no claim, as with an undated ordering relative."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 10, 1)


def _steps(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return sorted(
        (f.get("status"), bool(f.get("negated")), f.get("supplier"), f.get("recipient"), f.get("date"))
        for f in claim_fields(analyzer, text, "transfer", _DAY)
    )


def test_cx50_a_denied_delivery_beside_a_dated_approval(analyzer) -> None:  # noqa: ANN001
    text = "Morocco is still waiting for the Caesar howitzers, whose sale Paris cleared in 2022."
    assert _steps(analyzer, text) == [
        ("approved", False, "FRA", "MAR", "2022-01-01"),
        ("delivered", True, "FRA", "MAR", None),
    ]


def test_cx50_an_undated_approval_relative_adds_nothing(analyzer) -> None:  # noqa: ANN001
    text = "Morocco is still waiting for the Caesar howitzers, whose sale Paris cleared."
    assert [s[:2] for s in _steps(analyzer, text)] == [("delivered", True)]
