"""A figure told as the whole set ("has now delivered all 24") counts every batch (issue 13,
helper ``cx13``, `figures.cumulative`): an earlier, smaller count of the same deliveries is a part
of it, not a dispute — but a larger one still disputes it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from geowire.lang import load_language
from geowire.model.build import _transfer_words
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_transfers

_LEX = model_lexicon(load_language("en"))


def _delivery(cid: str, text: str, published: dt.date, figure: str, value: float) -> StoredClaim:
    """Chile's Huemul boats from Finland, delivered in the number ``figure`` (``value``) says."""

    def span(part: str) -> list[int]:
        return [text.index(part), text.index(part) + len(part)]

    spans = {"system": span("Huemul boats"), "supplier": span("Finland"), "recipient": span("Chile"),
             "quantity": span(figure)}  # fmt: skip
    fields = {"supplier": "FIN", "recipient": "CHL", "system": "boat", "system_name": "Huemul boats",
              "status": "delivered", "quantity": value, "quantity_text": figure}  # fmt: skip
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="transfer", sentence_index=0, start=0,
                       end=len(text), fields=fields, field_spans=spans, published=published,
                       sentence=text, doc_text=text)  # fmt: skip


def _quantity_disputes(*claims: StoredClaim) -> int:
    _records, found = build_transfers(list(claims), figures=_LEX.figures, **_transfer_words(_LEX))
    return sum(x.field == "quantity" for x in found)


FIRST = "Finland has delivered 12 Huemul boats to Chile."


def test_cx13_an_earlier_smaller_count_is_part_of_the_whole_set() -> None:
    whole = "Finland has now delivered all 24 Huemul boats to Chile."
    a = _delivery("a", FIRST, dt.date(2026, 3, 5), "12", 12)
    b = _delivery("b", whole, dt.date(2026, 4, 10), "24", 24)
    assert _quantity_disputes(a, b) == 0


def test_cx13_a_larger_count_still_disputes_the_whole_set() -> None:
    whole = "Finland has now delivered all 24 Huemul boats to Chile."
    a = _delivery("a", "Finland has delivered 30 Huemul boats to Chile.", dt.date(2026, 3, 5), "30", 30)
    b = _delivery("b", whole, dt.date(2026, 4, 10), "24", 24)
    assert _quantity_disputes(a, b) == 1


def test_cx13_two_plain_counts_that_month_still_differ() -> None:
    a = _delivery("a", FIRST, dt.date(2026, 3, 5), "12", 12)
    b = _delivery("b", "Finland has delivered 24 Huemul boats to Chile.", dt.date(2026, 4, 10), "24", 24)
    assert _quantity_disputes(a, b) == 1


def test_cx13_a_plan_for_the_whole_set_still_disputes_a_smaller_plan() -> None:
    a = _delivery(
        "a", "Finland will deliver all 24 Huemul boats to Chile by 2028.", dt.date(2026, 3, 5), "24", 24
    )
    b = _delivery(
        "b", "Finland will deliver 20 Huemul boats to Chile by 2028.", dt.date(2026, 4, 10), "20", 20
    )
    a = replace(a, fields={**a.fields, "status": "planned", "date": "2028-01-01", "date_precision": "year"})
    b = replace(b, fields={**b.fields, "status": "planned", "date": "2028-01-01", "date_precision": "year"})
    assert _quantity_disputes(a, b) == 1
