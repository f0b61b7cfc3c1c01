"""(cx60) An extension verb whose object is a favour granted, not the agreement: "a privilege
Muscat has so far extended to very few navies" (part 91) made the signing told in the same
sentence an extension, and a signing and an extension are not compared for their place. The
favour heads an object relative before the verb, or is the verb's object ("renewed its offer of
…"); an agreement so extended stays an extension. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

MAY = dt.date(2025, 5, 20)


def _actions(analyzer, text: str) -> list[object]:  # noqa: ANN001
    return [f.get("action") for f in claim_fields(analyzer, text, "agreement", MAY)]


def test_cx60_a_favour_extended_is_no_extension(analyzer) -> None:  # noqa: ANN001
    text = (
        "Signed at the port of Sohar on 3 May, the agreement with Oman gives Spanish ships access to the "
        "port, a privilege Muscat has so far extended to few navies."
    )
    assert _actions(analyzer, text) == ["signed"]


def test_cx60_an_offer_renewed_is_no_extension(analyzer) -> None:  # noqa: ANN001
    text = "Under the 2019 naval agreement, Oman renewed its offer of port access to Spain on Monday."
    assert "extended" not in _actions(analyzer, text)


def test_cx60_an_agreement_a_capital_extended_still_is(analyzer) -> None:  # noqa: ANN001
    text = "Spain and Oman signed a naval pact in 2015, and the pact Muscat extended in 2020 lapsed."
    assert "extended" in _actions(analyzer, text)
