"""Issue 13 (dates, dt2): a date without its year is read as the tense of its clause says — a past
clause the last such day or month, a future, progressive or planned one the next — and seasons,
quarters and a period's end are dates; relative words count from the dateline's day.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from geowire.lang import load_language
from geowire.nlp import dates
from geowire.nlp.anchors import finditer_at
from geowire.nlp.dates import extract_dates, find_dates
from geowire.types import DateExpr, Sentence

EN = load_language("en")
JANUARY = dt.date(2025, 1, 15)  # a Wednesday
VOCAB = Vocab()
BLANK = spacy.blank("en")

Row = tuple[str, int, str, str, str, str]  # word, head, dep, pos, morph, lemma
PAST, PRES = "Tense=Past|VerbForm=Fin", "Tense=Pres|VerbForm=Fin"
PROG, PART = "Aspect=Prog|Tense=Pres|VerbForm=Part", "Aspect=Perf|Tense=Past|VerbForm=Part"
INF = "VerbForm=Inf"


def _parsed(rows: list[Row]) -> Doc:
    return Doc(
        VOCAB,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        morphs=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
    )


def _read(doc: Doc, published: dt.date = JANUARY) -> list[DateExpr]:
    text = doc.text
    return extract_dates(doc, published, sentences=[Sentence(0, 0, len(text), text)], lang=EN)


def _value(doc: Doc) -> tuple[dt.date, dt.date | None]:
    (d,) = _read(doc)
    return d.value, d.ahead


# "The brigade is heading to Oulu in February ."
HEADING = _parsed([
    ("The", 1, "det", "DET", "", "the"), ("brigade", 3, "nsubj", "NOUN", "", "brigade"),
    ("is", 3, "aux", "AUX", PRES, "be"), ("heading", 3, "ROOT", "VERB", PROG, "head"),
    ("to", 3, "prep", "ADP", "", "to"), ("Oulu", 4, "pobj", "PROPN", "", "Oulu"),
    ("in", 3, "prep", "ADP", "", "in"), ("February", 6, "pobj", "PROPN", "", "February"),
    (".", 3, "punct", "PUNCT", "", "."),
])  # fmt: skip

# "The brigade reached Oulu in November ."
REACHED = _parsed([
    ("The", 1, "det", "DET", "", "the"), ("brigade", 2, "nsubj", "NOUN", "", "brigade"),
    ("reached", 2, "ROOT", "VERB", PAST, "reach"), ("Oulu", 2, "dobj", "PROPN", "", "Oulu"),
    ("in", 2, "prep", "ADP", "", "in"), ("November", 4, "pobj", "PROPN", "", "November"),
    (".", 2, "punct", "PUNCT", "", "."),
])  # fmt: skip

# "The envoys will talk on Friday ."
WILL_TALK = _parsed([
    ("The", 1, "det", "DET", "", "the"), ("envoys", 3, "nsubj", "NOUN", "", "envoy"),
    ("will", 3, "aux", "AUX", "VerbForm=Fin", "will"), ("talk", 3, "ROOT", "VERB", INF, "talk"),
    ("on", 3, "prep", "ADP", "", "on"), ("Friday", 4, "pobj", "PROPN", "", "Friday"),
    (".", 3, "punct", "PUNCT", "", "."),
])  # fmt: skip

# "Oslo announced on Monday it would station jets in April ." (the parser hangs "on Monday" on
# "station")
ANNOUNCED = _parsed([
    ("Oslo", 1, "nsubj", "PROPN", "", "Oslo"), ("announced", 1, "ROOT", "VERB", PAST, "announce"),
    ("on", 6, "prep", "ADP", "", "on"), ("Monday", 2, "pobj", "PROPN", "", "Monday"),
    ("it", 6, "nsubj", "PRON", "", "it"), ("would", 6, "aux", "AUX", "VerbForm=Fin", "would"),
    ("station", 1, "ccomp", "VERB", INF, "station"), ("jets", 6, "dobj", "NOUN", "", "jet"),
    ("in", 6, "prep", "ADP", "", "in"), ("April", 8, "pobj", "PROPN", "", "April"),
    (".", 1, "punct", "PUNCT", "", "."),
])  # fmt: skip

# "Shipments are expected to start in June ."
EXPECTED = _parsed([
    ("Shipments", 2, "nsubjpass", "NOUN", "", "shipment"), ("are", 2, "auxpass", "AUX", PRES, "be"),
    ("expected", 2, "ROOT", "VERB", PART, "expect"), ("to", 4, "aux", "PART", "", "to"),
    ("start", 2, "xcomp", "VERB", INF, "start"), ("in", 4, "prep", "ADP", "", "in"),
    ("June", 5, "pobj", "PROPN", "", "June"), (".", 2, "punct", "PUNCT", "", "."),
])  # fmt: skip

# "The frigate will patrol there , as it has since November ."
SINCE = _parsed([
    ("The", 1, "det", "DET", "", "the"), ("frigate", 3, "nsubj", "NOUN", "", "frigate"),
    ("will", 3, "aux", "AUX", "VerbForm=Fin", "will"), ("patrol", 3, "ROOT", "VERB", INF, "patrol"),
    ("there", 3, "advmod", "ADV", "", "there"), (",", 3, "punct", "PUNCT", "", ","),
    ("as", 8, "mark", "SCONJ", "", "as"), ("it", 8, "nsubj", "PRON", "", "it"),
    ("has", 3, "advcl", "VERB", PRES, "have"), ("since", 8, "prep", "ADP", "", "since"),
    ("November", 9, "pobj", "PROPN", "", "November"), (".", 3, "punct", "PUNCT", "", "."),
])  # fmt: skip

# "The handover was put off until May ."
PUT_OFF = _parsed([
    ("The", 1, "det", "DET", "", "the"), ("handover", 3, "nsubjpass", "NOUN", "", "handover"),
    ("was", 3, "auxpass", "AUX", PAST, "be"), ("put", 3, "ROOT", "VERB", PART, "put"),
    ("off", 3, "prt", "ADP", "", "off"), ("until", 3, "prep", "ADP", "", "until"),
    ("May", 5, "pobj", "PROPN", "", "May"), (".", 3, "punct", "PUNCT", "", "."),
])  # fmt: skip

# "The ministers signed it on 10 February ." (published in January: a day next month, signed)
SIGNED_DAY = _parsed([
    ("The", 1, "det", "DET", "", "the"), ("ministers", 2, "nsubj", "NOUN", "", "minister"),
    ("signed", 2, "ROOT", "VERB", PAST, "sign"), ("it", 2, "dobj", "PRON", "", "it"),
    ("on", 2, "prep", "ADP", "", "on"), ("10", 6, "nummod", "NUM", "", "10"),
    ("February", 4, "pobj", "PROPN", "", "February"), (".", 2, "punct", "PUNCT", "", "."),
])  # fmt: skip

# "Talks resume on Friday ." (a present: the text leaves the reading open)
RESUME = _parsed([
    ("Talks", 1, "nsubj", "NOUN", "", "talk"), ("resume", 1, "ROOT", "VERB", PRES, "resume"),
    ("on", 1, "prep", "ADP", "", "on"), ("Friday", 2, "pobj", "PROPN", "", "Friday"),
    (".", 1, "punct", "PUNCT", "", "."),
])  # fmt: skip


def test_dt2_dates_a_progressive_clause_reads_a_bare_month_forward() -> None:
    assert _value(HEADING) == (dt.date(2025, 2, 1), None)  # issue 13: not February 2024


def test_dt2_dates_a_past_clause_reads_a_bare_month_back() -> None:
    assert _value(REACHED) == (dt.date(2024, 11, 1), None)


def test_dt2_dates_a_future_clause_reads_a_weekday_as_the_coming_one() -> None:
    assert _value(WILL_TALK) == (dt.date(2025, 1, 17), None)


def test_dt2_dates_a_date_before_a_reported_clause_dates_the_saying() -> None:
    monday, april = _read(ANNOUNCED)
    assert (monday.value, monday.ahead) == (dt.date(2025, 1, 13), None)
    assert (april.value, april.ahead) == (dt.date(2025, 4, 1), None)


def test_dt2_dates_an_infinitive_under_a_present_plan_reads_forward() -> None:
    assert _value(EXPECTED) == (dt.date(2025, 6, 1), None)


def test_dt2_dates_since_always_reads_back() -> None:
    assert _value(SINCE) == (dt.date(2024, 11, 1), None)


def test_dt2_dates_a_past_bound_keeps_both_readings() -> None:
    assert _value(PUT_OFF) == (dt.date(2024, 5, 1), dt.date(2025, 5, 1))  # "put off until May": open


def test_dt2_dates_a_past_clause_day_is_not_after_the_publications_month() -> None:
    assert _value(SIGNED_DAY) == (dt.date(2024, 2, 10), None)


def test_dt2_dates_a_present_clause_leaves_both_readings() -> None:
    assert _value(RESUME) == (dt.date(2025, 1, 10), dt.date(2025, 1, 17))


def _found(text: str, published: dt.date = JANUARY) -> list[tuple[str, dt.date, str, str, dt.date | None]]:
    return [(d.text, d.value, d.precision, d.relation, d.ahead) for d in find_dates(text, published, lang=EN)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oslo will finish the pier by the end of the year.",
         ("by the end of the year", dt.date(2025, 12, 1), "month", "before", None)),
        ("Lima pays the rest by the end of next year.",
         ("by the end of next year", dt.date(2026, 12, 1), "month", "before", None)),
        ("The base closes before the year is out.",
         ("before the year is out", dt.date(2025, 12, 1), "month", "before", None)),
        ("Funds arrive by year-end.", ("by year-end", dt.date(2025, 12, 1), "month", "before", None)),
        ("It ends at the end of next month.",
         ("the end of next month", dt.date(2025, 2, 1), "month", "on", None)),
        ("The pier is ready by the end of March.",
         ("by the end of March", dt.date(2024, 3, 1), "month", "before", dt.date(2025, 3, 1))),
        ("The pier is ready by the end of 2027.",
         ("by the end of 2027", dt.date(2027, 12, 1), "month", "before", None)),
        ("The corvettes sail in the second quarter.",
         ("the second quarter", dt.date(2024, 1, 1), "year", "on", dt.date(2025, 1, 1))),
        ("Exports fell in the third quarter of next year.",
         ("the third quarter of next year", dt.date(2026, 1, 1), "year", "on", None)),
        ("Exports fell in the fourth quarter of 2023.",
         ("the fourth quarter of 2023", dt.date(2023, 1, 1), "year", "on", None)),
        ("The drills come in the autumn.",
         ("the autumn", dt.date(2024, 1, 1), "year", "on", dt.date(2025, 1, 1))),
        ("The brigade left last summer.", ("last summer", dt.date(2024, 1, 1), "year", "on", None)),
        ("The brigade returns next spring.", ("next spring", dt.date(2025, 1, 1), "year", "on", None)),
        ("It was built in the spring of 2019.",
         ("the spring of 2019", dt.date(2019, 1, 1), "year", "on", None)),
        ("The talks are planned for March.",
         ("March", dt.date(2024, 3, 1), "month", "on", dt.date(2025, 3, 1))),
    ],
)  # fmt: skip
def test_dt2_dates_periods_seasons_and_quarters(text: str, expected: tuple[object, ...]) -> None:
    assert _found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Since the fall of the old regime, the port has grown.",
        "A fall in exports worried the bank.",
        "Its spring offensive stalled.",
        "In the first quarter of the century, the town grew.",
        "It marked the end of the war.",
        "A quarter of the crews left.",
    ],
)
def test_dt2_dates_words_of_seasons_and_ends_that_are_no_date(text: str) -> None:
    assert _found(text) == []


def test_dt2_dates_a_last_season_is_the_latest_one_over() -> None:
    october = dt.date(2025, 10, 20)
    assert _found("The brigade left last summer.", october)[0][1] == dt.date(2025, 1, 1)
    assert _found("The brigade left last autumn.", october)[0][1] == dt.date(2024, 1, 1)


def test_dt2_dates_relative_words_count_from_the_dateline() -> None:
    text = "VILNIUS, 3 March 2025 — Lithuania recalled its envoy yesterday."
    assert _found(text, dt.date(2025, 3, 6)) == [("yesterday", dt.date(2025, 3, 2), "day", "on", None)]
    far = "VILNIUS, 3 March 2024 — Lithuania recalled its envoy yesterday."  # a year off: not the filing
    assert _found(far, dt.date(2025, 3, 6)) == [("yesterday", dt.date(2025, 3, 5), "day", "on", None)]


def test_dt2_dates_an_unparsed_since_reads_back() -> None:
    text = "The frigate has patrolled since November."
    (d,) = extract_dates(BLANK.make_doc(text), JANUARY, sentences=[Sentence(0, 0, len(text), text)], lang=EN)
    assert (d.value, d.ahead) == (dt.date(2024, 11, 1), None)


RULES = dates.date_rules(EN)
_WORDS = [
    "in", "the", "by", "before", "at", "of", "end", "End", "year", "year's", "year-end", "month", "is",
    "out", "ends", "next", "last", "this", "second", "fourth", "quarter", "spring", "Spring", "fall",
    "summer", "2025", "March", "x", "-",
]  # fmt: skip
_SEPS = [" ", " ", "", "-", "\n", ", ", ". "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPS)), min_size=1, max_size=10))
def test_dt2_dates_anchored_scan_equals_full_scan_for_periods(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + s for w, s in parts)
    full = [(p.kind, m.span(), m.groupdict()) for p in RULES.patterns for m in p.regex.finditer(text)]
    starts = dates._candidate_starts(text, RULES)
    anchored = [
        (p.kind, m.span(), m.groupdict())
        for p, at in zip(RULES.patterns, starts, strict=True)
        for m in finditer_at(p.regex, text, at)
    ]
    assert anchored == full


@pytest.fixture(scope="module")
def analyse():  # noqa: ANN201
    """The whole per-document pipeline: (dates, events, claims) of a text published in January."""
    from geowire.pipeline import Analyzer
    from geowire.settings import Settings
    from geowire.types import DocContext

    analyzer = Analyzer(Settings())

    def run(text: str):  # noqa: ANN202
        (a,) = analyzer.analyse([(DocContext(doc_id="t", published=JANUARY), text)])
        return a

    return run


@pytest.mark.model
def test_dt2_dates_a_force_heading_out_next_month_is_dated_ahead_in_claims_and_events(analyse) -> None:  # noqa: ANN001
    a = analyse("Some 800 Dutch marines are heading to Norway in February for a winter drill.")
    assert {c.fields.get("date") for c in a.claims if c.kind == "deployment"} == {"2025-02-01"}
    assert {e.date for e in a.events if e.date is not None} <= {dt.date(2025, 2, 1)}


@pytest.mark.model
def test_dt2_dates_a_force_that_arrived_stays_in_the_year_before(analyse) -> None:  # noqa: ANN001
    a = analyse("Some 800 Dutch marines arrived in Norway in November for a winter drill.")
    assert {c.fields.get("date") for c in a.claims if c.kind == "deployment"} == {"2024-11-01"}


@pytest.mark.model
def test_dt2_dates_a_meeting_to_come_is_on_the_coming_weekday(analyse) -> None:  # noqa: ANN001
    (d,) = analyse("The two foreign ministers will meet in Baku on Thursday.").dates
    assert (d.value, d.ahead) == (dt.date(2025, 1, 16), None)
