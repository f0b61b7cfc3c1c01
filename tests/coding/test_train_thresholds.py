"""The thresholds training chooses on dev (hand-made sweeps: no model)."""

from __future__ import annotations

from collections.abc import Callable

from geowire.coding.train import choose_model_floor, refine_view_floor


def _sweep(*precisions: float) -> list[tuple[float, dict[str, float]]]:
    return [(round(0.1 * (k + 1), 2), {"precision": p, "recall": 0.5, "f1": 0.5})
            for k, p in enumerate(precisions)]  # fmt: skip


def test_the_model_floor_is_the_lowest_threshold_with_precision_at_least_point_seven() -> None:
    sweep = _sweep(0.5, 0.65, 0.72, 0.69, 0.8)
    assert choose_model_floor(sweep, 0.1, 0.5) == 0.3


def test_the_model_floor_is_never_below_the_store_threshold() -> None:
    assert choose_model_floor(_sweep(0.75, 0.7, 0.8), 0.2, 0.3) == 0.2


def test_the_model_floor_falls_back_to_min_confidence_when_no_threshold_is_precise_enough() -> None:
    assert choose_model_floor(_sweep(0.5, 0.6, 0.69), 0.1, 0.25) == 0.25


def _at(precision: dict[float, float]) -> Callable[[float], dict[str, float]]:
    return lambda t: {"precision": precision[t], "recall": 0.3, "f1": 0.4}


def test_the_view_floor_is_refined_down_while_precision_holds() -> None:
    floor, scored = refine_view_floor(_at({0.54: 0.81, 0.53: 0.8, 0.52: 0.79, 0.51: 0.85}), 0.55, 0.25)
    assert floor == 0.53  # 0.52 falls under 0.8: the walk stops there, 0.51 is never looked at
    assert [t for t, _ in scored] == [0.54, 0.53, 0.52]


def test_the_refined_view_floor_stays_above_the_previous_sweep_step() -> None:
    floor, scored = refine_view_floor(_at({0.54: 0.9, 0.53: 0.9, 0.52: 0.9, 0.51: 0.9}), 0.55, 0.25)
    assert floor == 0.51 and len(scored) == 4


def test_the_view_floor_is_never_refined_below_the_store_threshold() -> None:
    assert refine_view_floor(_at({}), 0.25, 0.25) == (0.25, [])
