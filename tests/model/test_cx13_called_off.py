"""A denial the contradictions need, read past an aside (issue 13, helper ``cx13``): a signing
called off or postponed after an aside about it ("The signing of the pact …, set for early May, was
postponed") is no signing, while a signing that took place after such an aside still is."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _claims(analyzer, text: str, kind: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 5, 20)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == kind]


def test_cx13_a_signing_postponed_after_an_aside_is_no_signing(analyzer) -> None:  # noqa: ANN001
    text = "The signing of the fisheries pact between Ghana and Togo, set for early May, was postponed."
    (a,) = _claims(analyzer, text, "agreement")
    assert (a["action"], a["modality"]) == ("signed", "negated")


def test_cx13_a_signing_held_after_an_aside_stays_a_signing(analyzer) -> None:  # noqa: ANN001
    text = (
        "The signing of the fisheries pact between Ghana and Togo, twice delayed, took place in Accra"
        " on 2 May."
    )
    (a,) = _claims(analyzer, text, "agreement")
    assert (a["action"], a["modality"]) == ("signed", "asserted")
