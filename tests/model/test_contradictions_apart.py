"""Reports that cannot be about one fact, and one that can (issue 13, deliverable 5): a delivery
told in a report published long before another report's delivery date is an earlier delivery,
not a dispute over its date; two values of one agreement in one currency differ beyond rounding."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_agreement, build_deployments, build_transfers

_FIGURES = model_lexicon(load_language("en")).figures


def _claim(cid: str, doc: str, claim_kind: str, published: dt.date, /, **fields: object) -> StoredClaim:
    return StoredClaim(id=cid, doc_id=doc, kind=claim_kind, sentence_index=0, start=0, end=10, fields=fields,
                       field_spans={}, published=published, sentence="some words")  # fmt: skip


def _delivery(cid: str, doc: str, published: str, day: str, precision: str = "day") -> StoredClaim:
    return _claim(cid, doc, "transfer", dt.date.fromisoformat(published), supplier="FRA", recipient="GRC",
                  system="Exocet", status="delivered", quantity=8, date=day,
                  date_precision=precision)  # fmt: skip


def _dates(claims: list[StoredClaim]) -> list[tuple[str, str]]:
    return sorted(
        (x.doc_a, x.doc_b) for x in build_transfers(claims, figures=_FIGURES)[1] if x.kind == "date"
    )


def test_a_report_published_long_before_another_delivery_tells_of_an_earlier_one() -> None:
    spring_2023 = _delivery("a", "d1", "2023-05-03", "2023-05-02")
    autumn_2024 = _delivery("b", "d2", "2024-10-20", "2024-10-01", "month")
    assert _dates([spring_2023, autumn_2024]) == []


def test_two_reports_of_one_recent_delivery_still_differ_on_its_day() -> None:
    early = _delivery("a", "d1", "2024-10-03", "2024-10-02")
    late = _delivery("b", "d2", "2024-10-20", "2024-10-16")
    assert _dates([early, late]) == [("d1", "d2")]


def _deal(cid: str, doc: str, value: float, currency: str, **extra: object) -> StoredClaim:
    fields = {"action": "signed", **extra}
    return _claim(cid, doc, "agreement", dt.date(2025, 4, 30), kind="contract", name="contract",
                  parties=["BRA", "SWE"], modality="asserted", value=value,
                  value_currency=currency, **fields)  # fmt: skip


def _values(members: list[StoredClaim]) -> list[str]:
    _, found = build_agreement(members, dt.date(2026, 1, 1), figures=_FIGURES)
    return [x.field for x in found if x.field == "value"]


def test_two_values_of_one_contract_in_one_currency_contradict() -> None:
    assert _values([_deal("a", "d1", 4.1e9, "SEK"), _deal("b", "d2", 3.2e9, "SEK")]) == ["value"]


def test_rounded_bounded_and_other_currency_values_are_not_contradictions() -> None:
    assert _values([_deal("a", "d1", 4.1e9, "SEK"), _deal("b", "d2", 4.0e9, "SEK")]) == []
    assert _values([_deal("a", "d1", 4.1e9, "SEK"), _deal("b", "d2", 0.4e9, "USD")]) == []
    up_to = _deal("b", "d2", 5e9, "SEK", value_text="up to SEK 5 billion")
    more_than = _deal("c", "d3", 3e9, "SEK", value_text="more than SEK 3 billion")
    assert _values([_deal("a", "d1", 4.1e9, "SEK"), up_to, more_than]) == []


def _arrival(cid: str, doc: str, published: str, day: str, **extra: object) -> StoredClaim:
    fields = {"supplier": "NOR", "recipient": "PRT", "system": "NASAMS", "status": "delivered", "quantity": 4,
              "date": day, "date_precision": "day", **extra}  # fmt: skip
    return _claim(cid, doc, "transfer", dt.date.fromisoformat(published), **fields)


def test_the_first_batch_and_a_report_of_the_same_number_that_week_are_one_arrival() -> None:
    first = _arrival("a", "d1", "2025-05-10", "2025-05-09", quantity_partial=True)
    same_four = _arrival("b", "d2", "2025-05-12", "2025-05-11")
    assert _dates([first, same_four]) == [("d1", "d2")]


def test_a_batch_is_not_dated_against_another_number_or_a_report_weeks_later() -> None:
    first = _arrival("a", "d1", "2025-05-10", "2025-05-09", quantity_partial=True)
    six = _arrival("b", "d2", "2025-05-12", "2025-05-11", quantity=6)
    weeks_later = _arrival("c", "d3", "2025-06-20", "2025-06-18")
    assert _dates([first, six]) == [] and _dates([first, weeks_later]) == []


def _force(cid: str, doc: str, personnel: float, qualifier: str | None) -> StoredClaim:
    return _claim(cid, doc, "deployment", dt.date(2025, 3, 12), country="RWA", host="MOZ",
                  personnel=personnel, personnel_qualifier=qualifier,
                  personnel_text=f"{qualifier or ''} {personnel:g} soldiers".strip())  # fmt: skip


def _sizes(claims: list[StoredClaim]) -> list[str]:
    return [x.kind for x in build_deployments(claims, figures=_FIGURES)[1]]


def test_two_rounded_figures_far_apart_contradict() -> None:
    assert _sizes([_force("a", "d1", 750, "about"), _force("b", "d2", 1000, "about")]) == ["quantity"]


def test_two_rounded_figures_close_together_and_a_rounded_and_a_count_agree() -> None:
    assert _sizes([_force("a", "d1", 900, "about"), _force("b", "d2", 1000, "some")]) == []
    assert _sizes([_force("a", "d1", 850, None), _force("b", "d2", 1000, "about")]) == []


def _garrison(cid: str, doc: str, personnel: float, published: str, **dated: object) -> StoredClaim:
    return _claim(cid, doc, "deployment", dt.date.fromisoformat(published), country="FRA", host="DJI",
                  personnel=personnel, personnel_text=f"{personnel:g} troops", **dated)  # fmt: skip


def test_a_force_now_and_one_in_an_earlier_year_are_two_periods() -> None:
    now = _garrison("a", "d1", 2500, "2025-03-02")
    last_year = _garrison("b", "d2", 1500, "2025-03-08", date="2024-01-01", date_precision="year")
    assert _sizes([now, last_year]) == []


def test_a_force_now_and_one_dated_this_week_are_one_period() -> None:
    now = _garrison("a", "d1", 2500, "2025-03-02")
    this_week = _garrison("b", "d2", 1500, "2025-03-08", date="2025-03-01", date_precision="day")
    assert _sizes([now, this_week]) == ["quantity"]


def test_a_denied_presence_contradicts_a_force_reported_there_that_week() -> None:
    there = _garrison("a", "d1", 1500, "2025-03-02")
    none = _claim("b", "d2", "deployment", dt.date(2025, 3, 5), country="FRA", host="DJI", negated=True)
    assert [x.field for x in build_deployments([there, none], figures=_FIGURES)[1]] == ["status"]
    years_before = _claim(
        "c", "d3", "deployment", dt.date(2019, 3, 5), country="FRA", host="DJI", negated=True
    )
    assert build_deployments([there, years_before], figures=_FIGURES)[1] == []


def _howitzers(cid: str, doc: str, day: str, **named: object) -> StoredClaim:
    return _claim(cid, doc, "transfer", dt.date(2024, 5, 4), supplier="DNK", recipient="UKR",
                  status="delivered", date=day, date_precision="month", **named)  # fmt: skip


def test_a_generic_claim_that_names_a_known_system_joins_it() -> None:
    known = _howitzers(
        "a", "d1", "2024-04-01", system="CAESAR", system_name="CAESAR howitzer", category="artillery"
    )
    worded = _howitzers("b", "d2", "2024-02-01", system="guns", system_name="nineteen Caesar guns")
    other = _howitzers("c", "d3", "2024-02-01", system="guns", system_name="nineteen towed guns")
    assert _dates([known, worded]) == [("d1", "d2")]
    assert _dates([known, other]) == []


def test_an_extensions_added_value_is_no_second_figure_for_the_signing() -> None:
    signed = _deal("a", "d1", 4.1e9, "SEK")
    extended = _deal("b", "d2", 1.0e9, "SEK", action="extended")
    assert _values([signed, extended]) == []


def test_undated_force_sizes_reported_years_apart_are_two_times_not_a_dispute() -> None:
    then = _garrison("a", "d1", 900, "2020-03-02")
    now = _garrison("b", "d2", 2500, "2024-06-10")
    assert _sizes([then, now]) == []


def test_undated_force_sizes_reported_days_apart_still_differ() -> None:
    one = _garrison("a", "d1", 900, "2024-06-02")
    other = _garrison("b", "d2", 2500, "2024-06-10")
    assert _sizes([one, other]) == ["quantity"]


def test_a_denied_presence_alone_makes_no_deployment_record() -> None:
    none = _claim("b", "d2", "deployment", dt.date(2025, 3, 5), country="FRA", host="DJI", negated=True)
    records, found = build_deployments([none], figures=_FIGURES)
    assert records == [] and found == []
    there = _garrison("a", "d1", 1500, "2025-03-02")
    records, found = build_deployments([there, none], figures=_FIGURES)
    assert [r.claim_ids for r in records] == [["a", "b"]] and [x.field for x in found] == ["status"]
