"""The WHERE builder behind every filtered store query: conditions only for given values, values
always bound as parameters."""

from __future__ import annotations

import datetime as dt

from geowire.store import open_store
from geowire.store.db import Where


def test_store_db_where_skips_missing_values() -> None:
    where = Where().match(None, "a = ?").match("", "b = ?").match(dt.date(2026, 1, 1), "c >= ?")
    assert where.sql == " WHERE c >= ?"
    assert where.params == [dt.date(2026, 1, 1)]
    assert Where().sql == ""


def test_store_db_where_binds_hostile_values_as_parameters() -> None:
    hostile = "x' OR '1'='1"
    with open_store(None) as store:
        store.con.execute("CREATE TABLE t (name VARCHAR)")
        store.con.execute("INSERT INTO t VALUES ('a'), ('b')")
        where = Where().add("TRUE").match(hostile, "name = ?")
        assert store.query(f"SELECT * FROM t{where.sql}", where.params) == []
        assert len(store.query(f"SELECT * FROM t{Where().sql}")) == 2
