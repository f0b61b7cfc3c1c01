"""A full rebuild clusters categories in forked workers (issue 12): the same tables as in-process."""

from __future__ import annotations

import multiprocessing
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_build_incremental import TODAY, _doc, _dump, _write_doc

from geowire.errors import WorkerError
from geowire.model.build import rebuild_model
from geowire.model.forked import can_fork, map_forked
from geowire.store.db import open_store

pytestmark = pytest.mark.skipif(not can_fork(), reason="forked workers need a POSIX fork")


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_doc, min_size=1, max_size=12))
def test_build_parallel_rebuild_equals_in_process(docs: list[Any]) -> None:
    store = open_store(None)
    for doc in docs:
        _write_doc(store, *doc)
    rebuild_model(store, today=TODAY, workers=1)
    alone = _dump(store)
    rebuild_model(store, today=TODAY, workers=2)
    assert _dump(store) == alone


def _slow_square(n: int) -> int:
    if n == 0:  # the first worker finishes last: results still come in input order
        sum(range(2_000_000))
    return n * n


def test_forked_map_keeps_input_order() -> None:
    assert list(map_forked(_slow_square, range(5), workers=2)) == [n * n for n in range(5)]


def _fail(n: int) -> int:
    raise ValueError(f"bad input {n}")


def test_forked_map_raises_a_workers_failure() -> None:
    with pytest.raises(WorkerError, match="bad input 0"):
        list(map_forked(_fail, [0, 1], workers=2))


def test_forked_map_runs_the_parents_work_once_while_the_first_workers_run() -> None:
    """``meanwhile`` runs once, in the parent, with the first workers started and before the first
    result is handed out; the results are as without it."""
    calls: list[tuple[int, int]] = []

    def meanwhile() -> None:
        calls.append((os.getpid(), len(multiprocessing.active_children())))

    results = map_forked(_slow_square, range(5), workers=2, meanwhile=meanwhile)
    assert next(results) == 0
    # the first worker is still busy then; the second may have finished its quick item already on a
    # loaded machine (seen: one live child), so "started" is at least the first
    assert len(calls) == 1 and calls[0][0] == os.getpid() and 1 <= calls[0][1] <= 2
    assert list(results) == [n * n for n in range(1, 5)]
    assert len(calls) == 1


def test_forked_map_in_process_runs_the_parents_work_first() -> None:
    """Without workers, ``meanwhile`` runs before the first item (the same work, in one process)."""
    seen: list[str] = []

    def square(n: int) -> int:
        seen.append(f"item {n}")
        return n * n

    results = map_forked(square, range(2), workers=1, meanwhile=lambda: seen.append("meanwhile"))
    assert list(results) == [0, 1]
    assert seen == ["meanwhile", "item 0", "item 1"]


@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(st.lists(_doc, min_size=6, max_size=12))
def test_build_parallel_a_rebuild_failing_midway_leaves_the_store_as_it_was(docs: list[Any]) -> None:
    """A clusterer failing on its second category (in-process, or in a worker) rolls the whole
    rebuild back: the derived tables as before, no staging table left, no worker left running
    (review of 2026-12-05)."""
    from hypothesis import assume

    from geowire.model import build

    store = open_store(None)
    for doc in docs:
        _write_doc(store, *doc)
    original = build._CategoryClusterer.__call__
    calls = {"n": 0}
    parent = os.getpid()

    def counted(self: Any, rows: Any) -> Any:
        calls["n"] += 1
        return original(self, rows)

    try:
        build._CategoryClusterer.__call__ = counted  # type: ignore[method-assign]
        rebuild_model(store, today=TODAY, workers=1)
    finally:
        build._CategoryClusterer.__call__ = original  # type: ignore[method-assign]
    assume(calls["n"] >= 2)  # two categories the model counts, so the second one can fail
    before = _dump(store)

    def failing(self: Any, rows: Any) -> Any:
        calls["n"] += 1
        if os.getpid() != parent or calls["n"] >= 2:
            raise RuntimeError("clusterer broke")
        return original(self, rows)

    try:
        build._CategoryClusterer.__call__ = failing  # type: ignore[method-assign]
        for workers in (1, 2):
            calls["n"] = 0
            with pytest.raises((RuntimeError, WorkerError), match="clusterer broke"):
                rebuild_model(store, today=TODAY, workers=workers)
            assert _dump(store) == before
            temps = store.con.execute("SELECT table_name FROM duckdb_tables() WHERE temporary").fetchall()
            assert temps == []
            assert multiprocessing.active_children() == []
    finally:
        build._CategoryClusterer.__call__ = original  # type: ignore[method-assign]
    rebuild_model(store, today=TODAY, workers=2)
    assert _dump(store) == before


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_doc, min_size=2, max_size=12), st.integers(1, 3))
def test_build_parallel_a_category_made_in_parts_is_the_same(docs: list[Any], rows: int) -> None:
    """A category of many members is made into occurrence rows in parts of whole occurrences
    (derived.LINK_ROWS; at 10^7 events one statement ran out of memory): the same tables."""
    from geowire.store import derived

    store = open_store(None)
    for doc in docs:
        _write_doc(store, *doc)
    rebuild_model(store, today=TODAY, workers=1)
    whole = _dump(store)
    before = derived.LINK_ROWS
    try:
        derived.LINK_ROWS = rows
        rebuild_model(store, today=TODAY, workers=1)
    finally:
        derived.LINK_ROWS = before
    assert _dump(store) == whole


def test_build_parallel_parts_keep_each_occurrence_whole() -> None:
    from geowire.store.derived import _whole_occurrences

    occurrences = ["b", "a", "b", "c", "a", "b"]
    events = ["e1", "e2", "e3", "e4", "e5", "e6"]
    parts = list(_whole_occurrences(occurrences, events, 2))
    assert sorted(e for _o, es in parts for e in es) == sorted(events)
    for occ, _es in parts:
        assert all(o not in occ for other, _x in parts if other is not occ for o in other)
    assert list(_whole_occurrences(occurrences, events, 6)) == [(occurrences, events)]
