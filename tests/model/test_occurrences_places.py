"""Occurrences keep apart events at different named places, and one strike reported with a
dateline and with weekdays stays one occurrence (issue 13, item 6)."""

from __future__ import annotations

import datetime as dt

from geowire.lang.pack import load_language
from geowire.model.occurrences import EventRecord, Occurrence, PlaceNames, named_place, vocabulary
from geowire.model.occurrences import cluster as cluster_with

WORDS = vocabulary(load_language("en"))
NAMES = PlaceNames(
    countries=frozenset({"ukraine", "russia", "united states"}), spellings={"kiev": "kyiv"}, vocabulary=WORDS
)


def cluster(events: list[EventRecord]) -> list[Occurrence]:
    return cluster_with(events, stop=WORDS.stop)


STRIKE_DAY = dt.date(2024, 3, 5)  # a Tuesday


def _strike(id_: str, *, place: str | None, date=STRIKE_DAY, source="clause", sentence=None) -> EventRecord:
    return EventRecord(
        id=id_,
        doc_id="d" + id_,
        category="ASSAULT",
        actors=("RUS",),
        recipients=("UKR",),
        sentence=sentence or "Russian missiles hit apartment blocks overnight, killing residents",
        trigger="hit",
        date=date,
        date_precision="day",
        date_source=source,
        place=place,
    )


def test_named_place_is_the_most_specific_part_that_is_not_a_country():
    assert named_place("Ukraine in Kharkiv", NAMES) == "kharkiv"
    assert named_place("the city of Odesa", NAMES) == "odesa"
    assert named_place("the Kharkiv region, Ukraine", NAMES) == "kharkiv"
    assert named_place("Kiev", NAMES) == named_place("KYIV", NAMES) == "kyiv"
    assert named_place("Ukraine", NAMES) is None
    assert named_place("the United States", NAMES) is None
    assert named_place(None, NAMES) is None


def test_occurrences_same_day_strikes_in_two_cities_stay_apart():
    occs = cluster([_strike("e1", place="kharkiv"), _strike("e2", place="odesa")])
    assert len(occs) == 2


def test_occurrences_same_city_or_no_place_still_merge():
    occs = cluster(
        [_strike("e1", place="kharkiv"), _strike("e2", place="kharkiv"), _strike("e3", place=None)]
    )
    assert len(occs) == 1


def test_occurrences_place_rule_holds_for_word_matches_too():
    """Without a shared trigger, alike sentences at different places stay apart as well."""
    a = _strike("e1", place="kharkiv", sentence="Russian drones struck the energy grid in Kharkiv")
    b = _strike("e2", place="odesa", sentence="Russian drones struck the energy grid in Odesa")
    a, b = (EventRecord(**{**vars(e), "trigger": t}) for e, t in ((a, "struck"), (b, "attacked")))
    assert len(cluster([a, b])) == 2
    assert len(cluster([a, EventRecord(**{**vars(b), "place": None})])) == 1


def test_occurrences_dateline_dated_report_joins_weekday_dated_reports():
    """One strike, three reports: one published under a dateline the day after and dated only by
    it (the publication date, with its week's window), two dating it "on Tuesday"."""
    reports = [
        _strike("e1", place="kharkiv", date=STRIKE_DAY + dt.timedelta(days=1), source="publication"),
        _strike("e2", place="kharkiv"),
        _strike("e3", place=None),
    ]
    occs = cluster(reports)
    assert len(occs) == 1 and len(occs[0].members) == 3
