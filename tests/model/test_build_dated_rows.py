"""An update reads the occurrences, dyads and links it touches among the rows dated in the touched
periods' days (``store.derived._dated_in``); that is right only when every row's date lies in its
occurrence's period, and it pays only when a rebuild writes the rows in date order."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.model.test_build_incremental import TODAY, _doc, _write_doc

from geowire.model.build import load_events, rebuild_model, update_model
from geowire.model.occurrences import period, period_days
from geowire.store import derived
from geowire.store.db import Store, open_store


def _assert_dated_in_periods(store: Store) -> None:
    """Each occurrence's date (and its dyads' and links' dates) lies in its members' period's span."""
    span = {e.id: period_days(period(e)) for e in load_events(store.con)}
    members: dict[str, set[tuple[dt.date, dt.date] | None]] = {}
    for occ, event in store.con.execute("SELECT occurrence_id, event_id FROM occurrence_events").fetchall():
        members.setdefault(occ, set()).add(span[event])
    assert all(len(spans) == 1 for spans in members.values())  # one period an occurrence
    for table, key in (("occurrences", "id"), ("occurrence_dyads", "occurrence_id")):
        for occ, date, precision in store.con.execute(
            f"SELECT {key}, date, date_precision FROM {table}"
        ).fetchall():
            (days,) = members[occ]
            _assert_in(days, date, precision)
    for occ, date, precision in store.con.execute(
        "SELECT occurrence_id, event_date, date_precision FROM occurrence_events"
    ).fetchall():
        (days,) = members[occ]
        _assert_in(days, date, precision)
    _assert_within_members(store)


def _assert_within_members(store: Store) -> None:
    """Each occurrence's date (and its dyads') is one of its member links' dates, so it lies between
    the earliest and the latest of them (what ``derived.absorbed_days`` reads an absorbed one by)."""
    dates: dict[str, set[dt.date | None]] = {}
    for occ, date in store.con.execute("SELECT occurrence_id, event_date FROM occurrence_events").fetchall():
        dates.setdefault(occ, set()).add(date)
    for table, key in (("occurrences", "id"), ("occurrence_dyads", "occurrence_id")):
        for occ, date in store.con.execute(f"SELECT {key}, date FROM {table}").fetchall():
            assert date in dates[occ]


def _assert_in(days: tuple[dt.date, dt.date] | None, date: dt.date | None, precision: str | None) -> None:
    if days is None:
        assert date is None
        return
    assert date is not None and days[0] <= date <= days[1]
    if (days[1] - days[0]).days >= 365:  # a year period: only year-precision rows (the year branch's filter)
        assert precision == "year"


def _date_key(date: dt.date | None, precision: str | None) -> tuple[bool, bool, dt.date]:
    return (date is not None, precision != "year", date or dt.date.min)


def _assert_in_date_order(store: Store) -> None:
    """A rebuild writes the occurrences and each level's dyads undated first, then dated by their
    year, then the rest, each by date (``derived._DATE_ORDER``), and ``event_words`` by ``hi``, the
    wide windows (a year, undated) after the narrow ones."""
    rows = store.con.execute("SELECT date, date_precision FROM occurrences ORDER BY rowid").fetchall()
    keys = [_date_key(*r) for r in rows]
    assert keys == sorted(keys)
    for (level,) in store.con.execute("SELECT DISTINCT level FROM occurrence_dyads").fetchall():
        rows = store.con.execute(
            "SELECT date, date_precision FROM occurrence_dyads WHERE level = ? ORDER BY rowid", [level]
        ).fetchall()
        keys = [_date_key(*r) for r in rows]
        assert keys == sorted(keys)
    his = store.con.execute("SELECT hi - lo > 31, hi FROM event_words ORDER BY rowid").fetchall()
    assert his == sorted(his)  # event_words' narrow rows by hi, then the wide ones (lookups skip by hi, lo)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_doc, min_size=1, max_size=4), min_size=1, max_size=3))
def test_rows_lie_in_their_periods_and_a_rebuild_writes_them_by_date(batches: list[list[Any]]) -> None:
    store = open_store(None)
    for batch in batches:
        update_model(store, {_write_doc(store, *doc) for doc in batch}, today=TODAY)
        _assert_dated_in_periods(store)
    rebuild_model(store, today=TODAY)
    _assert_dated_in_periods(store)
    _assert_in_date_order(store)


def test_dated_in_reads_one_branch_a_span() -> None:
    sql = "SELECT * FROM occurrences WHERE true"
    assert derived._dated_in(sql, None, "date") == sql  # every row
    assert derived._dated_in(sql, [], "date") == f"{sql} AND false"
    year = derived._dated_in(sql, [(dt.date(2024, 1, 1), dt.date(2024, 12, 31))], "date")
    assert year.endswith("BETWEEN DATE '2024-01-01' AND DATE '2024-12-31' AND date_precision = 'year'")
    month = derived._dated_in(
        sql, [(dt.date(2024, 2, 1), dt.date(2024, 2, 29)), None], "date", distinct=False
    )
    assert " UNION ALL " in month and "date IS NULL" in month and "date_precision" not in month


def test_absorbed_days_span_the_members_dates_of_each_period() -> None:
    store = open_store(None)
    store.con.execute(
        "CREATE TEMP TABLE absorbed_links AS SELECT * FROM (VALUES"
        " ('a', DATE '2024-02-03', 'day'), ('a', DATE '2024-02-11', 'month'),"
        " ('f', DATE '2024-02-20', 'day'),"
        " ('b', NULL, NULL), ('c', DATE '2024-03-01', 'year'), ('d', DATE '2024-07-09', 'year'),"
        " ('e', DATE '2024-01-31', 'day')) t(occurrence_id, event_date, date_precision)"
    )
    assert set(derived.absorbed_days(store.con)) == {
        (dt.date(2024, 2, 3), dt.date(2024, 2, 20)),  # February's members: from the 3rd to the 20th
        (dt.date(2024, 1, 31), dt.date(2024, 1, 31)),  # a month of its own
        (dt.date(2024, 1, 1), dt.date(2024, 12, 31)),  # a year period: the year (year-precision rows)
        None,  # undated members: the undated rows
    }
    store.con.execute("DELETE FROM absorbed_links")
    assert derived.absorbed_days(store.con) == []  # none absorbed: no row read (_dated_in: AND false)


def test_window_spans_bound_the_candidates_links_by_their_windows() -> None:
    d = dt.date
    windows = [
        (d(2024, 1, 28), d(2024, 2, 4)),  # an article's week ending in February: from the 1st
        (d(2024, 2, 9), d(2024, 2, 9)),  # a day
        (d(2024, 3, 5), d(2024, 3, 12)),  # March apart
        (d(2024, 1, 1), d(2024, 12, 31)),  # a year
        (d(1, 1, 1), d(9999, 12, 31)),  # undated
    ]
    assert set(derived.window_spans(windows)) == {
        (d(2024, 2, 1), d(2024, 2, 9)),
        (d(2024, 3, 5), d(2024, 3, 12)),
        (d(2024, 1, 1), d(2024, 12, 31)),
        None,
    }
    assert derived.window_spans([]) == []  # no candidate: no link read
