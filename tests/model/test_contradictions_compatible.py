"""Differences that are not contradictions (issue 13, deliverable 5): a dateline's day is the
report's, not the act's; figures of different steps of a transfer (approved, bought, delivered)
or of batches delivered at different times; a denial about a part of the items; contingents sent
on different days. Each beside its counterpart that still contradicts."""

from __future__ import annotations

import datetime as dt
import re

from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon
from geowire.model.records import (
    StoredClaim,
    agreement_topic,
    build_deployments,
    build_transfers,
    group_agreements,
    in_dateline,
    report_dated,
)

_LEX = model_lexicon(load_language("en"))
_FIGURES = _LEX.figures
_DAY = dt.date(2025, 3, 20)


def _claim(
    cid: str, doc: str, claim_kind: str, /, *, text: str = "", spans: dict | None = None, **fields: object
) -> StoredClaim:
    return StoredClaim(id=cid, doc_id=doc, kind=claim_kind, sentence_index=0, start=0, end=len(text) or 10,
                       fields=fields, field_spans=spans or {}, published=_DAY, sentence=text or "some words",
                       doc_text=text or None)  # fmt: skip


def _transfer(cid: str, doc: str, **fields: object) -> StoredClaim:
    base = {"supplier": "ESP", "recipient": "UKR", "system": "Leopard 2", "status": "delivered"}
    return _claim(cid, doc, "transfer", **{**base, **fields})


def _kinds(claims: list[StoredClaim]) -> set[str]:
    return {x.kind for x in build_transfers(claims, figures=_FIGURES)[1]}


def _on(day: str, precision: str = "day") -> dict[str, object]:
    return {"date": day, "date_precision": precision}


# --- the dateline's day ------------------------------------------------------------------------


def _dateline_claim(cid: str, doc: str, day: int) -> StoredClaim:
    text = f"MADRID, {day} March 2025 — Spain has delivered tanks to Ukraine, the ministry said."
    date = re.search(r"\d+ March 2025", text)
    assert date is not None
    spans = {"date": date.span(), "supplier": (text.index("Spain"), text.index("Spain") + 5),
             "recipient": (text.index("Ukraine"), text.index("Ukraine") + 7)}  # fmt: skip
    return _claim(cid, doc, "transfer", text=text, spans=spans, supplier="ESP", recipient="UKR",
                  system="Leopard 2", status="delivered", **_on(f"2025-03-{day:02d}"))  # fmt: skip


def test_records_a_datelines_day_is_the_reports_not_the_acts() -> None:
    a, b = _dateline_claim("a", "d1", 18), _dateline_claim("b", "d2", 20)
    assert report_dated(a) and report_dated(b)
    assert "date" not in _kinds([a, b])


def test_records_in_dateline_needs_a_place_a_comma_and_a_dash() -> None:
    text = "Body first.\n\nSEOUL, 5 March (Example Wire) — Korea said so."
    day = text.index("5 March")
    assert in_dateline(text, (day, day + 7))
    prose = "Spain said the tanks arrived, 5 March being the day, and more followed."
    day = prose.index("5 March")
    assert not in_dateline(prose, (day, day + 7))


def test_records_own_days_of_one_delivery_still_contradict() -> None:
    march, june = _transfer("a", "d1", **_on("2025-03-04")), _transfer("b", "d2", **_on("2025-06-10"))
    assert "date" in _kinds([march, june])


# --- figures of different steps and batches ------------------------------------------------------


def test_records_an_approved_and_a_bought_figure_are_different_steps() -> None:
    approved = _transfer("a", "d1", status="approved", quantity=250)
    bought = _transfer("b", "d2", status="contracted", quantity=116)
    assert "quantity" not in _kinds([approved, bought])


def test_records_an_order_and_a_first_delivery_are_different_steps() -> None:
    ordered = _transfer("a", "d1", status="ordered", quantity=96)
    delivered = _transfer("b", "d2", status="delivered", quantity=8)
    assert _kinds([ordered, delivered]) == set()


def test_records_an_order_and_a_contract_of_one_purchase_still_contradict() -> None:
    ordered = _transfer("a", "d1", status="ordered", quantity=96)
    contracted = _transfer("b", "d2", status="contracted", quantity=48)
    assert "quantity" in _kinds([ordered, contracted])


def test_records_deliveries_of_different_sizes_in_different_months_are_two_batches() -> None:
    march = _transfer("a", "d1", quantity=4, **_on("2025-03-01", "month"))
    june = _transfer("b", "d2", quantity=6, **_on("2025-06-01", "month"))
    assert _kinds([march, june]) == set()


def test_records_undated_deliveries_of_different_sizes_contradict() -> None:
    assert "quantity" in _kinds([_transfer("a", "d1", quantity=12), _transfer("b", "d2", quantity=6)])


# --- denials -------------------------------------------------------------------------------------


def test_records_a_denial_about_the_remaining_items_leaves_a_delivery_standing() -> None:
    delivered = _transfer("a", "d1", quantity=10)
    remaining = _transfer("b", "d2", quantity=5, quantity_partial=True, negated=True)
    assert "status" not in _kinds([delivered, remaining])


def test_records_a_denial_of_another_number_of_items_is_not_the_same_delivery() -> None:
    delivered = _transfer("a", "d1", quantity=10)
    other = _transfer("b", "d2", quantity=40, negated=True)
    assert "status" not in _kinds([delivered, other])


def test_records_a_plain_denial_still_contradicts_a_delivery() -> None:
    assert "status" in _kinds([_transfer("a", "d1", quantity=10), _transfer("b", "d2", negated=True)])


# --- forces --------------------------------------------------------------------------------------


def _force(cid: str, doc: str, personnel: int, day: str | None) -> StoredClaim:
    return _claim(cid, doc, "deployment", country="DEU", host="LTU", personnel=personnel,
                  **(_on(day) if day else {}))  # fmt: skip


def test_records_contingents_sent_on_different_days_are_not_one_figure() -> None:
    _, found = build_deployments([_force("a", "d1", 200, "2025-03-18"), _force("b", "d2", 300, "2025-03-22")],
                                 figures=_FIGURES)  # fmt: skip
    assert not [x for x in found if x.kind == "quantity"]


def test_records_two_sizes_of_one_undated_force_contradict() -> None:
    _, found = build_deployments([_force("a", "d1", 500, None), _force("b", "d2", 800, None)],
                                 figures=_FIGURES)  # fmt: skip
    assert [x.kind for x in found] == ["quantity"]


# --- agreements ----------------------------------------------------------------------------------


def test_lexicon_initialled_is_not_a_signature() -> None:
    # FORMAT.md: initialling fixes an agreed text before anyone signs it; the agreement is only
    # referred to ("mentioned") until a signature
    signed = next(a for a in _LEX.agreements.actions if a.action == "signed")
    assert not any(re.fullmatch(p, "initialled") for p in signed.patterns)
    assert any(re.fullmatch(p, "signed") for p in signed.patterns)


def _agreement(cid: str, doc: str, text: str, kind_word: str, **fields: object) -> StoredClaim:
    at = text.index(kind_word)
    act = text.index("signed")
    spans = {"kind": (at, at + len(kind_word)), "action": (act, act + 6)}
    return _claim(cid, doc, "agreement", text=text, spans=spans, kind="agreement", name="agreement",
                  parties=["JPN", "PHL"], action="signed", modality="asserted", **fields)  # fmt: skip


_WORDS = {"topic_stop": _LEX.agreements.topic_stop, "topic_plain": _LEX.agreements.topic_plain}


def test_records_agreements_about_different_things_are_two() -> None:
    access = _agreement("a", "d1", "Japan and the Philippines signed a new reciprocal access agreement.",
                        "agreement", **_on("2024-07-08"))  # fmt: skip
    sharing = _agreement("b", "d2", "Japan and the Philippines signed an intelligence-sharing agreement.",
                         "agreement", **_on("2024-12-09"))  # fmt: skip
    assert len(group_agreements([access, sharing], generic=("agreement",), **_WORDS)) == 2


def test_records_one_agreement_described_with_and_without_its_topic_is_one() -> None:
    described = _agreement("a", "d1", "Japan and the Philippines signed a landmark defence agreement.",
                           "agreement")  # fmt: skip
    bare = _agreement("b", "d2", "Japan and the Philippines signed the agreement.", "agreement")
    access = _agreement("c", "d3", "Japan and the Philippines signed a ten-year access agreement.",
                        "agreement")  # fmt: skip
    assert agreement_topic(described, stop=_WORDS["topic_stop"], plain=_WORDS["topic_plain"]) == frozenset()
    assert agreement_topic(access, stop=_WORDS["topic_stop"], plain=_WORDS["topic_plain"]) == {"access"}
    assert len(group_agreements([described, bare, access], generic=("agreement",), **_WORDS)) == 1


# --- a denial of a whole kind of system ----------------------------------------------------------


def test_records_a_denial_of_any_drones_contradicts_a_named_drones_delivery() -> None:
    named = _transfer("a", "d1", supplier="IRN", recipient="VEN", system="Mohajer-6", category="drone")
    denial = _transfer("b", "d2", supplier="IRN", recipient="VEN", system="drone", negated=True)
    (x,) = build_transfers([named, denial], figures=_FIGURES)[1]
    assert x.kind == "status" and x.subject.startswith("Mohajer-6 ")


def test_records_a_denial_of_another_kind_leaves_a_named_delivery_standing() -> None:
    named = _transfer("a", "d1", supplier="IRN", recipient="VEN", system="Mohajer-6", category="drone")
    denial = _transfer("b", "d2", supplier="IRN", recipient="VEN", system="submarine", negated=True)
    other = _transfer("c", "d3", supplier="IRN", recipient="SYR", system="drone", negated=True)
    assert build_transfers([named, denial, other], figures=_FIGURES)[1] == []


# --- a deadline ----------------------------------------------------------------------------------


def test_records_a_deadline_allows_any_date_up_to_it() -> None:
    by = _transfer("a", "d1", status="planned", date_text="by 2026", **_on("2026-01-01", "year"))
    earlier = _transfer("b", "d2", status="planned", date_text="2025", **_on("2025-01-01", "year"))
    later = _transfer("c", "d3", status="planned", date_text="2027", **_on("2027-01-01", "year"))
    _, found = build_transfers([by, earlier, later], figures=_FIGURES, bounds={"by", "before"})
    assert {(x.doc_a, x.doc_b) for x in found} == {("d1", "d3"), ("d2", "d3")}


# --- figures counted in different groups ---------------------------------------------------------


def _counted(cid: str, doc: str, text: str, figure: str, n: int) -> StoredClaim:
    q, sy = text.index(figure), text.index("Patriot")
    spans = {"quantity": (q, q + len(figure)), "system": (sy, sy + 7)}
    return _claim(cid, doc, "transfer", text=text, spans=spans, supplier="DEU", recipient="UKR",
                  system="Patriot", status="delivered", quantity=n, quantity_text=figure)  # fmt: skip


def test_records_batteries_and_launchers_are_not_one_figure() -> None:
    batteries = _counted("a", "d1", "Germany delivered two Patriot batteries to Ukraine.", "two", 2)
    launchers = _counted("b", "d2", "Germany delivered eight Patriot launchers to Ukraine.", "eight", 8)
    assert "quantity" not in _kinds([batteries, launchers])


def test_records_a_figure_without_a_group_is_still_compared() -> None:
    batteries = _counted("a", "d1", "Germany delivered two Patriot batteries to Ukraine.", "two", 2)
    plain = _counted("b", "d2", "Germany delivered eight Patriot to Ukraine.", "eight", 8)
    assert "quantity" in _kinds([batteries, plain])


def test_records_a_denial_for_another_period_leaves_a_delivery_standing() -> None:
    last_year = _transfer("a", "d1", **_on("2024-03-01", "month"))
    not_this_year = _transfer("b", "d2", negated=True, **_on("2025-01-01", "year"))
    same_month = _transfer("c", "d3", negated=True, **_on("2024-03-01", "month"))
    found = build_transfers([last_year, not_this_year, same_month], figures=_FIGURES)[1]
    assert {(x.doc_a, x.doc_b) for x in found if x.kind == "status"} == {("d1", "d3")}


def test_records_a_denial_of_any_weapons_covers_every_named_system() -> None:
    named = _transfer("a", "d1", supplier="IRN", recipient="VEN", system="Mohajer-6", category="drone")
    weapons = _transfer("b", "d2", supplier="IRN", recipient="VEN", system="military equipment", negated=True)
    assert _kinds([named, weapons]) == set()  # without knowing which system is the aggregate
    found = build_transfers([named, weapons], figures=_FIGURES, aggregate="military equipment")[1]
    assert [x.kind for x in found] == ["status"]


def test_records_the_first_regiment_dates_that_part_only() -> None:
    text = "Russia delivered the first S-400 regiment to India."
    at = text.index("S-400")
    first = _claim("a", "d1", "transfer", text=text, spans={"system": (at, at + 5)}, supplier="ESP",
                   recipient="UKR", system="Leopard 2", status="delivered",
                   **_on("2021-12-01", "month"))  # fmt: skip
    april = _transfer("b", "d2", **_on("2022-04-01", "month"))
    partial = _LEX.transfers.partial_before
    assert "date" in _kinds([first, april])
    assert build_transfers([first, april], figures=_FIGURES, partial=partial)[1] == []
