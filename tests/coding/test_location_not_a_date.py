"""A stated location is never a noun phrase that opens with a date: the parser reads "In 2021 Chile
and Peru signed …" as "In [2021 Chile and Peru]" (lead, fourteenth session, from a new-user trial)."""

from __future__ import annotations

import pytest

from geowire.pipeline import Analyzer
from geowire.settings import Settings
from geowire.types import DocContext

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(Settings())


def _locations(analyzer: Analyzer, text: str) -> set[str | None]:
    (result,) = analyzer.analyse([(DocContext("loc1", None), text)])
    assert result.events
    return {e.location for e in result.events}


def test_a_year_after_in_is_no_location(analyzer: Analyzer) -> None:
    assert _locations(analyzer, "In 2021 Chile and Peru signed a fisheries pact.") == {None}


def test_a_place_after_in_still_is(analyzer: Analyzer) -> None:
    assert "Lima" in _locations(analyzer, "Chile and Peru signed a fisheries pact in Lima in 2021.")
