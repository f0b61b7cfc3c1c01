"""The place where a meeting, a deal or a statement happened is no party of it ("met in Rabat",
"signed at Lisbon"): only a physical act done in a place is aimed at it, and a visit's place is
its host. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _parties(cands, category: str) -> set[str | None]:  # noqa: ANN001
    return {p.code for e, _ in cands if e.category == category for p in (*e.actors, *e.recipients)}


def test_conj_meeting_place_is_no_party(candidates) -> None:  # noqa: ANN001
    cands = candidates("The two envoys met in Rabat on Friday to discuss fishing rights off Senegal.")
    assert "MAR" not in _parties(cands, "CONSULT")


def test_conj_strike_in_a_place_still_hits_it(candidates) -> None:  # noqa: ANN001
    cands = candidates("Ethiopian jets bombed several depots in Asmara on Sunday.")
    assert "ERI" in _parties(cands, "ASSAULT")
