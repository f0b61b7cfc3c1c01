"""(cx48) "The Emirates" names the United Arab Emirates (an alias in the knowledge base, its key
without the article like every name's), so a transfer it buys has its recipient; the airline named
after the country ("an Emirates flight", "Emirates Airline") stays no actor (`not_actors.yaml`)."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import transfer_rows

from geowire.types import DocContext

_DAY = dt.date(2025, 6, 2)


def _countries(analyzer, text: str) -> list[object]:  # noqa: ANN001
    (prepared,) = analyzer.prepare([(DocContext(doc_id="e1", published=_DAY), text)])
    return [m.code for m in prepared.mentions if m.kind == "country"]


def test_cx48_the_emirates_buys(analyzer) -> None:  # noqa: ANN001
    text = "The Emirates has ordered four more NASAMS batteries from Norway."
    assert [r[:2] for r in transfer_rows(analyzer, text, _DAY)] == [("NOR", "ARE")]
    assert _countries(analyzer, "Norway signed the contract with the Emirates on Monday.") == ["NOR", "ARE"]


def test_cx48_the_airline_is_no_actor(analyzer) -> None:  # noqa: ANN001
    assert _countries(analyzer, "An Emirates flight landed in Oslo on Monday.") == ["NOR"]
    assert "ARE" not in _countries(analyzer, "Emirates Airline has ordered ten more wide-body jets.")
