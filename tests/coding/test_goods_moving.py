"""Goods or money moving are no party travelling (issue 11): "its copper exports go to China" is a
trade flow, not a visit by the exporter; a delegation or a leader going somewhere still is one."""

from __future__ import annotations

import pytest

from .conftest import candidate_events, find


@pytest.mark.parametrize("text", [
    "Most of Chile's copper exports go to China.",
    "Angola's crude goes mainly to refiners in India.",
    "The bulk of the Japanese loans went to Kenya last year.",
    "Ghana's cocoa exports went to the Netherlands in March.",
])  # fmt: skip
def test_goods_moving_are_no_visit(candidates, text: str) -> None:  # noqa: ANN001
    events = candidate_events(candidates(text))
    assert not find(events, "CONSULT"), "a trade flow read as a visit"


@pytest.mark.parametrize(("text", "actor"), [
    ("Chile's foreign minister went to China in May.", "CHL"),
    ("A Peruvian delegation travelled to Norway on Monday.", "PER"),
    ("Most of the Kenyan ministers came to Tokyo for the summit.", "KEN"),
])  # fmt: skip
def test_people_moving_still_visit(candidates, text: str, actor: str) -> None:  # noqa: ANN001
    assert find(candidate_events(candidates(text)), "CONSULT", actor=actor)
