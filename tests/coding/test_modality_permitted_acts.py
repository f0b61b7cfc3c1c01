"""An act a verb of permission or causation lets happen is in the scope of a request for that
permission (issue 11): requested when the permission is requested, done when it was given."""

from __future__ import annotations

import pytest

from .conftest import candidate_events, find


@pytest.mark.parametrize(("text", "category", "actor", "modality"), [
    ("Kenya called on Uganda to let Rwanda join the trade pact.", "AGREE", "RWA", "hypothetical"),
    ("Ghana urged Togo to free the traders and allow Benin to sign the accord.", "AGREE", "BEN",
     "hypothetical"),
])  # fmt: skip
def test_a_permitted_act_takes_the_permission_s_modality(candidates, text: str, category: str,  # noqa: ANN001
                                                         actor: str, modality: str) -> None:  # fmt: skip
    found = find(candidate_events(candidates(text)), category, actor=actor)
    assert found and all(e.modality == modality for e in found), [(e.category, e.modality) for e in found]


def test_an_act_let_happen_is_done(candidates) -> None:  # noqa: ANN001
    found = find(candidate_events(candidates("Uganda let Rwanda join the trade pact in May.")), "AGREE",
                 actor="RWA")  # fmt: skip
    assert found and all(e.modality == "asserted" for e in found)
