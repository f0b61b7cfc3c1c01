"""The form that ships is chosen by the training script's written rule (issue 11): the highest dev
F1 at the store threshold among the forms whose view floor reaches precision 0.8 on dev, the
precision at the view floor among near-equals (hand-made figures: no model)."""

from __future__ import annotations

from geowire.coding.train import F1_SLACK, FORM, Form, FormOnDev, choose_form


def _on(f1: float, view_precision: float = 0.82, *, precise: bool = True) -> FormOnDev:
    return FormOnDev(0.25, 0.55, f1, view_precision, 0.2, precise)


def test_flr_the_highest_dev_f1_ships() -> None:
    on_dev = {Form.GATED_CHOICE: _on(0.496), Form.STACKED: _on(0.517), Form.TWOFACTOR: _on(0.503)}
    assert choose_form(on_dev) == Form.STACKED


def test_flr_a_form_whose_view_floor_is_not_precise_cannot_ship() -> None:
    on_dev = {Form.GATED_CHOICE: _on(0.496), Form.STACKED: _on(0.517, 0.7, precise=False)}
    assert choose_form(on_dev) == Form.GATED_CHOICE
    # none precise: the F1 alone
    assert choose_form({f: _on(m.f1, 0.7, precise=False) for f, m in on_dev.items()}) == Form.STACKED


def test_flr_near_equals_go_by_precision_at_the_view_floor() -> None:
    close = 0.5 - F1_SLACK / 2
    on_dev = {Form.STACKED: _on(0.5, 0.81), Form.TWOFACTOR: _on(close, 0.86)}
    assert choose_form(on_dev) == Form.TWOFACTOR


def test_flr_exact_ties_keep_the_form_shipped_before() -> None:
    on_dev = {f: _on(0.5) for f in Form}
    assert choose_form(on_dev) == FORM
