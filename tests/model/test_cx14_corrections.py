"""A figure its own article sets against an earlier report (issue 13, helper ``cx14``): "16 this
year, not ten as first reported" disputes the earlier ten, though two counts of one running year
told weeks apart otherwise grow without contradicting each other (the guard)."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.build import _transfer_words
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_transfers

_LEX = model_lexicon(load_language("en"))


def _count(cid: str, n: int, published: dt.date, tail: str = "") -> StoredClaim:
    """Finland's deliveries of Vaska boats to Peru in 2026, told on ``published``."""
    text = f"Finland has delivered {n} Vaska boats to Peru this year{tail}, officials said."
    q, at = str(n), text.index("Vaska boats")
    fields: dict[str, object] = {
        "supplier": "FIN", "recipient": "PER", "system": "boat", "system_name": "Vaska boats",
        "status": "delivered", "quantity": float(n), "quantity_text": q,
        "date": "2026-01-01", "date_precision": "year", "date_text": "this year",
    }  # fmt: skip
    spans = {"system": [at, at + 11], "quantity": [text.index(q), text.index(q) + len(q)]}
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="transfer", sentence_index=0, start=0,
                       end=len(text), fields=fields, field_spans=spans, published=published,
                       sentence=text, doc_text=text)  # fmt: skip


def _disputes(*claims: StoredClaim) -> int:
    _records, found = build_transfers(list(claims), figures=_LEX.figures, **_transfer_words(_LEX))
    return sum(x.field == "quantity" for x in found)


def test_cx14_a_running_count_that_grew_is_no_dispute() -> None:
    assert _disputes(_count("a", 10, dt.date(2026, 3, 10)), _count("b", 16, dt.date(2026, 4, 20))) == 0


def test_cx14_a_count_that_corrects_an_earlier_report_disputes_it() -> None:
    later = _count("b", 16, dt.date(2026, 4, 20), tail=", not ten as first reported")
    assert _disputes(_count("a", 10, dt.date(2026, 3, 10)), later) == 1


def test_cx14_the_correction_cue_needs_a_figure_or_a_figure_noun() -> None:
    rx = _LEX.figures.corrected
    assert rx is not None
    assert rx.search("twelve, not the smaller figure reported earlier")
    assert rx.search("received 12 rather than the eight announced")
    assert not rx.search("the ministry has not reported any deliveries")
    assert not rx.search("the price was not yet announced")
