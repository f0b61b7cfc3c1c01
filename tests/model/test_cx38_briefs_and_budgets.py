"""(cx38) Shapes found on fresh roundups, briefs, corrections and budget reports (corpus part_79),
in the project's own sentences.

Agreements: a currency word between a figure and the noun it qualifies ("a 1.8 billion yen
agreement") gives the value's currency; an issuer before "dollars" that names a smaller state's
dollar ("Brunei dollars") is that currency, not the US one. Transfers: an acquisition told with a
relative clause whose named subject supplies ("bought six boats, which Canberra will deliver")
keeps the relative's subject as supplier."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields, transfer_rows

_DAY = dt.date(2025, 8, 21)


def _values(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    rows = claim_fields(analyzer, text, "agreement", _DAY)
    return [(f.get("value"), f.get("value_currency")) for f in rows]


def test_cx38_a_currency_word_before_the_noun_it_prices(analyzer) -> None:  # noqa: ANN001
    text = "Laos and Japan on Monday signed a 1.8 billion yen agreement for coastal radars."
    assert _values(analyzer, text) == [(1.8e9, "JPY")]
    text = "Kenya and South Africa signed a 300 million rand contract for armoured vehicles on Friday."
    assert _values(analyzer, text) == [(3e8, "ZAR")]
    # a figure that counts the agreement's goods gives no value
    text = "Laos and Japan on Monday signed an agreement for 12 coastal radars."
    assert _values(analyzer, text) == [(None, None)]


def test_cx38_a_small_states_dollars(analyzer) -> None:  # noqa: ANN001
    text = "Brunei signed a contract with Singapore for training aircraft worth 95 million Brunei dollars."
    assert _values(analyzer, text) == [(9.5e7, "BND")]
    # plain dollars stay US dollars
    text = "Brunei signed a contract with Singapore for training aircraft worth 95 million dollars."
    assert _values(analyzer, text) == [(9.5e7, "USD")]


def test_cx38_a_relative_clause_names_the_seller(analyzer) -> None:  # noqa: ANN001
    text = "Vanuatu's parliament approved the purchase of two patrol boats, which Canberra will deliver soon."
    assert [r[:2] for r in transfer_rows(analyzer, text, _DAY)] == [("AUS", "VUT")]
    text = "Ecuador's congress approved buying six Black Hawks, which Washington will deliver next year."
    assert [r[:2] for r in transfer_rows(analyzer, text, _DAY)] == [("USA", "ECU")]
    # a relative clause whose verb is another acquisition names another buyer, not a seller
    text = "Vanuatu bought two patrol boats from Australia, which Fiji also received last year."
    assert ("AUS", "VUT") in [r[:2] for r in transfer_rows(analyzer, text, _DAY)]
