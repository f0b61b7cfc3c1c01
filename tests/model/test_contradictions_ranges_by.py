"""A change "by N to M" is no range (review of cx3's ranges): "raised by 12 to 35" against 31 is
still a different count."""

from __future__ import annotations

from tests.model.test_contradictions_cx3 import _counted, _quantity_disputed


def test_records_a_change_by_one_figure_to_another_is_no_range() -> None:
    grown = _counted("b", "d2", "Chile raised the M109 howitzers it sent Peru by 12 to 35.", "35", 35)
    exact = _counted("a", "d1", "Chile handed 31 M109 howitzers to Peru.", "31", 31)
    assert _quantity_disputed(exact, grown)
