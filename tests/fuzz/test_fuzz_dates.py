"""Fuzz date resolution (issue 14): any text and any publication date — year 1, year 9999 — gives
date expressions inside the text with values Python can hold, and never raises."""

from __future__ import annotations

import datetime as dt

import spacy
from hypothesis import given
from hypothesis import strategies as st

from geowire.ingest.service import without_surrogates
from geowire.lang import load_language
from geowire.nlp.dates import extract_dates
from geowire.types import Sentence

from .conftest import budget, hostile_text

EN = load_language("en")

NLP = spacy.blank("en")
STORED_TEXT = hostile_text.map(without_surrogates)  # documents.text never holds a lone surrogate
EDGE_DATES = st.sampled_from(
    [dt.date.min, dt.date(1, 1, 7), dt.date(1, 12, 31), dt.date(9999, 12, 25), dt.date.max]
)


@budget(ci=100, long=6_000)
@given(STORED_TEXT, st.one_of(st.none(), EDGE_DATES, st.dates()))
def test_fuzz_extract_dates(text: str, published: dt.date | None) -> None:
    doc = NLP.make_doc(text)
    found = extract_dates(doc, published, sentences=[Sentence(0, 0, len(text), text)], lang=EN)
    for d in found:
        assert text[d.start : d.end] == d.text
        assert isinstance(d.value, dt.date)
