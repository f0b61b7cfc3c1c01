"""A country named right after the signing is where it was signed ("signed … in Vietnam"), a part of
one too ("in northern Vietnam": Vietnam); neither is a party. A country after a clause of its own
("to station troops in X", "tanks built in X") places something else."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _agreements(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 3, 14)), text)])
    return [(c.fields["parties"], c.fields.get("place")) for c in a.claims if c.kind == "agreement"]


@pytest.mark.parametrize("where", ["in Tanzania", "in northern Tanzania", "in the western Tanzania"])
def test_a_country_after_the_signing_is_its_place_not_a_party(analyzer, where: str) -> None:  # noqa: ANN001
    text = f"Rwanda and Burundi signed a border security accord {where} on Wednesday."
    assert _agreements(analyzer, text) == [(["BDI", "RWA"], "Tanzania")]


def test_a_country_after_a_clause_of_its_own_is_no_signing_place(analyzer) -> None:  # noqa: ANN001
    text = "Sweden and Latvia signed an accord to base Swedish patrol aircraft in Latvia."
    assert _agreements(analyzer, text) == [(["LVA", "SWE"], None)]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo signed an agreement on investment in Benin.",
        "Ghana signed a defence agreement with Togo, whose troops serve in Benin.",
    ],
)
def test_a_country_after_a_topic_or_another_clause_is_no_signing_place(analyzer, text: str) -> None:  # noqa: ANN001
    assert [place for _parties, place in _agreements(analyzer, text)] == [None]


def test_a_capital_named_like_a_large_city_of_another_country_has_no_home() -> None:
    from geowire.model.build import place_names

    homes = place_names().homes
    assert (homes.get("tripoli"), homes.get("kingston"), homes.get("warsaw"), homes.get("lima")) == (
        None,
        None,
        "POL",
        "PER",
    )
