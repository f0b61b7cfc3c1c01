"""A negated bound is a floor, not a deadline (issue 13): "will not arrive until 2028" means no
earlier than 2028, so the date is read without its bound word (``context.not_before``)."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.context import SentenceView, sentence_dates
from geowire.types import DateExpr, DocContext, Sentence


def _dates(text: str, bound: str) -> list[DateExpr]:
    at = text.index(bound)
    date = DateExpr(at, len(text) - 1, text[at:-1], dt.date(2029, 1, 1), "year", relation="until")
    view = SentenceView(
        Sentence(0, 0, len(text), text),
        DocContext(doc_id="t", published=None),
        load_language("en"),
        dates=[date],
    )
    return sentence_dates(view)


def test_context_negated_until_reads_as_not_before() -> None:
    (d,) = _dates("The frigates will not reach Oman until 2029.", "until 2029")
    assert (d.text, d.relation, d.value) == ("2029", "after", dt.date(2029, 1, 1))
    assert "The frigates will not reach Oman until 2029."[d.start : d.end] == "2029"


def test_context_plain_until_stays_a_bound() -> None:
    (d,) = _dates("Training flights will go on until 2029.", "until 2029")
    assert (d.text, d.relation) == ("until 2029", "until")


def test_context_negation_in_another_clause_leaves_the_bound() -> None:
    (d,) = _dates("Oman has not paid, and the frigates will sail until 2029.", "until 2029")
    assert (d.text, d.relation) == ("until 2029", "until")
