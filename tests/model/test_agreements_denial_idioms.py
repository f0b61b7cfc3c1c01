"""A denying word before an agreement denies its signing only when it is the agreement's own
determiner ("No new fisheries pact has been signed"); a "no" or "not" that opens an idiom ("No
sooner", "No wonder", "Not even", "Not only") leaves the signing asserted."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _modalities(analyzer, text: str) -> list[object]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2026, 2, 9)), text)])
    return [c.fields.get("modality") for c in a.claims if c.kind == "agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "No sooner was the pact signed by Chile and Peru than fishermen blocked the ports.",
        "Not even the fisheries pact signed by Chile and Peru on Monday calmed the fishermen.",
        "No wonder the pact was signed by Chile and Peru so quickly, analysts said.",
    ],
)
def test_a_denying_word_that_opens_an_idiom_leaves_the_signing_asserted(analyzer, text: str) -> None:  # noqa: ANN001
    assert _modalities(analyzer, text)[:1] == ["asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "No new fisheries pact has been signed by Chile and Peru.",
        "Not a single fisheries pact has been signed by Chile and Peru.",
    ],
)
def test_a_denying_word_that_heads_the_agreement_still_denies_it(analyzer, text: str) -> None:  # noqa: ANN001
    assert _modalities(analyzer, text) == ["negated"]
