"""(cx41) A past participle right after its system with no date of its own ("four patrol boats
built in Spain" after "voted on Friday") is dated by nothing: the date before the system is the
main verb's, not the participle's (``rules_forces._participle_own_date``). A step told by the main
verb itself keeps the clause's date."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import stepped_transfers

_DAY = dt.date(2025, 9, 12)


def _dates(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    return [(f.get("status"), f.get("date")) for f in stepped_transfers(analyzer, text, _DAY)]


def test_cx41_a_participle_without_a_date_is_undated(analyzer) -> None:  # noqa: ANN001
    text = (
        "Senegal's assembly on Wednesday voted money for the upkeep of three Piranha vehicles "
        "bought from Switzerland."
    )
    assert _dates(analyzer, text) == [("delivered", None)]


def test_cx41_a_participle_with_its_own_date_keeps_it(analyzer) -> None:  # noqa: ANN001
    text = (
        "Senegal's assembly on Wednesday voted money for the upkeep of three Piranha vehicles "
        "bought from Switzerland in 2019."
    )
    assert _dates(analyzer, text) == [("delivered", "2019-01-01")]


def test_cx41_the_main_verb_keeps_the_clause_date(analyzer) -> None:  # noqa: ANN001
    text = "Senegal on Wednesday received three Piranha vehicles from Switzerland."
    assert _dates(analyzer, text) == [("delivered", "2025-09-10")]
