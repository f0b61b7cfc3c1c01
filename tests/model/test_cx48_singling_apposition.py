"""(cx48) An apposition that singles the thing out (", the only one the navy operates,") restates which
system is meant; its verb ("operates") is no step of a system outside it, which keeps the step of
its own relative clause ("that Spain delivered to Ghana in 2021": a delivery of 2021). A system
inside such an apposition still takes the apposition's verb."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 9, 3)


def _rows(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return [
        (f.get("supplier"), f.get("recipient"), f.get("status"), f.get("date"))
        for f in claim_fields(analyzer, text, "transfer", _DAY)
        if f.get("status")
    ]


def test_cx48_a_singling_apposition_is_no_step(analyzer) -> None:  # noqa: ANN001
    text = (
        "The C-295 transport plane that Spain delivered to Ghana in 2021, the only one its air force "
        "flies, carried relief supplies to the north on Monday."
    )
    assert _rows(analyzer, text) == [("ESP", "GHA", "delivered", "2021-01-01")]
    text = (
        "The offshore patrol vessel that Japan handed over to Palau in 2019, the sole warship the "
        "islands operate, rescued six fishermen on Sunday."
    )
    assert _rows(analyzer, text) == [("JPN", "PLW", "delivered", "2019-01-01")]


def test_cx48_counter_examples(analyzer) -> None:  # noqa: ANN001
    # no apposition: the relative's step as before
    text = "The C-295 transport plane that Spain delivered to Ghana in 2021 carried relief supplies on Monday"
    assert _rows(analyzer, text) == [("ESP", "GHA", "delivered", "2021-01-01")]
    # a system inside the apposition takes its verb
    text = "Chile, the only air force in the region that flies the F-16, held a drill on Monday."
    assert [r[:3] for r in _rows(analyzer, text)] == [("USA", "CHL", "operated-by")]
