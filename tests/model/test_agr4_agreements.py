"""Agreements on fresh text (issue 13, helper ``agr4``): one state's accession or withdrawal has that
state as its one party; mediators, hosts, guarantors, depositaries and the organisations a state
joins are no parties; the city an agreement is named after gives no party; "agreed to a ceasefire"
makes one; the month "May" is no modal."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model

_PUBLISHED = dt.date(2025, 9, 12)  # a Friday


def _agreements(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=_PUBLISHED), text)])
    return [c.fields for c in a.claims if c.kind == "agreement"]


def test_agr4_an_accession_has_the_acceding_state_as_its_one_party(analyzer) -> None:  # noqa: ANN001
    (f,) = _agreements(
        analyzer, "Mongolia acceded on Friday to the Arms Trade Treaty, leaving China and Russia outside it."
    )
    assert (f["action"], f["parties"]) == ("ratified", ["MNG"])


def test_agr4_a_withdrawal_has_the_leaving_state_as_its_one_party(analyzer) -> None:  # noqa: ANN001
    found = _agreements(
        analyzer,
        "Estonia's withdrawal from the Convention on Cluster Munitions was condemned by Norway and Ireland.",
    )
    assert [f["parties"] for f in found] == [["EST"]]


def test_agr4_mediators_and_guarantors_are_no_parties(analyzer) -> None:  # noqa: ANN001
    (f,) = _agreements(
        analyzer, "Chad and Sudan signed a border accord on Friday after talks mediated by Qatar and Egypt."
    )
    assert f["parties"] == ["SDN", "TCD"]
    (g,) = _agreements(
        analyzer,
        "Armenia and Georgia signed a transit pact on Monday, with France and Italy acting as guarantors.",
    )
    assert g["parties"] == ["ARM", "GEO"]


def test_agr4_the_city_an_agreement_is_named_after_is_no_party(analyzer) -> None:  # noqa: ANN001
    found = _agreements(
        analyzer,
        "Peru's congress ratified the Paris Agreement on Tuesday, years after its envoy signed the accord.",
    )
    assert {tuple(f["parties"]) for f in found} == {("PER",)}


def test_agr4_agreed_to_a_ceasefire_is_one_made(analyzer) -> None:  # noqa: ANN001
    (f,) = _agreements(analyzer, "Ecuador and Peru agreed to an immediate ceasefire on Monday.")
    assert (f["action"], f["modality"], f["parties"]) == ("signed", "asserted", ["ECU", "PER"])


def test_agr4_the_month_may_is_no_modal(analyzer) -> None:  # noqa: ANN001
    found = _agreements(
        analyzer, "The water pact between Chile and Peru was signed in May 2023 and ratified last year."
    )
    assert {(f["action"], f["modality"]) for f in found} == {("signed", "asserted"), ("ratified", "asserted")}
