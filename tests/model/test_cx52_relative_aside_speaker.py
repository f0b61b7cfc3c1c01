"""(cx52) A relative clause set off by commas between a speaker and its speech verb ("Canada, which
sold the vehicles to Saudi Arabia in 2014, said …"): the subject before the clause speaks, not the
last actor inside it. A sentence without such a clause keeps its nearest speaker."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 5, 5)


def _speakers(analyzer, text: str) -> list[object]:  # noqa: ANN001
    return [f.get("speaker") for f in claim_fields(analyzer, text, "statement", _DAY)]


def test_cx52_the_subject_before_a_which_clause_speaks(analyzer) -> None:  # noqa: ANN001
    text = "Canada, which sold the armoured vehicles to Saudi Arabia in 2014, said the licences would stay."
    assert _speakers(analyzer, text) == ["CAN"]


def test_cx52_a_which_clause_with_a_figure_is_one_aside(analyzer) -> None:  # noqa: ANN001
    text = "Italy, which keeps about 1,000 soldiers with the UN force in Lebanon, said the truce was welcome."
    assert _speakers(analyzer, text) == ["ITA"]


def test_cx52_the_subject_before_a_who_clause_speaks(analyzer) -> None:  # noqa: ANN001
    text = "Germany's defence minister, who visited Vilnius on Monday, said the brigade would be ready."
    assert _speakers(analyzer, text) == ["DEU"]


def test_cx52_without_an_aside_the_nearest_speaker_stays(analyzer) -> None:  # noqa: ANN001
    text = "Officials in Vilnius said the German brigade would be ready by 2027."
    assert _speakers(analyzer, text) == ["LTU"]


def test_cx52_an_actor_after_a_preposition_does_not_head_the_clause(analyzer) -> None:  # noqa: ANN001
    text = (
        "Chile's choice of twelve trainers from Brazil, which Santiago confirmed in May after long talks, "
        "says much about the air force budget."
    )
    assert "BRA" not in _speakers(analyzer, text)
