"""(cx45) A phrasal participle aside ("…, handed over to its navy by Italy in 2021, …"), also after
where the system is held ("the only corvette in Ghana's fleet, …"), describes the system: its agent
gives and the owner named before gets. A denied holding whose only supplier is a maker's adjective
("operates no Soviet-made jets") is no transfer; an asserted one keeps the maker as the supplier."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import transfer_rows

_DAY = dt.date(2024, 11, 5)


def _sides(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    return [r[:2] for r in transfer_rows(analyzer, text, _DAY)]


def test_cx45_a_phrasal_participle_aside_tells_the_handover(analyzer) -> None:  # noqa: ANN001
    text = "The corvette, handed over to Ghana by Spain in 2021, now guards the oil fields."
    assert _sides(analyzer, text) == [("ESP", "GHA")]
    text = "Senegal's only tanker aircraft, handed over to its air force by France in 2019, rarely flies."
    assert _sides(analyzer, text) == [("FRA", "SEN")]
    text = "The only corvette in Ghana's fleet, handed over to its navy by Spain in 2021, guards the coast."
    assert _sides(analyzer, text) == [("ESP", "GHA")]


def test_cx45_a_denied_holding_of_a_make_is_no_transfer(analyzer) -> None:  # noqa: ANN001
    assert _sides(analyzer, "Budapest no longer operates any Soviet-made jets.") == []
    assert _sides(analyzer, "Warsaw now flies no Russian-built helicopters at all.") == []
    # an asserted holding keeps the maker's country as the supplier (nothing else supplies)
    assert _sides(analyzer, "Uganda now flies eight Turkish-built drones.") == [("TUR", "UGA")]
