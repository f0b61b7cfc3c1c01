"""Issue 13 (dates): the event's date comes from the trigger's own clause — a year in a relative
clause or apposition that does not contain the trigger is not the event's date, and a dateline's
date does not beat the clause's own weekday."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from geowire.coding.coder import choose_date
from geowire.coding.view import DocView
from geowire.lang import load_language
from geowire.nlp.dates import extract_dates
from geowire.types import DateExpr, Sentence

from .conftest import find

EN = load_language("en")

PUBLISHED = dt.date(2023, 10, 17)  # a Tuesday
WORDS = "Serbia , which joined the pact in 2006 , shelled the border posts on Friday .".split()
HEADS = [9, 0, 3, 0, 5, 3, 3, 6, 0, 9, 12, 12, 9, 9, 13, 9]
DEPS = [
    "nsubj", "punct", "nsubj", "relcl", "det", "dobj", "prep", "pobj", "punct", "ROOT", "det",
    "compound", "dobj", "prep", "pobj", "punct",
]  # fmt: skip


def _hand_built() -> tuple[DocView, Sentence, list[DateExpr]]:
    doc = Doc(Vocab(), words=WORDS, heads=HEADS, deps=DEPS)
    text = doc.text
    year, friday = text.index("2006"), text.index("Friday")
    dates = [
        DateExpr(year, year + 4, "2006", dt.date(2006, 1, 1), "year", sentence=0),
        DateExpr(friday, friday + 6, "Friday", dt.date(2023, 10, 13), "day", sentence=0),
    ]
    return DocView(doc), Sentence(0, 0, len(text), text), dates


def test_coder_date_relative_clause_year_is_not_the_main_event_date() -> None:
    view, sent, dates = _hand_built()
    shelled = view[9]
    assert choose_date(sent, shelled.idx, dates, PUBLISHED, lang=EN).value == dt.date(2006, 1, 1)  # nearest
    choice = choose_date(sent, shelled.idx, dates, PUBLISHED, lang=EN, trigger=shelled)
    assert (choice.value, choice.source) == (dt.date(2023, 10, 13), "clause")


def test_coder_date_relative_clause_year_dates_the_relative_clause_event() -> None:
    view, sent, dates = _hand_built()
    joined = view[3]
    assert choose_date(sent, joined.idx, dates, PUBLISHED, lang=EN, trigger=joined).value == dt.date(
        2006, 1, 1
    )


def test_coder_date_only_an_outside_date_gives_the_publication_date() -> None:
    view, sent, dates = _hand_built()
    choice = choose_date(sent, view[9].idx, dates[:1], PUBLISHED, lang=EN, trigger=view[9])
    assert (choice.value, choice.source) == (PUBLISHED, "publication")


@pytest.fixture(scope="module")
def parse(analyzer):  # noqa: ANN001, ANN201
    def run(text: str, trigger: str) -> tuple[dt.date | None, str]:
        annotated = analyzer.annotator.annotate(text)
        view = DocView(annotated.doc)
        dates = extract_dates(annotated.doc, PUBLISHED, sentences=annotated.sentences, lang=EN)
        trig = next(t for t in view if t.text == trigger)
        sent = next(s for s in annotated.sentences if s.start <= trig.idx < s.end)
        choice = choose_date(sent, trig.idx, dates, PUBLISHED, lang=EN, trigger=trig)
        return choice.value, choice.source

    return run


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Serbia, which joined the pact in 2006, shelled Kosovo border posts on Friday.", "shelled",
         dt.date(2023, 10, 13)),
        ("Turkey, a NATO member since 1952, bombed Kurdish camps in Iraq yesterday.", "bombed",
         dt.date(2023, 10, 16)),
        ("India, whose navy was founded in 1950, seized a Pakistani trawler on Sunday.", "seized",
         dt.date(2023, 10, 15)),
        ("Pakistan shelled Indian border posts in 2019.", "shelled", dt.date(2019, 1, 1)),
        ("Serbia, which joined the pact in 2006, shelled Kosovo border posts.", "shelled", PUBLISHED),
    ],
)  # fmt: skip
def test_coder_date_from_the_triggers_own_clause(parse, text: str, trigger: str, expected: dt.date) -> None:  # noqa: ANN001
    assert parse(text, trigger)[0] == expected


@pytest.mark.model
def test_coder_dateline_date_does_not_beat_the_clause_weekday(code_text) -> None:  # noqa: ANN001
    text = "QUITO, 17 October 2023 — Ecuador expelled two Colombian diplomats on Sunday."
    events = code_text(text, published=PUBLISHED)
    (ev,) = find(events, actor="ECU")
    assert (ev.date, ev.date_source) == (dt.date(2023, 10, 15), "clause")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ecuador's foreign minister will visit Bogota on Friday.", dt.date(2023, 10, 20)),
        ("Ecuador will expel two Colombian diplomats in December.", dt.date(2023, 12, 1)),
        ("Ecuador's foreign minister visited Bogota on Friday.", dt.date(2023, 10, 13)),
        ("Ecuador expelled two Colombian diplomats in December.", dt.date(2022, 12, 1)),
    ],
)
def test_coder_date_of_a_future_event_is_read_forward(code_text, text: str, expected: dt.date) -> None:  # noqa: ANN001
    events = code_text(text, published=PUBLISHED)
    assert events and all(ev.date == expected for ev in find(events, actor="ECU"))
