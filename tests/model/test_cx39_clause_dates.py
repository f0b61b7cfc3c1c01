"""(cx39) Dates that belong to a clause of their own, in the project's own sentences.

A past participle right after its system ("six drones bought from Turkey in 2023") keeps the date
of its own phrase, not the date of the main verb the phrase hangs from ("approved funds on
Monday"). A date at the end of a "since" clause after a denial ("has not delivered any since the
deal was signed in 2021") starts the period the denial covers, so the denial is set against a
delivery made within it — unless the denial was published before that delivery."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import contradiction_pairs, stepped_transfers

_DAY = dt.date(2025, 3, 5)


def _dates(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    return [(f.get("status"), f.get("date")) for f in stepped_transfers(analyzer, text, _DAY)]


def test_cx39_a_participle_keeps_its_own_date(analyzer) -> None:  # noqa: ANN001
    text = "Kenya's senate on Monday approved funds for six Bayraktar drones bought from Turkey in 2023."
    assert _dates(analyzer, text) == [("delivered", "2023-01-01")]
    text = (
        "Ghana's parliament on Thursday passed a budget covering the second payment for four Super "
        "Tucano aircraft ordered from Brazil last year."
    )
    assert _dates(analyzer, text) == [("ordered", "2024-01-01")]
    # (cx41) a participle with no date of its own takes none of the clause's
    text = "Kenya's senate on Monday approved funds for six Bayraktar drones bought from Turkey."
    assert _dates(analyzer, text) == [("delivered", None)]


def test_cx39_a_since_clause_starts_the_denials_period(analyzer) -> None:  # noqa: ANN001
    text = (
        "Moscow has not delivered any of the Mi-8 helicopters to Kyrgyzstan "
        "since the deal was signed in 2021."
    )
    (f,) = stepped_transfers(analyzer, text, _DAY)
    assert (f.get("negated"), f.get("date"), f.get("since")) == (True, None, "2021-01-01")
    # a date in the cue's own clause stays its date
    text = "Moscow did not deliver any Mi-8 helicopters to Kyrgyzstan in 2021."
    (f,) = stepped_transfers(analyzer, text, _DAY)
    assert (f.get("date"), f.get("since")) == ("2021-01-01", None)


_DENIAL = (
    "Moscow has not delivered any of the Mi-8 helicopters to Kyrgyzstan since the deal was signed in 2021."
)
_DELIVERY = "Moscow delivered three Mi-8 helicopters to Kyrgyzstan in 2023, the first of ten ordered in 2021."


def test_cx39_a_denial_since_a_signing_against_a_delivery_after_it() -> None:
    pairs = contradiction_pairs([("a", "2024-09-02", _DENIAL), ("b", "2024-12-01", _DELIVERY)])
    assert pairs == {("a", "b", "status")}
    # a denial published before the delivery was made is compatible with it
    pairs = contradiction_pairs([("a", "2022-09-02", _DENIAL), ("b", "2024-12-01", _DELIVERY)])
    assert pairs == set()


_BUDGET = (
    "ACCRA, 5 March 2025 — Ghana's parliament on Thursday passed a budget covering the second "
    "payment for four Super Tucano aircraft ordered from Brazil last year."
)


def test_cx39_a_payment_for_an_order_counts_the_whole_order() -> None:
    other = "Ghana ordered six Super Tucano aircraft from Brazil in 2024."
    pairs = contradiction_pairs([("a", "2025-03-05", _BUDGET), ("b", "2025-06-01", other)])
    assert pairs == {("a", "b", "quantity")}
    # "the first four of" still counts a part of the order
    other = "Ghana received the first four of six Super Tucano aircraft ordered from Brazil in 2024."
    pairs = contradiction_pairs([("a", "2025-03-05", _BUDGET), ("b", "2025-06-01", other)])
    assert ("a", "b", "quantity") not in pairs
