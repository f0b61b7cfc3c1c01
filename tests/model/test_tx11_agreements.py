"""An agreement that "remains unsigned" or "was left unsigned" is a denied signing (issue 13, `tx11`),
so that a report of its signing contradicts it; an unsigned draft before its noun denies nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _agreements(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2026, 4, 14)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "The water-sharing pact between Laos and Cambodia remains unsigned, officials in Vientiane said.",
        "The fisheries accord between Ecuador and Colombia was left unsigned after the summit.",
    ],
)
def test_agreement_that_remains_unsigned_is_a_denied_signing(analyzer, text: str) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, text)
    assert (a["action"], a["modality"]) == ("signed", "negated")
    assert len(set(a["parties"])) == 2  # type: ignore[arg-type]


def test_agreement_an_unsigned_draft_denies_no_signing(analyzer) -> None:  # noqa: ANN001
    found = _agreements(
        analyzer, "Laos and Cambodia signed the water-sharing pact on Monday, replacing an unsigned draft."
    )
    assert found and all(a.get("modality") != "negated" for a in found)


def test_agreement_a_later_signing_sentence_dates_the_signing(analyzer) -> None:  # noqa: ANN001
    found = _agreements(
        analyzer,
        "Laos and Cambodia signed a water-sharing pact, officials said. "
        "The signing took place in Vientiane on 3 March.",
    )
    assert found and all(a.get("date") == "2026-03-03" for a in found)
