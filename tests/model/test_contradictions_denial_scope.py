"""What a denial covers when it is compared with a delivery (issue 13, deliverable 5): a denial
keeps the day of the act it denies, and one whose day was dropped as the denial's own (see
test_denial_dates.py) covers the week before it; a denial of "the remaining" items contradicts a
delivery of the same number only when that delivery's own clause says it completes its order."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_deployments, build_transfers

_LEX = model_lexicon(load_language("en"))
_COMPLETING = _LEX.transfers.completing
_WORDS = {"completing": _COMPLETING, "clause_break": _LEX.transfers.clause_break}


def _transfer(
    cid: str, doc: str, published: str, sentence: str = "", cue: str = "", **fields: object
) -> StoredClaim:
    base = {"supplier": "ESP", "recipient": "PER", "system": "Hisham", "status": "delivered"}
    at = sentence.find(cue) if cue else -1
    spans = {"status": (at, at + len(cue))} if at >= 0 else {}
    return StoredClaim(id=cid, doc_id=doc, kind="transfer", sentence_index=0, start=0, end=len(sentence),
                       fields={**base, **fields}, field_spans=spans, sentence=sentence or "some words",
                       published=dt.date.fromisoformat(published))  # fmt: skip


def _deployment(cid: str, doc: str, published: str, **fields: object) -> StoredClaim:
    return StoredClaim(id=cid, doc_id=doc, kind="deployment", sentence_index=0, start=0, end=10,
                       fields={"country": "CAN", "host": "LVA", **fields}, field_spans={},
                       published=dt.date.fromisoformat(published), sentence="some words")  # fmt: skip


def _fields(claims: list[StoredClaim]) -> set[str]:
    return {x.field for x in build_transfers(claims, figures=_LEX.figures, **_WORDS)[1]}


def _day(iso: str) -> dict[str, object]:
    return {"date": iso, "date_precision": "day"}


def test_denial_scope_a_denial_whose_day_was_dropped_covers_the_week_before_it() -> None:
    # "the ministry denied on Friday (6 June) that any boats had been handed over": the extraction
    # drops the day of the denial (transfers.speech_date), so the denial covers 2 June too
    done = _transfer("a", "d1", "2025-06-03", quantity=4, **_day("2025-06-02"))
    denial = _transfer("b", "d2", "2025-06-07", negated=True)
    assert _fields([done, denial]) == {"status"}


def test_denial_scope_a_denied_act_keeps_its_own_day_in_the_week_of_its_report() -> None:
    # "the boats were not handed over on Monday as planned" (report on Wednesday) against "Spain
    # handed the boats over on Tuesday": Monday is the day of the act that did not happen, and a
    # handover the next day does not contradict it (issue 13 review, point 2)
    denial = _transfer("a", "d1", "2025-06-04", negated=True, **_day("2025-06-02"))
    done = _transfer("b", "d2", "2025-06-04", **_day("2025-06-03"))
    assert _fields([denial, done]) == set()


def test_denial_scope_a_denied_deployment_keeps_its_own_day_in_the_week_of_its_report() -> None:
    # "no Canadian soldiers were sent to Latvia on Monday" and "arrived in Latvia on Tuesday"
    denial = _deployment("a", "d1", "2025-06-04", negated=True, **_day("2025-06-02"))
    there = _deployment("b", "d2", "2025-06-04", personnel=300.0, **_day("2025-06-03"))
    assert {x.field for x in build_deployments([denial, there], figures=_LEX.figures)[1]} == set()


def test_denial_scope_a_denial_of_an_act_on_a_day_long_past_keeps_its_day() -> None:
    # "did not hand over any boats on 2 May", told in a July report, says nothing of 2 June
    done = _transfer("a", "d1", "2025-06-03", quantity=4, **_day("2025-06-02"))
    denial = _transfer("b", "d2", "2025-07-20", negated=True, **_day("2025-05-02"))
    assert _fields([done, denial]) == set()


def test_denial_scope_an_asserted_delivery_keeps_the_day_of_its_report() -> None:
    # four boats handed over on 2 June and four on 9 June, each in the week of its report: each
    # keeps its own day, so the same four are dated twice (a date dispute) and no status is denied
    first = _transfer("a", "d1", "2025-06-03", quantity=4, **_day("2025-06-02"))
    second = _transfer("b", "d2", "2025-06-10", quantity=4, **_day("2025-06-09"))
    assert _fields([first, second]) == {"date"}


def test_denial_scope_the_remaining_items_beside_a_first_half_of_the_same_size() -> None:
    # "Peru has taken two of the boats" and, days later, "Spain has not yet handed over the
    # remaining two": two halves of one order
    half = _transfer("a", "d1", "2025-03-10", "Peru has taken two of the boats from Spain.", quantity=2)
    rest = _transfer("b", "d2", "2025-03-12", quantity=2, negated=True, quantity_partial=True)
    assert _fields([half, rest]) == set()


def test_denial_scope_the_last_items_denied_against_a_delivery_that_completes_the_order() -> None:
    said = "Spain handed over two boats, completing the order."
    last = _transfer("a", "d1", "2025-03-10", said, quantity=2)
    rest = _transfer("b", "d2", "2025-03-12", quantity=2, negated=True, quantity_partial=True)
    assert _fields([last, rest]) == {"status"}


def test_denial_scope_without_a_completing_cue_no_delivery_completes_its_order() -> None:
    # build_transfers given no `completing` pattern means what the lexicon without one would:
    # no delivery is known to be the last batch, so a denial of the rest stands beside it
    last = _transfer(
        "a", "d1", "2025-03-10", "Spain handed over two boats, completing the order.", quantity=2
    )
    rest = _transfer("b", "d2", "2025-03-12", quantity=2, negated=True, quantity_partial=True)
    assert build_transfers([last, rest], figures=_LEX.figures)[1] == []


def test_denial_scope_completing_is_read_in_the_delivery_s_own_clause() -> None:
    rest = _transfer("b", "d2", "2025-03-12", quantity=2, negated=True, quantity_partial=True)
    said = "Spain handed over two boats; Italy is completing its order for frigates."
    other = _transfer("a", "d1", "2025-03-10", said, "handed over", quantity=2)
    assert _fields([other, rest]) == set()  # another clause's order
    said = "Spain handed over two boats, completing the order signed in 2021."
    own = _transfer("a", "d1", "2025-03-10", said, "handed over", quantity=2)
    assert _fields([own, rest]) == {"status"}


@pytest.mark.parametrize(
    "text",
    [
        "the training was over after the crews completed their training",
        "Peru has completed payment for the boats",
        "the boats carried the last of the crew",
        "the yard is completing the first phase of the contract",
        "Lima received the first two of its eight boats",
    ],
)
def test_denial_scope_what_does_not_complete_an_order(text: str) -> None:
    assert not _COMPLETING.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lima received the last of its eight boats",
        "six jets arrived, completing a purchase agreed in 2022",
        "with these two boats the order is now complete",
        "the handover marks the completion of the contract",
        "two boats arrived, fulfilling the order",
        "Spain handed over the final two of the six boats",
    ],
)
def test_denial_scope_what_completes_an_order(text: str) -> None:
    assert _COMPLETING.search(text)
