"""What a denial covers when it is compared with a delivery (issue 13, deliverable 5): the day a
denial was made dates no act of its own, and a denial of "the remaining" items contradicts a
delivery of the same number only when that delivery is said to complete its order."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_transfers

_LEX = model_lexicon(load_language("en"))
_COMPLETING = _LEX.transfers.completing


def _transfer(cid: str, doc: str, published: str, sentence: str = "", **fields: object) -> StoredClaim:
    base = {"supplier": "ESP", "recipient": "PER", "system": "Hisham", "status": "delivered"}
    return StoredClaim(id=cid, doc_id=doc, kind="transfer", sentence_index=0, start=0, end=10,
                       fields={**base, **fields}, field_spans={}, published=dt.date.fromisoformat(published),
                       sentence=sentence or "some words")  # fmt: skip


def _fields(claims: list[StoredClaim]) -> set[str]:
    return {x.field for x in build_transfers(claims, figures=_LEX.figures, completing=_COMPLETING)[1]}


def _day(iso: str) -> dict[str, object]:
    return {"date": iso, "date_precision": "day"}


def test_denial_scope_the_day_a_denial_was_made_does_not_date_the_denied_act() -> None:
    # "delivered four patrol boats on 2 June" against "the ministry denied on Friday (6 June)
    # that any boats had been handed over": the denial covers 2 June too
    done = _transfer("a", "d1", "2025-06-03", quantity=4, **_day("2025-06-02"))
    denial = _transfer("b", "d2", "2025-06-07", negated=True, **_day("2025-06-06"))
    assert _fields([done, denial]) == {"status"}


def test_denial_scope_a_denial_of_an_act_on_a_day_long_past_keeps_its_day() -> None:
    # "did not hand over any boats on 2 May", told in a July report, says nothing of 2 June
    done = _transfer("a", "d1", "2025-06-03", quantity=4, **_day("2025-06-02"))
    denial = _transfer("b", "d2", "2025-07-20", negated=True, **_day("2025-05-02"))
    assert _fields([done, denial]) == set()


def test_denial_scope_an_asserted_delivery_keeps_the_day_of_its_report() -> None:
    # two deliveries on days a week apart are two acts, even when one is the report's day
    first = _transfer("a", "d1", "2025-06-03", quantity=4, **_day("2025-06-02"))
    second = _transfer("b", "d2", "2025-06-10", quantity=4, **_day("2025-06-09"))
    assert "status" not in _fields([first, second])


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


def test_denial_scope_the_lexicon_names_what_completes_an_order() -> None:
    assert _COMPLETING.search("Lima received the last of its eight boats")
    assert _COMPLETING.search("six jets arrived, completing a purchase agreed in 2022")
    assert not _COMPLETING.search("Lima received the first two of its eight boats")
