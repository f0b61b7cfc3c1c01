"""Deployment phrasings from the fresh part_48 articles (issue 13), on sentences of our own: a
bound that is no denial, a drawdown, a host referred to, a reduced relative, a relief unit, the
dates of other clauses, a possessive force and a total after a change."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _deployments(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 11)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "deployment"]


def test_no_more_than_is_a_bound_not_a_denial(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Sweden has no more than 400 soldiers in Latvia, the ministry said.")
    assert (d["country"], d["host"], d["personnel"], d["personnel_qualifier"]) == (
        "SWE",
        "LVA",
        400.0,
        "no-more-than",
    )
    assert not d.get("negated")


def test_a_drawdown_to_a_figure_is_a_deployment(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Belgium will draw down its force in Niger to about 120 soldiers.")
    assert (d["country"], d["host"], d["personnel"], d.get("modality")) == ("BEL", "NER", 120.0, "future")


def test_a_participle_after_the_forces_is_not_their_verb(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(
        analyzer, "The 200 Czech soldiers serving in Slovakia arrived there in mid-March, officials said."
    )
    assert (d["country"], d["host"], d.get("measure")) == ("CZE", "SVK", "arrival")


def test_a_fresh_battalion_is_a_part_of_the_force(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Austria has sent a fresh battalion of 300 soldiers to Bosnia.")
    assert d["personnel"] == 300.0 and d.get("personnel_partial")


def test_the_day_of_a_closing_report_clause_does_not_date_the_force(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(
        analyzer,
        "Kenya has kept about 600 police officers in Haiti since 2024, a Kenyan official said on Monday.",
    )
    assert (d["country"], d["host"], d.get("date")) == ("KEN", "HTI", None)


def test_a_relative_clause_with_its_own_subject_does_not_date_the_force(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(
        analyzer,
        "Some 900 Egyptian soldiers are deployed in Somalia, guarding the port that Cairo leased last year.",
    )
    assert (d["country"], d["host"], d.get("date")) == ("EGY", "SOM", None)


def test_a_possessive_force_takes_its_size(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Russia's contingent in Syria numbers about 4,000.")
    assert (d["country"], d["host"], d["personnel"]) == ("RUS", "SYR", 4000.0)


def test_a_change_that_brings_a_force_to_a_size(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Denmark raised its contingent in Latvia to 700 this spring.")
    assert (d["country"], d["host"], d["personnel"]) == ("DNK", "LVA", 700.0)


def test_the_allied_force_is_no_countrys_total(analyzer) -> None:  # noqa: ANN001
    assert not [
        d
        for d in _deployments(
            analyzer, "The arrival of 200 Dutch marines takes the allied force in Lithuania to 3,000."
        )
        if d.get("personnel") == 3000.0
    ]


def test_a_denied_presence_on_its_soil(analyzer) -> None:  # noqa: ANN001
    ds = _deployments(
        analyzer,
        "BAMAKO — Mali's government denied on Friday that any Turkish soldiers were stationed on its soil.",
    )
    assert [(d["country"], d.get("negated")) for d in ds] == [("TUR", True)]
