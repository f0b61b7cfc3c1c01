"""Where the people who report are is not where the event happened: "…, officials in Nairobi said"
gives the event no place; officials met in a city (no reporting verb after it) are placed there."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    from geowire.pipeline import Analyzer
    from geowire.settings import Settings

    return Analyzer(Settings(coder="rules"))


def _places(analyzer, text: str) -> list[str | None]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="p", published=dt.date(2025, 6, 9)), text)])
    return [e.place.name if e.place else None for e in a.events]


def test_the_city_of_the_reporting_officials_is_no_place_of_the_event(analyzer) -> None:  # noqa: ANN001
    places = _places(analyzer, "Kenyan troops shelled rebel positions, military officials in Nairobi said.")
    assert places and "Nairobi" not in places


def test_officials_met_in_a_city_are_placed_there(analyzer) -> None:  # noqa: ANN001
    assert "Nairobi" in _places(analyzer, "Somalia's president met Kenyan officials in Nairobi on Monday.")
