"""Event dates: a date in the clause wins over the publication date; historical mentions are
dated in the past, never on the publication day; end dates ("until 2041") are not event dates."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.coding.coder import choose_date
from geowire.lang import load_language
from geowire.types import DateExpr, Sentence

from .conftest import PUBLISHED, find

EN = load_language("en")

SENT = Sentence(index=3, start=100, end=160, text="x" * 60)


def _date(start: int, value: dt.date, relation: str = "on", sentence: int = 3) -> DateExpr:
    return DateExpr(
        start=start,
        end=start + 4,
        text="date",
        value=value,
        precision="year",
        relation=relation,
        sentence=sentence,
    )  # type: ignore[arg-type]


def test_coder_date_nearest_clause_date_wins() -> None:
    dates = [_date(102, dt.date(2019, 1, 1)), _date(140, dt.date(2021, 1, 1))]
    choice = choose_date(SENT, 135, dates, PUBLISHED, lang=EN)
    assert (choice.value, choice.precision, choice.source) == (dt.date(2021, 1, 1), "year", "clause")


def test_coder_date_until_is_not_when_it_happened() -> None:
    choice = choose_date(SENT, 120, [_date(130, dt.date(2041, 1, 1), relation="until")], PUBLISHED, lang=EN)
    assert (choice.value, choice.source) == (PUBLISHED, "publication")


def test_coder_date_other_sentence_is_ignored() -> None:
    choice = choose_date(SENT, 120, [_date(30, dt.date(2001, 1, 1), sentence=1)], PUBLISHED, lang=EN)
    assert choice.source == "publication"


def test_coder_date_unknown_without_publication_date() -> None:
    choice = choose_date(Sentence(index=0, start=0, end=5, text="Hello"), 1, [], None, lang=EN)
    assert (choice.value, choice.source) == (None, "unknown")


@pytest.mark.model
@pytest.mark.parametrize(("text", "year"), [
    ("Invading Georgia in 2008, Moscow called upon its allies to recognise the breakaway regions.", 2008),
    ("Pakistan shelled Indian border posts in 2019.", 2019),
    ("Since 2004 Russia has supplied Algeria with fighter jets.", 2004),
    ("Last year Turkey bombed Kurdish positions in Iraq.", PUBLISHED.year - 1),
])  # fmt: skip
def test_coder_historical_mention_dated_in_the_past(code_text, text: str, year: int) -> None:  # noqa: ANN001
    events = code_text(text)
    assert events, text
    for ev in events:
        assert ev.date is not None and ev.date.year == year, (ev.category, ev.date, ev.explanation)
        assert ev.date != PUBLISHED and ev.date_source == "clause"


@pytest.mark.model
def test_coder_undated_sentence_takes_publication_date(code_text) -> None:  # noqa: ANN001
    (ev,) = find(code_text("Pakistan shelled Indian border posts."), actor="PAK")
    assert (ev.date, ev.date_precision, ev.date_source) == (PUBLISHED, "day", "publication")


@pytest.mark.model
def test_coder_until_year_not_event_date(code_text) -> None:  # noqa: ANN001
    events = code_text("Norway and Iceland have extended their joint fishing ventures until 2041.")
    (ev,) = find(events, actor="NOR")
    assert ev.date == PUBLISHED
