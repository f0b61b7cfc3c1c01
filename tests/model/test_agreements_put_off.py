"""An agreement whose signing is put off by an active verb ("have postponed the signing of") is not
signed, as its passive twin ("the signing … has been postponed") already was not; a verb that puts
off something else leaves the signing asserted."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _agreements(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 10, 6)), text)])
    return [(c.fields["parties"], c.fields["modality"]) for c in a.claims if c.kind == "agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "Angola and Namibia have postponed the signing of the water-sharing treaty until the spring.",
        "Angola and Namibia put off signing the water-sharing treaty after a dispute over the river.",
        "Angola and Namibia shelved plans to sign the water-sharing treaty.",
    ],
)
def test_an_active_verb_that_puts_the_signing_off_negates_it(analyzer, text: str) -> None:  # noqa: ANN001
    assert _agreements(analyzer, text) == [(["AGO", "NAM"], "negated")]


def test_a_verb_that_puts_off_something_else_leaves_the_signing_asserted(analyzer) -> None:  # noqa: ANN001
    text = "Angola cancelled the old lease and signed a water-sharing treaty with Namibia."
    assert _agreements(analyzer, text) == [(["AGO", "NAM"], "asserted")]


@pytest.mark.parametrize(
    "text",
    [
        "The long-delayed signing of the water treaty between Angola and Namibia took place on Monday.",
        "The postponed signing of the water-sharing treaty between Angola and Namibia finally took place.",
    ],
)
def test_an_adjective_of_delay_leaves_a_signing_that_happened_asserted(analyzer, text: str) -> None:  # noqa: ANN001
    assert _agreements(analyzer, text) == [(["AGO", "NAM"], "asserted")]
