"""Fuzz the text pipeline (issue 14): the Analyzer (spaCy, actors, dates, quantities, coder, claims)
on generated stored texts — whatever the words and the publication date, year 1 or 9999 included —
returns one analysis and raises nothing.  Small: spaCy is slow."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geowire.ingest.normalize import normalize_text
from geowire.ingest.service import without_surrogates
from geowire.pipeline import Analyzer
from geowire.settings import Settings
from geowire.types import DocContext

from .conftest import budget, hostile_text

pytestmark = pytest.mark.model

WORDS = (
    "Russia Ukraine China France Iran Israel NATO the United Nations President Putin Zelensky minister "
    "attacked signed agreed condemned met said accused sanctioned deployed sold troops missiles deal "
    "with against on in last year next month yesterday Monday ago 99999 days since 1999 December 7 May "
    '2025 tons $5 billion , ; — " not will may reportedly'
).split()
sentence = st.lists(st.sampled_from(WORDS), min_size=2, max_size=16).map(lambda w: " ".join(w) + ".")
prose = st.lists(sentence, min_size=1, max_size=6).map(" ".join)
STORED_TEXT = (
    st.one_of(prose, hostile_text, st.tuples(prose, hostile_text).map(" ".join))
    .map(lambda t: normalize_text(without_surrogates(t)))
    .filter(bool)
)
PUBLISHED = st.one_of(st.none(), st.sampled_from([dt.date.min, dt.date(1, 1, 3), dt.date.max]), st.dates())
_ids = itertools.count()


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(Settings())


@budget(ci=12, long=2_000)
@given(STORED_TEXT, PUBLISHED)
def test_fuzz_analyzer(analyzer: Analyzer, text: str, published: dt.date | None) -> None:
    ctx = DocContext(doc_id=f"dfuzz{next(_ids)}", published=published)
    (analysis,) = analyzer.analyse([(ctx, text)])
    assert analysis.doc_id == ctx.doc_id
    for event in analysis.events:
        assert event.date is None or isinstance(event.date, dt.date)
