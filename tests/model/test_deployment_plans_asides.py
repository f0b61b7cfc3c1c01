"""Deployments on fresh text (issue 13): a plan denied is no denial of forces already there, and a
year in a relative clause about something else does not date the forces."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _deployments(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 4)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "deployment"]


@pytest.mark.parametrize(
    "text",
    [
        "Norway has no plans to station troops in Finland, its defence minister said.",
        "Portugal will not send soldiers to Slovakia, Lisbon said on Friday.",
        "Belgium does not intend to deploy 200 paratroopers in Lithuania.",
    ],
)
def test_deployment_a_denied_plan_makes_no_denial_of_present_forces(analyzer, text: str) -> None:  # noqa: ANN001
    assert not [d for d in _deployments(analyzer, text) if d.get("negated")]


def test_deployment_a_denial_of_forces_there_stays_a_denial(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Portugal has not sent any soldiers to Slovakia, Lisbon said.")
    assert (d["country"], d["host"], d.get("negated")) == ("PRT", "SVK", True)


def test_deployment_a_put_off_arrival_stays_a_plan(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "The 600 Czech soldiers will not reach Slovakia until October.")
    assert (d["country"], d["host"], d.get("modality"), d.get("negated")) == ("CZE", "SVK", "future", None)
    assert d["date"].startswith("2025-10")


def test_deployment_year_of_an_aside_about_the_sender_is_not_the_forces(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Greece, which chaired the talks in 2018, sent 150 soldiers to Bulgaria.")
    assert (d["country"], d["host"], d["personnel"]) == ("GRC", "BGR", 150.0)
    assert "date" not in d


def test_deployment_year_of_an_aside_does_not_date_a_denial(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(
        analyzer, "Austria, which joined the training mission in 2016, has no troops in Kosovo."
    )
    assert (d["country"], d.get("negated")) == ("AUT", True)
    assert "date" not in d


def test_deployment_an_aside_about_the_forces_dates_them(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "The 400 Dutch marines, which The Hague sent to Lithuania in 2021, remain.")
    assert (d["country"], d["host"], d["date"]) == ("NLD", "LTU", "2021-01-01")
