"""What an incremental update reads of a large store is bounded by dates, not by the store (issue 12):
the candidates' event rows by their windows, the ``dyad_days`` rows by the delta's dates (a rebuild
and migration 020 write that table in date order)."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.model.test_build_incremental import TODAY, _doc, _write_doc

from geowire.model.build import rebuild_model, update_model
from geowire.store import derived
from geowire.store.db import open_store

D = dt.date


def _date_key(date: dt.date | None, precision: str | None) -> tuple[bool, bool, dt.date]:
    return (date is not None, precision != "year", date or dt.date.min)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_doc, min_size=1, max_size=4), min_size=1, max_size=2))
def test_a_rebuild_writes_dyad_days_by_date_within_each_level(batches: list[list[Any]]) -> None:
    store = open_store(None)
    for batch in batches:
        update_model(store, {_write_doc(store, *doc) for doc in batch}, today=TODAY)
    rebuild_model(store, today=TODAY)
    rows = store.con.execute("SELECT level, date, date_precision FROM dyad_days ORDER BY rowid").fetchall()
    keys = [(level, *_date_key(date, precision)) for level, date, precision in rows]
    assert keys == sorted(keys)


def test_row_days_are_disjoint_conditions_that_every_given_date_meets_once() -> None:
    dates = [
        (None, None),
        (D(2024, 3, 9), "year"),
        (D(2024, 11, 2), "year"),
        (D(2024, 2, 3), "day"),
        (D(2024, 2, 20), "month"),
        (D(2024, 3, 1), "day"),
    ]
    found = derived._row_days(dates)
    assert len(found) == 4  # undated, the year-precision ones, February, March
    store = open_store(None)
    store.con.execute("CREATE TEMP TABLE t (date DATE, date_precision VARCHAR)")
    # the given dates, and rows no condition should read: another day of March, a day-precision
    # row inside the year-precision span, a year-precision row outside it
    others = [(D(2024, 3, 2), "day"), (D(2024, 6, 1), "day"), (D(2024, 12, 1), "year")]
    store.con.executemany("INSERT INTO t VALUES (?, ?)", dates + others)
    for date, precision in dates:
        met = [c for c in found if _meets(store, c, date, precision)]
        assert len(met) == 1, (date, precision, met)
    for date, precision in others:
        assert not any(_meets(store, c, date, precision) for c in found), (date, precision)
    assert derived._row_days([]) == []


def _meets(store: Any, condition: str, date: dt.date | None, precision: str | None) -> bool:
    row = store.con.execute(
        f"SELECT count(*) FROM t WHERE date IS NOT DISTINCT FROM ? AND date_precision IS NOT DISTINCT FROM ?"
        f" AND ({condition})",
        [date, precision],
    ).fetchone()
    return bool(row and row[0])


def test_migration_020_writes_dyad_days_again_in_date_order() -> None:
    store = open_store(None)
    rows = [
        ("country", "CHN", "USA", D(2024, 5, 2), "day", 1),
        ("actor", "CHNGOV", "USAGOV", None, None, 2),
        ("country", "CHN", "USA", D(2024, 1, 1), "year", 3),
        ("country", "RUS", "USA", None, None, 4),
        ("country", "CHN", "RUS", D(2024, 2, 9), "month", 1),
    ]
    store.con.executemany(
        "INSERT INTO dyad_days VALUES (?, ?, ?, ?, ?, ?, 1, 1, 0, 5, 5, 0)", [list(r) for r in rows]
    )
    sql = resources.files("geowire.store.migrations").joinpath("020_dyad_days_by_date.sql").read_text()
    store.con.execute(sql)
    stored = store.con.execute(
        "SELECT level, a, b, date, date_precision, quad_class FROM dyad_days ORDER BY rowid"
    ).fetchall()
    assert sorted(stored, key=str) == sorted(rows, key=str)  # the same rows
    keys = [(level, *_date_key(date, precision)) for level, _, _, date, precision, _ in stored]
    assert keys == sorted(keys)


def test_candidates_rows_are_found_by_their_windows() -> None:
    store = open_store(None)
    event = {
        "category": "CONSULT", "actors": [("USA", None)], "recipients": [], "words": ["talks"],
        "trigger": "met", "day": 1, "precision": "day", "source": "clause", "quad": 1,
        "modality": "asserted", "location": None, "named": False, "confidence": 0.9, "learned": False,
    }  # fmt: skip
    _write_doc(store, 1, [event] * 6, [], None)
    ids = [r[0] for r in store.con.execute("SELECT id FROM events ORDER BY id").fetchall()]
    dated = [  # (date, precision, window): as event_words keeps their windows
        (D(2024, 3, 9), "day", (D(2024, 3, 9), D(2024, 3, 9))),
        (D(2024, 3, 10), "day", (D(2024, 3, 3), D(2024, 3, 10))),  # dated by its article
        (D(2024, 2, 14), "month", (D(2024, 2, 1), D(2024, 2, 29))),
        (D(2024, 6, 1), "year", (D(2024, 1, 1), D(2024, 12, 31))),
        (None, None, (D(1, 1, 1), D(9999, 12, 31))),
        (D(2024, 3, 9), "day", (D(2024, 3, 9), D(2024, 3, 9))),  # not a candidate
    ]
    for event_id, (date, precision, _) in zip(ids, dated, strict=True):
        store.con.execute(
            "UPDATE events SET date = ?, date_precision = ? WHERE id = ?", [date, precision, event_id]
        )
    candidates = {e: window for e, (_, _, window) in zip(ids[:-1], dated, strict=False)}
    rows = derived._windowed_rows(store.con, list(candidates), candidates)
    found = {r[0] for r in store.con.execute("SELECT id FROM events WHERE rowid IN ?", [rows]).fetchall()}
    assert found == set(candidates)


def test_migration_021_makes_keys_32_bit_and_writes_the_wide_rows_after_the_narrow_ones() -> None:
    store = open_store(None)
    store.con.execute("ALTER TABLE event_words ALTER COLUMN key SET DATA TYPE UBIGINT")  # as before 021
    rows = [  # (event_id, category, actor, recipient, word, size, lo, hi), in a rebuild's hi order then
        ("e3", "CONSULT", "USA", "CHN", "talks", 2, D(2024, 1, 2), D(2024, 1, 2)),
        ("e4", "ACCUSE", "RUS", "UKR", "shelling", 1, D(2024, 1, 1), D(2024, 12, 31)),  # a year's
        ("e1", "CONSULT", "USA", "-", "^met", 2, D(2024, 12, 1), D(2024, 12, 31)),  # a month's
        ("e2", "CONSULT", "USA", "-", "^met", 2, D(2024, 12, 24), D(2024, 12, 31)),  # an article's week
        ("e5", "AID", "USA", "-", "grain", 1, D(1, 1, 1), D(9999, 12, 31)),  # undated
    ]
    store.con.executemany(
        "INSERT INTO event_words VALUES (?, ?, ?, ?, ?, ?, ?, ?, hash(?, ?, ?))",
        [[*r, r[1], r[2], r[4]] for r in rows],
    )
    sql = resources.files("geowire.store.migrations").joinpath("021_event_words_key32.sql").read_text()
    store.con.execute(sql)
    kind = store.con.execute(
        "SELECT data_type FROM information_schema.columns WHERE table_name = 'event_words'"
        " AND column_name = 'key'"
    ).fetchone()
    assert kind == ("UINTEGER",)
    stored = store.con.execute(
        "SELECT event_id, category, actor, recipient, word, size, lo, hi, key, "
        + derived._WORD_KEY.format(c="category", a="actor", w="word")
        + " FROM event_words ORDER BY rowid"
    ).fetchall()
    assert [r[0] for r in stored] == ["e3", "e1", "e2", "e4", "e5"]  # narrow, then wide, each in order
    assert sorted(r[:8] for r in stored) == sorted(rows)  # the same rows
    assert all(r[8] == r[9] for r in stored)  # keys as an update and a rebuild make them
    assert all(r[8] < 2**32 for r in stored)


def test_word_keys_are_made_again_in_32_bits_when_the_hash_mark_differs() -> None:
    store = open_store(None)
    store.con.execute(
        "INSERT INTO event_words VALUES ('e1', 'CONSULT', 'USA', '-', 'talks', 1, DATE '2024-01-01',"
        " DATE '2024-01-01', 7)"
    )
    store.con.execute(
        "INSERT INTO store_meta VALUES (?, 'another hash')"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [derived.WORD_KEY_MARK],
    )
    derived.word_keys_current(store.con)
    key = store.con.execute("SELECT key FROM event_words").fetchone()
    made = store.con.execute(
        "SELECT " + derived._WORD_KEY.format(c="'CONSULT'", a="'USA'", w="'talks'")
    ).fetchone()
    assert key == made and key is not None and key[0] != 7


def test_migration_022_drops_the_occurrence_indexes_and_keeps_the_rows_in_their_order() -> None:
    store = open_store(None)  # migrated: the shape 022 leaves
    indexed = "SELECT count(*) FROM duckdb_indexes() WHERE table_name IN ('occurrences', 'occurrence_dyads')"
    keyed = (
        "SELECT count(*) FROM duckdb_constraints()"
        " WHERE table_name = 'occurrences' AND constraint_type = 'PRIMARY KEY'"
    )
    assert store.con.execute(indexed).fetchone() == (0,)
    assert store.con.execute(keyed).fetchone() == (0,)
    # the shape before 022: the primary key and the pair index, rows in date order
    ddl = store.con.execute("SELECT sql FROM duckdb_tables() WHERE table_name = 'occurrences'").fetchone()
    assert ddl is not None
    store.con.execute("DROP TABLE occurrences")
    store.con.execute(ddl[0].replace("id VARCHAR NOT NULL", "id VARCHAR PRIMARY KEY"))
    store.con.execute("CREATE INDEX occurrence_dyads_pair ON occurrence_dyads (level, source, target)")
    assert store.con.execute(keyed).fetchone() == (1,)
    rows = [
        (
            f"oc{i}",
            "CONSULT",
            1,
            0.5,
            D(2024, 1, 1 + i),
            "day",
            ["USA"],
            [],
            ["USA"],
            [],
            "asserted",
            True,
            1,
            1,
            1,
            D(2024, 1, 1 + i),
            D(2024, 1, 1 + i),
            f"Talks {i}.",
        )
        for i in (3, 1, 2)
    ]
    store.con.executemany(f"INSERT INTO occurrences VALUES ({', '.join('?' * 18)})", [list(r) for r in rows])
    sql = resources.files("geowire.store.migrations").joinpath("022_occurrences_unindexed.sql").read_text()
    store.con.execute(sql)
    assert store.con.execute(indexed).fetchone() == (0,)
    assert store.con.execute(keyed).fetchone() == (0,)
    stored = store.con.execute("SELECT id, date, summary FROM occurrences ORDER BY rowid").fetchall()
    assert stored == [(r[0], r[4], r[17]) for r in rows]  # the same rows, in the order they had
    nullable = (
        "SELECT is_nullable FROM information_schema.columns"
        " WHERE table_name = 'occurrences' AND column_name = 'id'"
    )
    assert store.con.execute(nullable).fetchone() == ("NO",)
