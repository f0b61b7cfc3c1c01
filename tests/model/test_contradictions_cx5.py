"""Contradictions on fresh text (issue 13, helper ``cx5``, corpus part_28): one force said to
come in two different months, or denied weeks after it was sent; an agreement denied by a cue
before its long description ("No … treaty has been signed") or by a party backing out of its
signing; a running count and the same count grown — each beside the compatible case that must
stay quiet."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.lang import load_language
from geowire.model.build import _transfer_words
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_deployments, build_transfers
from geowire.types import DocContext

_LEX = model_lexicon(load_language("en"))


def _force(cid: str, day: str, precision: str, **more: object) -> StoredClaim:
    """Five hundred Danish soldiers in Cyprus, dated ``day`` to ``precision``."""
    fields = {"country": "DNK", "host": "CYP", "personnel": 500.0, "personnel_text": "500 soldiers",
              "date": day, "date_precision": precision, **more}  # fmt: skip
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="deployment", sentence_index=0, start=0, end=10,
                       fields=fields, field_spans={}, published=dt.date(2025, 8, 20),
                       sentence="some words")  # fmt: skip


def _date_disputes(*claims: StoredClaim) -> int:
    _records, found = build_deployments(list(claims), figures=_LEX.figures)
    return sum(x.field == "date" for x in found)


def test_cx5_one_force_sent_in_two_different_months_is_a_date_dispute() -> None:
    sent = _force("a", "2025-06-01", "month")  # "sent 500 soldiers to Cyprus in June"
    came = _force("b", "2025-04-01", "month", measure="arrival")  # "the 500 soldiers arrived in April"
    assert _date_disputes(sent, came) == 1


def test_cx5_a_month_and_a_day_inside_it_agree() -> None:
    assert _date_disputes(_force("a", "2025-06-01", "month"), _force("b", "2025-06-17", "day")) == 0


def test_cx5_a_force_counted_there_in_a_month_is_no_arrival_date() -> None:
    sent = _force("a", "2025-06-01", "month")
    there = _force("b", "2025-04-01", "month", measure="presence")  # "500 were stationed there in April"
    assert _date_disputes(sent, there) == 0


def test_cx5_a_planned_month_may_slip_and_is_not_compared() -> None:
    sent = _force("a", "2025-06-01", "month")
    plan = _force("b", "2025-04-01", "month", modality="future")  # "will send 500 soldiers in April"
    assert _date_disputes(sent, plan) == 0


def test_cx5_forces_of_different_sizes_in_two_months_are_two_contingents() -> None:
    other = _force("b", "2025-04-01", "month", personnel=200.0, personnel_text="200 soldiers")
    assert _date_disputes(_force("a", "2025-06-01", "month"), other) == 0


# --- an agreement denied before its verb: a long description, a party backing out ---------------


def _modalities(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 11, 3)), text)])
    return [(c.fields["parties"], c.fields.get("modality")) for c in a.claims if c.kind == "agreement"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "No river navigation treaty has been signed by Laos and Cambodia, diplomats said.",
        "No new border pact was signed between Laos and Cambodia.",
        "Cambodia backed out of signing the river navigation treaty with Laos.",
        "Laos pulled out of signing the river navigation treaty with Cambodia on Monday.",
        "Cambodia walked away from signing the river navigation treaty with Laos.",
    ],
)
def test_cx5_a_denial_before_the_agreement_or_a_party_backing_out_is_no_signing(
    analyzer,  # noqa: ANN001
    text: str,
) -> None:
    assert _modalities(analyzer, text) == [(["KHM", "LAO"], "negated")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Laos did not object and a river treaty was signed with Cambodia in Vientiane.",
        "Not long after the floods, the river navigation treaty was signed by Laos and Cambodia.",
        "Laos, which pulled out of the talks last year, signed the river treaty with Cambodia.",
    ],
)
def test_cx5_a_denial_of_something_else_leaves_the_signing_asserted(analyzer, text: str) -> None:  # noqa: ANN001
    assert _modalities(analyzer, text) == [(["KHM", "LAO"], "asserted")]


# --- a count told while its period still ran, and the same count told later ---------------------


def _count(cid: str, n: float, day: str, precision: str, published: dt.date) -> StoredClaim:
    """Spain's deliveries of ``n`` Pizarro vehicles to Chile, dated ``day`` to ``precision``."""
    fields = {"supplier": "ESP", "recipient": "CHL", "status": "delivered", "system": "Pizarro",
              "system_name": "Pizarro vehicles", "quantity": n, "quantity_text": f"{n:g}",
              "date": day, "date_precision": precision}  # fmt: skip
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="transfer", sentence_index=0, start=0, end=10,
                       fields=fields, field_spans={}, published=published, sentence="some words")  # fmt: skip


def _quantity_disputes(*claims: StoredClaim) -> int:
    _records, found = build_transfers(list(claims), figures=_LEX.figures, **_transfer_words(_LEX))
    return sum(x.field == "quantity" for x in found)


def test_cx5_a_count_so_far_this_year_and_a_larger_one_months_later_agree() -> None:
    so_far = _count("a", 9, "2024-01-01", "year", dt.date(2024, 4, 10))  # "nine so far this year"
    later = _count("b", 25, "2024-01-01", "year", dt.date(2024, 11, 28))  # "25 this year"
    assert _quantity_disputes(so_far, later) == 0


def test_cx5_a_smaller_count_told_later_still_disputes_the_running_one() -> None:
    so_far = _count("a", 25, "2024-01-01", "year", dt.date(2024, 4, 10))
    later = _count("b", 9, "2024-01-01", "year", dt.date(2024, 11, 28))
    assert _quantity_disputes(so_far, later) == 1


def test_cx5_two_counts_of_a_month_already_over_still_dispute() -> None:
    first = _count("a", 9, "2024-03-01", "month", dt.date(2024, 4, 10))  # "nine in March"
    second = _count("b", 25, "2024-03-01", "month", dt.date(2024, 11, 28))  # "25 in March"
    assert _quantity_disputes(first, second) == 1


def test_cx5_a_running_count_and_a_larger_one_told_days_later_dispute() -> None:
    so_far = _count("a", 9, "2024-01-01", "year", dt.date(2024, 4, 10))
    soon = _count("b", 25, "2024-01-01", "year", dt.date(2024, 4, 13))
    assert _quantity_disputes(so_far, soon) == 1


# --- a force sent in one month and denied in a report weeks later --------------------------------


def _status_disputes(*claims: StoredClaim) -> int:
    _records, found = build_deployments(list(claims), figures=_LEX.figures)
    return sum(x.field == "status" for x in found)


def _denial(cid: str, published: dt.date) -> StoredClaim:
    """ "No Danish soldiers have been sent to Cyprus", undated, told on ``published``."""
    fields = {"country": "DNK", "host": "CYP", "negated": True}
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="deployment", sentence_index=0, start=0, end=10,
                       fields=fields, field_spans={}, published=published, sentence="some words")  # fmt: skip


def test_cx5_a_force_sent_in_june_and_denied_in_july_is_a_status_dispute() -> None:
    sent = _force("a", "2025-06-01", "month")  # published 20 August: "sent 500 soldiers in June"
    assert _status_disputes(sent, _denial("b", dt.date(2025, 7, 15))) == 1


def test_cx5_a_denial_long_after_the_sending_may_follow_a_withdrawal() -> None:
    sent = _force("a", "2025-06-01", "month")
    assert _status_disputes(sent, _denial("b", dt.date(2025, 11, 20))) == 0


def test_cx5_a_denial_told_before_the_sending_is_compatible() -> None:
    sent = _force("a", "2025-06-01", "month")
    assert _status_disputes(sent, _denial("b", dt.date(2025, 5, 10))) == 0


def test_cx5_a_force_counted_there_in_a_month_is_not_read_as_sent_then() -> None:
    there = _force("a", "2025-03-01", "month", measure="presence")
    assert _status_disputes(there, _denial("b", dt.date(2025, 5, 10))) == 0


def test_cx5_a_force_sent_in_one_month_may_arrive_in_the_next() -> None:
    sent = _force("a", "2025-03-01", "month")  # "sent 500 soldiers in late March"
    came = _force("b", "2025-04-01", "month", measure="arrival")  # "the 500 soldiers arrived in April"
    assert _date_disputes(sent, came) == 0
    arrived = _force("c", "2025-03-01", "month", measure="arrival")  # "arrived in March"
    assert _date_disputes(arrived, _force("d", "2025-04-01", "month", measure="arrival")) == 1


def test_cx5_two_sendings_of_one_size_in_two_months_may_be_two_contingents() -> None:
    # "sent 500 soldiers in January (and 500 in March)" against "sent 500 soldiers in March"
    assert _date_disputes(_force("a", "2025-01-01", "month"), _force("b", "2025-03-01", "month")) == 0


def test_cx5_a_contingent_more_is_not_the_force_sent_before() -> None:
    sent = _force("a", "2025-01-01", "month")
    more = _force("b", "2025-03-01", "month", measure="arrival", personnel_partial=True)  # "another 500"
    assert _date_disputes(sent, more) == 0
