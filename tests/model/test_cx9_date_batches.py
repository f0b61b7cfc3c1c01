"""Dates of deliveries told beside other batches (issue 13, helper ``cx9``): an article that
dates two batches ("one lot in 2021 and another in 2023") does not dispute another article that
dates only one of them; a delivery of "more" of a system is a further batch, not a second date
for the first one."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.build import _transfer_words
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_transfers

_LEX = model_lexicon(load_language("en"))


def _span(text: str, word: str, after: int = 0) -> list[int]:
    at = text.index(word, after)
    return [at, at + len(word)]


def _handed(cid: str, doc: str, text: str, year: str, *, count: str | None = None, after: int = 0,
            published: dt.date = dt.date(2025, 2, 3)) -> StoredClaim:  # fmt: skip
    """A delivery of Spanish Dragon vehicles to Uruguay in ``text`` (the whole article of ``doc``),
    dated to ``year`` where that year is written at or after ``after``."""
    spans = {"system": _span(text, "Dragon", after), "date": _span(text, year, after)}
    fields: dict[str, object] = {
        "supplier": "ESP", "recipient": "URY", "system": "Dragon", "system_name": "Dragon vehicles",
        "status": "delivered", "date": f"{year}-01-01", "date_precision": "year", "date_text": year,
    }  # fmt: skip
    if count is not None:
        spans["quantity"] = _span(text, count, after)
        fields |= {"quantity": 12.0, "quantity_text": count}
    return StoredClaim(id=cid, doc_id=doc, kind="transfer", sentence_index=0, start=0, end=len(text),
                       fields=fields, field_spans=spans, published=published, sentence=text,
                       doc_text=text)  # fmt: skip


def _date_disputes(*claims: StoredClaim) -> int:
    found = build_transfers(list(claims), figures=_LEX.figures, **_transfer_words(_LEX))[1]
    return sum(x.field == "date" for x in found)


_TWO_LOTS = "Spain sent twelve Dragon vehicles to Uruguay in 2021, and sent twelve Dragon vehicles in 2023."
_ONE_LOT = "Uruguay's army got twelve Dragon vehicles from Spain in 2023, a colonel said."


def test_cx9_an_article_dating_two_batches_does_not_dispute_one_dating_either() -> None:
    first = _handed("a1", "A", _TWO_LOTS, "2021", count="twelve")
    second = _handed("a2", "A", _TWO_LOTS, "2023", count="twelve", after=_TWO_LOTS.index("and"))
    other = _handed("b1", "B", _ONE_LOT, "2023", count="twelve")
    assert _date_disputes(first, second, other) == 0


def test_cx9_one_date_against_another_still_disputes() -> None:
    alone = "Spain shipped twelve Dragon vehicles to Uruguay in 2021."
    first = _handed("a1", "A", alone, "2021", count="twelve")
    other = _handed("b1", "B", _ONE_LOT, "2023", count="twelve")
    assert _date_disputes(first, other) == 1


def test_cx9_more_of_a_system_is_a_further_batch_with_its_own_date() -> None:
    first = _handed("a1", "A", "Spain handed Dragon vehicles to Uruguay in 2021, the army said.", "2021")
    more = _handed("b1", "B", "Spain handed more Dragon vehicles to Uruguay in 2024, officials said.", "2024")
    assert _date_disputes(first, more) == 0


def test_cx9_more_than_a_figure_is_no_further_batch() -> None:
    assert _LEX.transfers.partial_before.search("Spain handed more Dragon"[: -len("Dragon")])
    assert not _LEX.transfers.partial_before.search("Spain handed more than 12 ")
