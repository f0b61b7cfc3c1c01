"""(cx39) Speakers named by a role, in the project's own sentences.

"its high commissioner said" speaks for the country the possessive stands for, as "its ambassador
said" does; "according to the coast guard's commander" takes its country from the article, as "according
to the navy commander" does. A bare "Officers say …" is an unnamed voice (FORMAT's "diplomats in
Beirut say"): no statement, while "Kenyan officers say …" names its country."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 8, 25)


def _speakers(analyzer, text: str) -> list[object]:  # noqa: ANN001
    return [f.get("speaker") for f in claim_fields(analyzer, text, "statement", _DAY)]


def test_cx39_a_high_commissioner_speaks_for_the_possessor(analyzer) -> None:  # noqa: ANN001
    text = (
        "NAIROBI, 25 August 2025 — Britain will train 300 Kenyan soldiers next "
        "year, its high commissioner said."
    )
    assert _speakers(analyzer, text) == ["GBR"]


def test_cx39_a_possessed_role_after_according_to(analyzer) -> None:  # noqa: ANN001
    text = (
        "Kenya bought six Bayraktar drones from Turkey in 2023. The last two drones arrive in 2026, "
        "according to the coast guard's commander."
    )
    assert _speakers(analyzer, text) == ["KEN"]
    # an analyst of a think tank is no official: no statement
    text = (
        "Kenya bought six Bayraktar drones from Turkey in 2023. The last two drones arrive in 2026, "
        "according to the think tank's analyst."
    )
    assert _speakers(analyzer, text) == []


def test_cx39_bare_officers_are_an_unnamed_voice(analyzer) -> None:  # noqa: ANN001
    text = (
        "Kenya bought six Bayraktar drones from Turkey in 2023. Officers say "
        "the drones can stay aloft for a day."
    )
    assert _speakers(analyzer, text) == []
    # a nationality names the officers' country
    text = (
        "Kenya bought six Bayraktar drones from Turkey in 2023. Kenyan "
        "officers say the drones can stay aloft for a day."
    )
    assert _speakers(analyzer, text) == ["KEN"]
