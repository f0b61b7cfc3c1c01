"""Talks that end "without a signature" or "without signing" deny the signing (issue 13): the
agreement claim is a signing, negated, so that a report of the signing contradicts it."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _agreements(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 9, 12)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "agreement"]


def test_talks_that_end_without_a_signature_deny_the_signing(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(
        analyzer, "Talks between Chile and Peru on a fisheries pact ended without a signature."
    )
    assert (a["action"], a["modality"]) == ("signed", "negated")
    assert {"CHL", "PER"} <= set(a["parties"])  # type: ignore[arg-type]


def test_ending_talks_without_signing_denies_the_signing(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(
        analyzer, "Chile and Peru ended their talks on Friday without signing the border accord."
    )
    assert (a["action"], a["modality"]) == ("signed", "negated")


def test_a_plain_signing_stays_asserted(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, "Chile and Peru signed the border accord in Lima on Friday.")
    assert (a["action"], a.get("modality", "asserted")) == ("signed", "asserted")


def test_nothing_signed_denies_the_signing(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(
        analyzer, "Chile and Peru kept talking about a fisheries pact, but nothing has been signed."
    )
    assert (a["action"], a["modality"]) == ("signed", "negated")


def test_whether_or_not_it_was_signed_asserts_and_denies_nothing(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(
        analyzer,
        "Whether or not a fisheries pact was signed in Lima, Chile and Peru still need rules at sea.",
    )
    assert (a["action"], a["modality"]) == ("signed", "hypothetical")


def test_a_postponed_signing_denies_the_signing(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(
        analyzer, "The signing of the border accord between Chile and Peru was postponed on Friday."
    )
    assert (a["action"], a["modality"]) == ("signed", "negated")


def test_signatures_put_to_an_accord_sign_it_and_a_countrys_adjective_is_no_place(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(
        analyzer,
        "Chilean and Peruvian ministers put their signatures to a border accord in the Chilean capital.",
    )
    assert (a["action"], a.get("modality", "asserted")) == ("signed", "asserted")
    assert a.get("place") is None
