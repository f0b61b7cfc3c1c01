"""The PLOVER table in data/plover.yaml: 16 categories, quads, mode-specific scores."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from geowire.coding.scores import PloverTable, load_plover
from geowire.types import PLOVER_CATEGORIES, QUAD_CLASS


def test_scores_table_has_the_sixteen_categories_with_their_quads() -> None:
    table = load_plover()
    assert set(table.categories) == set(PLOVER_CATEGORIES)
    assert all(table.quad(c) == QUAD_CLASS[c] for c in PLOVER_CATEGORIES)


def test_scores_mode_score_used_when_known() -> None:
    table = load_plover()
    assert table.score("ASSAULT") == -9
    assert table.score("ASSAULT", "unconventional") == -10
    assert table.score("CONSULT", "visit") == 4
    assert table.score("AID", "no-such-mode") == 10


def test_scores_conflict_categories_score_below_zero() -> None:
    table = load_plover()
    for cat in PLOVER_CATEGORIES:
        if QUAD_CLASS[cat] in (3, 4) and cat != "REQUEST":
            assert table.score(cat) < 0, cat
            assert all(v < 0 for v in table.categories[cat].modes.values()), cat


def test_scores_table_rejects_a_wrong_quad() -> None:
    data = load_plover().model_dump()
    data["categories"]["AID"]["quad"] = 3
    with pytest.raises(ValidationError):
        PloverTable.model_validate(data)
