"""Contradictions on fresh text (issue 13, helper ``cx11``, corpus part_37): a month or a year in
the one clause after a claim's comma dates its act, not its report ("…, the last of them in May"),
while a day there or a date past a further comma stays the report's; a denial of every item of a
set ("has not delivered any of the 24") is disputed by a delivery of a batch of them — each beside
the compatible case that must stay quiet."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.build import _transfer_words
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_transfers, report_dated

_LEX = model_lexicon(load_language("en"))


def _span(text: str, part: str) -> list[int]:
    at = text.index(part)
    return [at, at + len(part)]


def _claim(
    cid: str,
    text: str,
    published: dt.date,
    *,
    quantity: str | None = None,
    date: str | None = None,
    date_value: str | None = None,
    precision: str | None = None,
    **fields: object,
) -> StoredClaim:
    """A transfer claim of Finland to Chile's "Huemul boats" told by the one-sentence article
    ``text``, with the spans of its figure and date words."""
    spans: dict[str, list[int]] = {"system": _span(text, "Huemul boats"), "supplier": _span(text, "Finland"),
                                   "recipient": _span(text, "Chile")}  # fmt: skip
    values: dict[str, object] = {"supplier": "FIN", "recipient": "CHL", "system": "boat",
                                 "system_name": "Huemul boats", **fields}  # fmt: skip
    if quantity is not None:
        spans["quantity"] = _span(text, quantity)
        values.update(quantity=float(quantity) if quantity.isdigit() else 6.0, quantity_text=quantity)
    if date is not None:
        spans["date"] = _span(text, date)
        values.update(date=date_value, date_precision=precision, date_text=date)
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="transfer", sentence_index=0, start=0,
                       end=len(text), fields=values, field_spans=spans, published=published,
                       sentence=text, doc_text=text)  # fmt: skip


def _found(*claims: StoredClaim, field: str) -> int:
    _records, found = build_transfers(list(claims), figures=_LEX.figures, **_transfer_words(_LEX))
    return sum(x.field == field for x in found)


def test_cx11_a_month_after_the_claims_comma_dates_the_act() -> None:
    a = _claim("a", "Chile has received 14 Huemul boats from Finland, the last of them in May.",
               dt.date(2026, 8, 20), quantity="14", date="May", date_value="2026-05-01", precision="month",
               status="delivered")  # fmt: skip
    b = _claim("b", "Finland sold Chile 20 Huemul boats, all of them handed over by May 2026.",
               dt.date(2026, 11, 2), quantity="20", date="May 2026", date_value="2026-05-01",
               precision="month", status="delivered")  # fmt: skip
    assert not report_dated(a) and not report_dated(b)
    assert _found(a, b, field="quantity") == 1


def test_cx11_a_day_in_the_attribution_stays_the_reports_date() -> None:
    a = _claim("a", "Chile has received 14 Huemul boats from Finland, the navy said on Monday.",
               dt.date(2026, 8, 20), quantity="14", date="on Monday", date_value="2026-08-17",
               precision="day", status="delivered")  # fmt: skip
    b = _claim("b", "Finland has delivered 20 Huemul boats to Chile, officials said on Tuesday.",
               dt.date(2026, 11, 2), quantity="20", date="on Tuesday", date_value="2026-10-27",
               precision="day", status="delivered")  # fmt: skip
    assert report_dated(a) and report_dated(b)
    assert _found(a, b, field="quantity") == 0  # two reports months apart: a count that grew


def test_cx11_a_month_past_a_further_comma_stands_in_another_clause() -> None:
    text = "Chile has 14 Huemul boats from Finland, the navy says, fewer than it hoped for in May."
    a = _claim("a", text, dt.date(2026, 8, 20), quantity="14", date="May", date_value="2026-05-01",
               precision="month", status="delivered")  # fmt: skip
    assert report_dated(a)


_ANY = "Finland has not delivered any of the 24 Huemul boats Chile ordered."
_REST = "Finland has not delivered the remaining 18 Huemul boats to Chile."


def _denial(text: str, published: dt.date, quantity: str) -> StoredClaim:
    return _claim("n", text, published, quantity=quantity, status="delivered", negated=True)


def _batch(published: dt.date, month: str, value: str) -> StoredClaim:
    text = f"Finland delivered the first six Huemul boats to Chile in {month}."
    return _claim("d", text, published, quantity="six", quantity_partial=True, date=month, date_value=value,
                  precision="month", status="delivered")  # fmt: skip


def test_cx11_a_denial_of_any_of_the_set_is_disputed_by_an_earlier_batch() -> None:
    denial = _denial(_ANY, dt.date(2026, 6, 10), "24")
    assert _found(denial, _batch(dt.date(2026, 7, 1), "April", "2026-04-01"), field="status") == 1


def test_cx11_a_denial_of_any_of_the_set_before_the_batch_came_stands() -> None:
    denial = _denial(_ANY, dt.date(2026, 6, 10), "24")
    assert _found(denial, _batch(dt.date(2026, 8, 1), "July", "2026-07-01"), field="status") == 0


def test_cx11_a_denial_of_the_rest_leaves_the_batch_standing() -> None:
    denial = _denial(_REST, dt.date(2026, 6, 10), "18")
    assert _found(denial, _batch(dt.date(2026, 7, 1), "April", "2026-04-01"), field="status") == 0


def test_cx11_a_year_after_the_report_past_the_comma_is_another_steps() -> None:
    text = "Chile's contract with Finland covers 20 Huemul boats, with the first due in 2029."
    a = _claim("a", text, dt.date(2026, 8, 20), quantity="20", date="2029", date_value="2029-01-01",
               precision="year", status="contracted")  # fmt: skip
    assert report_dated(a)
