"""The weight of right non-asserted readings in the single-stage fit (``train.NON_ASSERTED_WEIGHT``):
hand-made rows, no corpus."""

from __future__ import annotations

import numpy as np
import pytest

from geowire.coding import train


def test_a_sample_weight_scales_a_rows_pull() -> None:
    # one feature, on in every row; half the rows right: weighing the right rows twice raises its weight
    rows = [[0]] * 4
    y = np.array([1.0, 1.0, 0.0, 0.0])
    plain = train.fit_logistic(rows, y, 1, l2=0.0)
    weighted = train.fit_logistic(rows, y, 1, l2=0.0, sample_weight=np.array([2.0, 2.0, 1.0, 1.0]))
    assert abs(plain[0]) < 0.05
    assert weighted[0] > 0.5  # log 2 ≈ 0.69 at the optimum


def test_the_single_stage_fit_weighs_the_rows_the_memo_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(train, "NON_ASSERTED_WEIGHT", 1.5)
    rows = [[0]] * 4
    y = np.array([1.0, 1.0, 0.0, 0.0])
    marked: train.Memo = {train.NON_ASSERTED_ROWS: np.array([True, True, False, False])}
    plain = train._single_weights(rows, y, 1, 0.0, {})
    weighted = train._single_weights(rows, y, 1, 0.0, marked)
    assert weighted[0] > plain[0] + 0.2
