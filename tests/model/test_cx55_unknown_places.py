"""(cx55) A town, base or port the gazetteer does not know loses no record: forces stationed at or
arrived in such a place are hosted by the country the article tells (its dateline, the country it
names), forces sent to "the east of the country" by the country the article names, and a system
built abroad that reached such a port was delivered to the country named before it; an owner's
ship that reached one was not."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 5, 6)


def _deployments(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    return sorted((f.get("country"), f.get("host")) for f in claim_fields(analyzer, text, "deployment", _DAY))


def _deliveries(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    return sorted(
        (f.get("supplier"), f.get("recipient"))
        for f in claim_fields(analyzer, text, "transfer", _DAY)
        if f.get("status") == "delivered"
    )


def test_cx55_forces_at_an_unknown_base_take_the_named_country(analyzer) -> None:  # noqa: ANN001
    text = (
        "Lithuania's army welcomed the rotation on Monday. Roughly 900 Norwegian troops are now based "
        "at Varrosk, officials added."
    )
    assert _deployments(analyzer, text) == [("NOR", "LTU")]


def test_cx55_forces_arrived_in_an_unknown_town_of_the_dateline(analyzer) -> None:  # noqa: ANN001
    text = "GABORONE, 5 May 2025 — Around 300 Zambian soldiers arrived in Keltsowe on Sunday for the drill."
    assert _deployments(analyzer, text) == [("ZMB", "BWA")]


def test_cx55_forces_sent_to_a_part_of_the_country(analyzer) -> None:  # noqa: ANN001
    text = "Sweden will send 250 soldiers to the north of the country, Finland's defence chief said."
    assert _deployments(analyzer, text) == [("SWE", "FIN")]


def test_cx55_a_system_built_abroad_reached_an_unknown_port(analyzer) -> None:  # noqa: ANN001
    text = (
        "Ghana has been rebuilding its coastal fleet. Four patrol boats built in Germany reached "
        "Ostrela harbour last week, the navy said."
    )
    assert _deliveries(analyzer, text) == [("DEU", "GHA")]


def test_cx55_an_owners_ship_at_an_unknown_port_is_no_delivery(analyzer) -> None:  # noqa: ANN001
    text = "Two Chinese destroyers reached Ostrela on Friday for a port call."
    assert _deliveries(analyzer, text) == []
