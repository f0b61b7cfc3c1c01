"""Two figures for one further batch told days apart (issue 13, helper ``cx12``): "four more …
before the end of the year" and "six further …" dated to the week of the promise are one batch
told twice — the deadline takes in the promise's date — so the figures disagree; a batch dated
past the deadline is another."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.build import _transfer_words, date_bounds
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_transfers

_LANG = load_language("en")
_LEX = model_lexicon(_LANG)


def _more(cid: str, quantity: float, published: dt.date, date: str, precision: str, text: str) -> StoredClaim:
    """Norway's pledge to Ukraine of ``quantity`` more NASAMS launchers, dated ``date``."""
    fields: dict[str, object] = {
        "supplier": "NOR", "recipient": "UKR", "system": "NASAMS", "system_name": "NASAMS",
        "category": "air defence system", "status": "planned", "quantity": quantity,
        "quantity_text": f"{quantity:g}", "quantity_partial": True, "date": date,
        "date_precision": precision, "date_text": text,
    }  # fmt: skip
    sentence = f"Norway will give Ukraine {quantity:g} more NASAMS launchers {text}."
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="transfer", sentence_index=0, start=0,
                       end=len(sentence), fields=fields, field_spans={}, published=published,
                       sentence=sentence, doc_text=sentence)  # fmt: skip


def _found(*claims: StoredClaim) -> list[str]:
    words = _transfer_words(_LEX)
    found = build_transfers(list(claims), figures=_LEX.figures, bounds=date_bounds(_LANG), **words)[1]
    return sorted(x.field for x in found)


DEADLINE = _more("a", 4, dt.date(2026, 9, 7), "2026-12-01", "month", "before the end of the year")


def test_cx12_a_batch_dated_within_another_reports_deadline_is_one_batch() -> None:
    week = _more("b", 6, dt.date(2026, 9, 10), "2026-09-01", "month", "this week")
    assert _found(DEADLINE, week) == ["quantity"]


def test_cx12_a_batch_dated_past_the_deadline_is_another() -> None:
    spring = _more("b", 6, dt.date(2026, 9, 10), "2027-04-01", "month", "in April next year")
    assert _found(DEADLINE, spring) == []
