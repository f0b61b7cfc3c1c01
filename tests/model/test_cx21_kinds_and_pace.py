"""(cx21) Two general readings from a fresh plain-prose writer (part_63).

A treaty in one report is an agreement, accord or deal in another: the two generic kinds of the
lexicon (``agreements.generic``) group as one agreement of the same parties, so their signing dates
are compared; the older guards still keep apart two such agreements on other topics, or whose one
act is months apart. A specific kind ("a mutual defence pact") is the generic agreement another
report describes by one of its qualifying words ("the defence agreement"), not one described by
other words ("the trade agreement"). An agreement told as new ("have not yet signed the new security
agreement", ``agreements.fresh``) is not one the same parties signed in an earlier year.

A noun cue whose pace a sentence asks to change ("urged Lisbon to speed up deliveries of …",
"pressed for faster shipments of …", ``transfers.paced_before``) tells what someone wants, not a
step that happened: no delivery is read from it."""

from __future__ import annotations

import datetime as dt
from functools import cache

from tests.model.helpers import contradiction_pairs, transfer_rows

_DOCS = [
    ("kinds-a", "2025-09-03",
     "MONTEVIDEO, 2 September 2025 — Uruguay and Paraguay signed a treaty on Tuesday that fixes their "
     "river boundary, officials said."),
    ("kinds-b", "2025-10-20",
     "The river accord that Uruguay and Paraguay signed on 26 August 2025 still needs ratification."),
    ("same-a", "2025-09-03",
     "MONTEVIDEO, 2 September 2025 — Chile and Bolivia signed a treaty on Tuesday that fixes their "
     "river boundary, officials said."),
    ("same-b", "2025-10-20",
     "The river accord that Chile and Bolivia signed in September 2025 still needs ratification."),
    ("pact-a", "2025-06-11", "Ghana and Togo signed a mutual defence pact in Accra on 10 June."),
    ("pact-b", "2025-06-13", "The defence agreement Togo and Ghana signed in Lomé on 10 June."),
    ("trade-a", "2025-06-11", "Benin and Niger signed a mutual defence pact in Cotonou on 10 June."),
    ("trade-b", "2025-06-13", "The trade agreement Niger and Benin signed in Niamey on 10 June."),
    ("new-a", "2019-05-02", "Mali and Niger signed a security treaty in April 2019."),
    ("new-b", "2025-06-13", "Mali and Niger have not yet signed the new security agreement, officials said."),
    ("old-a", "2019-05-02", "Chad and Sudan signed a security treaty in April 2019."),
    ("old-b", "2019-05-20", "Chad and Sudan have not signed any security agreement, officials said."),
    ("apart-a", "2023-03-15", "Ecuador and Peru signed a border treaty in March 2023."),
    ("apart-b", "2025-06-20", "Ecuador and Peru signed a fisheries agreement in June 2025."),
]  # fmt: skip


@cache
def _found() -> frozenset[tuple[str, str, str]]:
    return contradiction_pairs(_DOCS)


def _pairs(prefix: str) -> set[tuple[str, str, str]]:
    return {x for x in _found() if x[0].startswith(prefix)}


def test_cx21_a_treaty_and_an_accord_of_the_same_parties_are_one_agreement() -> None:
    assert {x[:2] for x in _pairs("kinds-")} == {("kinds-a", "kinds-b")}


def test_cx21_a_defence_pact_is_the_defence_agreement_of_the_same_parties() -> None:
    assert ("pact-a", "pact-b", "place") in _found()


def test_cx21_a_defence_pact_is_not_a_trade_agreement() -> None:
    assert not _pairs("trade-")


def test_cx21_the_new_agreement_not_yet_signed_is_not_the_older_treaty() -> None:
    assert not _pairs("new-")


def test_cx21_a_denial_without_new_still_meets_the_treaty() -> None:
    assert ("old-a", "old-b", "status") in _found()


def test_cx21_a_day_inside_the_other_reports_month_is_no_dispute() -> None:
    assert not _pairs("same-")


def test_cx21_two_agreements_on_other_topics_years_apart_stay_two() -> None:
    assert not _pairs("apart-")


_DAY = dt.date(2025, 5, 14)


def test_cx21_a_pace_asked_for_is_no_delivery(analyzer) -> None:  # noqa: ANN001
    for text in (
        "Estonia urged Finland to speed up deliveries of K9 howitzers, the defence minister said.",
        "Latvia has asked Norway to accelerate the remaining deliveries of NASAMS launchers.",
        "Lithuania pressed Germany for faster shipments of Leopard 2 tanks, officials said.",
    ):
        assert not [r for r in transfer_rows(analyzer, text, _DAY) if r[3] == "delivered"], text


def test_cx21_a_delivery_told_beside_a_pace_is_still_read(analyzer) -> None:  # noqa: ANN001
    rows = transfer_rows(analyzer, "Finland delivered ten K9 howitzers to Estonia in April.", _DAY)
    assert ("FIN", "EST", 10, "delivered") in rows
    text = "Deliveries of NASAMS launchers from Norway to Latvia began in March."
    rows = transfer_rows(analyzer, text, _DAY)
    assert any(r[:2] == ("NOR", "LVA") for r in rows)
