"""Where a situation is ("the crisis in X", "the war in northern X") is the topic of a statement or a
meeting about it, not where that happened; a physical event keeps such a place."""

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


def _coded(analyzer, text: str) -> list[tuple[str, str | None]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 9)), text)])
    return [(e.category, e.place.name if e.place else None) for e in a.events]


def test_a_meeting_about_a_war_is_not_placed_where_the_war_is(analyzer) -> None:  # noqa: ANN001
    coded = _coded(analyzer, "Kenya's president met Ethiopia's prime minister to discuss the war in Sudan.")
    assert coded and all(place != "Sudan" for _, place in coded)


def test_a_condemnation_of_the_crisis_is_not_placed_in_it(analyzer) -> None:  # noqa: ANN001
    coded = _coded(analyzer, "France criticised Russia over the crisis in northern Mali on Tuesday.")
    assert coded and all(place != "Mali" for _, place in coded)


def test_a_meeting_held_in_a_city_is_still_placed_there(analyzer) -> None:  # noqa: ANN001
    coded = _coded(analyzer, "Kenya's president met the Ethiopian prime minister in Nairobi on Monday.")
    assert ("MEET", "Nairobi") in coded or any(place == "Nairobi" for _, place in coded)
