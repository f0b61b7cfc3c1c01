"""Contradictions on fresh text (issue 13, helper ``cx7``, corpus part_31): a batch a transfer has
only once ("the first six", "the remaining nine") is one batch whatever step each report tells of
it, so two different counts of it contradict — even when one report denies its delivery; batches
that differ ("the first six", "the remaining nine") or a plain figure of a denial stay apart. A
whole force said to have left a host in a month contradicts a later report, within two months,
that it is still there; a treaty said to have expired on a past date contradicts an extension
before that date."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.build import _transfer_words
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_agreement, build_deployments, build_transfers, once_batch

_LEX = model_lexicon(load_language("en"))


def _told(cid: str, text: str, day: int, count: str, quantity: float, **fields: object) -> StoredClaim:
    """A claim of Spain's NH90 helicopters for Morocco told by ``text`` (the whole article),
    published on ``day`` of October 2025, whose figure is the word ``count``."""
    at, sys_at = text.index(count), text.index("NH90")
    base = {
        "supplier": "ESP",
        "recipient": "MAR",
        "system": "NH90",
        "system_name": "NH90 helicopters",
        "quantity": quantity,
        "quantity_text": count,
        "quantity_partial": True,
    }
    spans = {"quantity": [at, at + len(count)], "system": [sys_at, sys_at + 4]}
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="transfer", sentence_index=0, start=0, end=len(text),
                       fields={**base, **fields}, field_spans=spans, published=dt.date(2025, 10, day),
                       sentence=text, doc_text=text)  # fmt: skip


def _quantity_disputes(*claims: StoredClaim) -> int:
    found = build_transfers(list(claims), figures=_LEX.figures, **_transfer_words(_LEX))[1]
    return sum(x.field == "quantity" for x in found)


_PLAN = "Spain will hand over the remaining six NH90 helicopters to Morocco this year."
_WAIT = "Morocco has yet to receive the remaining nine NH90 helicopters from Spain."


def test_fresh7_the_batch_word_before_a_figure_is_read_only_when_it_happens_once() -> None:
    assert once_batch(_told("a", _PLAN, 7, "six", 6.0, status="planned"), _LEX.figures) == "remaining"
    again = _told("b", "Spain sent another six NH90 helicopters to Morocco.", 7, "six", 6.0,
                  status="delivered")  # fmt: skip
    assert once_batch(again, _LEX.figures) is None


def test_fresh7_two_counts_of_the_remaining_batch_contradict_across_a_plan_and_a_denial() -> None:
    plan = _told("a", _PLAN, 7, "six", 6.0, status="planned")
    wait = _told("b", _WAIT, 9, "nine", 9.0, status="delivered", negated=True)
    assert _quantity_disputes(plan, wait) == 1


def test_fresh7_one_count_of_the_remaining_batch_agrees_across_steps() -> None:
    plan = _told("a", _PLAN, 7, "six", 6.0, status="planned")
    wait = _told("b", _WAIT.replace("nine", "six"), 9, "six", 6.0, status="delivered", negated=True)
    assert _quantity_disputes(plan, wait) == 0


def test_fresh7_the_first_batch_and_the_remaining_one_are_two_batches() -> None:
    first = _told("a", "Spain delivered the first six NH90 helicopters to Morocco.", 7, "six", 6.0,
                  status="delivered")  # fmt: skip
    rest = _told("b", _WAIT, 9, "nine", 9.0, status="delivered", negated=True)
    assert _quantity_disputes(first, rest) == 0


def test_fresh7_a_denial_with_a_plain_figure_is_not_a_count_of_a_batch() -> None:
    plan = _told("a", "Spain will hand over six NH90 helicopters to Morocco.", 7, "six", 6.0,
                 status="planned")  # fmt: skip
    denial = _told("b", "Spain has not delivered nine NH90 helicopters to Morocco.", 9, "nine", 9.0,
                   status="delivered", negated=True)  # fmt: skip
    assert _quantity_disputes(plan, denial) == 0


# --- a whole force said to have left, and said to stay ------------------------------------------

_LEFT = "Italy withdrew all of its 300 soldiers from Niger in April, Rome said."


def _force(cid: str, text: str, published: dt.date, count: str, **fields: object) -> StoredClaim:
    """A deployment claim of Italian forces in Niger told by ``text`` (the whole article)."""
    at = text.index(count)
    base = {"country": "ITA", "host": "NER", "personnel": 300.0, "personnel_text": count}
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="deployment", sentence_index=0, start=0,
                       end=len(text), fields={**base, **fields},
                       field_spans={"personnel": [at, at + len(count)]}, published=published,
                       sentence=text, doc_text=text)  # fmt: skip


def _presence_disputes(*claims: StoredClaim) -> int:
    found = build_deployments(list(claims), figures=_LEX.figures, withdraw=_LEX.deployments.withdraw,
                              whole_force=_LEX.deployments.whole_force)[1]  # fmt: skip
    return sum(x.field == "status" for x in found)


_STAY = "About 300 Italian soldiers are still stationed in Niger, an army colonel said."


def test_fresh7_a_force_still_there_after_its_whole_withdrawal_contradicts_it() -> None:
    left = _force("a", _LEFT, dt.date(2025, 5, 20), "300", date="2025-04-01", date_precision="month")
    stay = _force("b", _STAY, dt.date(2025, 5, 23), "300")
    assert _presence_disputes(left, stay) == 1


def test_fresh7_a_force_there_before_it_left_or_a_part_withdrawn_is_no_dispute() -> None:
    left = _force("a", _LEFT, dt.date(2025, 5, 20), "300", date="2025-04-01", date_precision="month")
    before = _force("b", _STAY, dt.date(2025, 3, 10), "300")
    assert _presence_disputes(left, before) == 0
    part = _force("c", _LEFT.replace("all of its ", ""), dt.date(2025, 5, 20), "300",
                  date="2025-04-01", date_precision="month")  # fmt: skip
    assert _presence_disputes(part, _force("d", _STAY, dt.date(2025, 5, 23), "300")) == 0


# --- a treaty said to have expired, and said to have been extended before it ---------------------


def _treaty(cid: str, published: dt.date, action: str, date: str, precision: str) -> StoredClaim:
    fields = {"kind": "treaty", "name": "treaty", "parties": ["ARM", "GEO"], "action": action,
              "date": date, "date_precision": precision}  # fmt: skip
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="agreement", sentence_index=0, start=0, end=10,
                       fields=fields, field_spans={"action": [0, 4]}, published=published,
                       sentence="some words")  # fmt: skip


def _lapse_disputes(*claims: StoredClaim) -> int:
    return sum(
        x.field == "status"
        for x in build_agreement(list(claims), dt.date(2026, 1, 1), figures=_LEX.figures)[1]
    )


def test_fresh7_an_expiry_already_past_contradicts_an_extension_before_it() -> None:
    gone = _treaty("a", dt.date(2025, 2, 18), "expires", "2025-02-01", "day")
    kept = _treaty("b", dt.date(2025, 2, 20), "extended", "2025-01-01", "month")
    assert _lapse_disputes(gone, kept) == 1


def test_fresh7_a_term_ending_later_or_a_pact_revived_after_it_lapsed_is_no_dispute() -> None:
    ahead = _treaty("a", dt.date(2025, 2, 18), "expires", "2026-02-01", "day")
    kept = _treaty("b", dt.date(2025, 2, 20), "extended", "2025-01-01", "month")
    assert _lapse_disputes(ahead, kept) == 0
    gone = _treaty("c", dt.date(2025, 2, 18), "expires", "2025-02-01", "day")
    revived = _treaty("d", dt.date(2025, 4, 2), "extended", "2025-03-01", "month")
    assert _lapse_disputes(gone, revived) == 0
