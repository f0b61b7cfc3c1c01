"""(cx53) A cleft that stresses the place and the date of an act ("It was in Quito, on 4 June,
that …") gives both to the act, in either order; a cleft whose own clause ends before the act
("It was in Quito that the idea was born, and …") places nothing."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 9, 3)


def _agreement(analyzer, text: str) -> tuple[object, object]:  # noqa: ANN001
    (f,) = claim_fields(analyzer, text, "agreement", _DAY)
    return f.get("place"), f.get("date")


def test_cx53_cleft_place_then_date(analyzer) -> None:  # noqa: ANN001
    text = "It was in Quito, on 4 June, that the foreign ministers of Peru and Chile signed a border accord."
    assert _agreement(analyzer, text) == ("Quito", "2025-06-04")


def test_cx53_cleft_date_then_place(analyzer) -> None:  # noqa: ANN001
    text = "It was on 4 June, in Quito, that Peru and Chile signed a border accord."
    assert _agreement(analyzer, text) == ("Quito", "2025-06-04")


def test_cx53_cleft_place_alone(analyzer) -> None:  # noqa: ANN001
    text = "It was in Quito that Peru and Chile signed a border accord in June."
    assert _agreement(analyzer, text) == ("Quito", "2025-06-01")


def test_cx53_a_cleft_of_another_clause_places_nothing(analyzer) -> None:  # noqa: ANN001
    # counter-example: the cleft's own verb ("was born") ends its clause
    text = "It was in Quito that the plan was born, and Peru and Chile signed a border accord."
    assert _agreement(analyzer, text)[0] is None
