"""(cx44) A roadmap two governments sign is an agreement, as a signed plan is ("signed a five-year
space cooperation roadmap"); a roadmap no one signs ("published a roadmap for buying tanks") is not."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 3, 6)


def test_cx44_a_signed_roadmap_is_an_agreement(analyzer) -> None:  # noqa: ANN001
    text = "Japan and Australia signed a five-year space cooperation roadmap in Canberra on Tuesday."
    (f,) = claim_fields(analyzer, text, "agreement", _DAY)
    assert sorted(f["parties"]) == ["AUS", "JPN"]
    assert f["action"] == "signed"
    assert f.get("duration_years") == 5


def test_cx44_an_unsigned_roadmap_is_none(analyzer) -> None:  # noqa: ANN001
    text = "Chile's ministry published a roadmap for buying new frigates by 2030."
    assert claim_fields(analyzer, text, "agreement", _DAY) == []
