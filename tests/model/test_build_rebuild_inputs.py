"""What a rebuild's clustering reads and hands back, and the update's candidate rows by index
(issue 12): the same occurrences whichever way."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.model.test_build_incremental import TODAY, _agree, _check_batches, _doc, _dump, _write_doc

from geowire.lang.pack import load_language
from geowire.model.build import _CategoryClusterer, load_events, place_names, rebuild_model
from geowire.model.occurrences import EventRecord, cluster, evidence, vocabulary
from geowire.store import derived
from geowire.store.db import open_store

STOP = vocabulary(load_language("en")).stop


def _event(id_: str, sentence: str, trigger: str = "") -> EventRecord:
    return EventRecord(
        id=id_,
        doc_id="d" + id_,
        category="CONSULT",
        actors=("FRA",),
        recipients=("DEU",),
        sentence=sentence,
        trigger=trigger,
        date=dt.date(2025, 3, 4),
        date_precision="day",
        date_source="clause",
    )


def test_cluster_compares_the_words_it_is_given_not_the_sentences():
    """Given bags (a rebuild's, made in SQL), clustering compares those: two events whose sentences
    share nothing join when their given words match, and stay apart when they do not."""
    a, b = _event("e1", "ministers met in Paris"), _event("e2", "quarterly harvest figures")
    assert len(cluster([a, b], stop=STOP)) == 2
    same = [frozenset({"summit", "border", "accord"})] * 2
    assert len(cluster([a, b], stop=STOP, bags=same)) == 1
    apart = [frozenset({"summit", "border"}), frozenset({"harvest", "figures"})]
    assert len(cluster([a, b], stop=STOP, bags=apart)) == 2


def test_category_clusterer_reads_evidence_words_and_returns_two_lists():
    """A worker's rows carry their evidence words (``ws``) and no sentence; it hands back the
    occurrence id of each row's event and the event ids, in the rows' order."""
    rows: list[dict[str, Any]] = [
        {
            "id": f"e{i}",
            "doc_id": f"d{i}",
            "category": "CONSULT",
            "actors": ["FRA"],
            "recipients": ["DEU"],
            "ws": words,
            "trigger": "",
            "date": dt.date(2025, 3, 4),
            "date_precision": "day",
            "date_source": "clause",
            "location": None,
        }
        for i, words in enumerate([["summit", "border", "accord"]] * 2 + [["harvest"]])
    ]
    clusterer = _CategoryClusterer(names=place_names(lang=load_language("en")), stop=STOP)
    occurrence_ids, event_ids = clusterer(rows)
    assert event_ids == ["e0", "e1", "e2"]
    assert occurrence_ids[0] == occurrence_ids[1] != occurrence_ids[2]


def test_category_clusterer_gives_back_the_collector_as_it_found_it():
    """The worker's clustering turns the cyclic garbage collector off while it runs (it makes no
    cycles) and back on after: a rebuild in one process leaves it as it was, also on failure."""
    import gc

    clusterer = _CategoryClusterer(names=place_names(lang=load_language("en")), stop=STOP)
    assert gc.isenabled()
    assert clusterer([]) == ([], [])
    assert gc.isenabled()
    try:
        clusterer([{"id": "e0"}])  # not a staged row (no words, no fields)
    except (KeyError, TypeError):
        pass
    assert gc.isenabled()
    gc.disable()
    try:
        clusterer([])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_staged_words_are_the_evidence_of_each_event():
    """The words a rebuild stages for its workers are :func:`evidence`'s for every event (names of
    the event's own countries left out, stop words, case, hyphens)."""
    sentences = [
        (["Cease-fire", "TALKS", "the", "café", "France"], "Signed"),
        (["U.S.", "and", "Kyiv's", "x2y", "über-deal"], "agreed"),
    ]
    store = open_store(None)
    doc = _write_doc(store, 1, [_agree(ws, trigger) for ws, trigger in sentences], [], "Reuters")
    con = store.con
    derived.stage_events(con, floor=None, window_days=7, stop_words=STOP)
    categories = derived.staged_categories(con)
    staged = {r["id"]: frozenset(r["ws"]) for c in categories for r in derived.staged_rows(con, c)}
    assert len(staged) == len(sentences)
    for ev in load_events(con, doc_ids=[doc]):
        assert staged[ev.id] == evidence(ev, STOP)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_build_incremental_with_candidates_by_index_equals_rebuild(data):
    """With the candidate events' row ids and their documents always looked up in the indexes of
    ``events.id`` and ``documents.id`` (a large store's way), an update after random batches is
    still a rebuild."""
    batches = data.draw(st.lists(st.lists(_doc, min_size=1, max_size=4), min_size=1, max_size=3))
    saved = dict(derived.INDEX_RATIO)
    derived.INDEX_RATIO.update(dict.fromkeys(saved, 0))
    try:
        _check_batches(batches)
    finally:
        derived.INDEX_RATIO.update(saved)


def _mixed_store() -> Any:
    """A store whose events are of three categories, most AGREE, then CONSULT, then one SANCTION."""
    store = open_store(None)
    events = [_agree(["border", "talks"], "signed") for _ in range(3)]
    events += [dict(_agree(["summit"], "met"), category="CONSULT") for _ in range(2)]
    events.append(dict(_agree(["tariffs"], "imposed"), category="SANCTION"))
    _write_doc(store, 1, events, [], "Reuters")
    _write_doc(store, 2, events[3:], [], "TASS")
    return store


def _staged(con: Any) -> list[tuple[Any, ...]]:
    return con.execute(f"SELECT * FROM {derived.STAGED_EVENTS} ORDER BY id").fetchall()


def test_stage_events_in_parts_stages_what_one_call_does():
    """A rebuild stages its first categories, then the others while its workers run: the staged
    rows are those of one call, each category's rows together, and the categories come most
    frequent first either way."""
    store = _mixed_store()
    con = store.con
    derived.stage_events(con, floor=None, window_days=7, stop_words=STOP)
    whole, order = _staged(con), derived.staged_categories(con)
    assert derived.model_categories(con, None) == order == ["CONSULT", "AGREE", "SANCTION"]
    derived.stage_events(con, floor=None, window_days=7, stop_words=STOP, categories=order[:1])
    assert {r[2] for r in _staged(con)} == {"CONSULT"}
    derived.stage_events(con, floor=None, window_days=7, stop_words=STOP, categories=order[1:], add=True)
    assert _staged(con) == whole
    runs = [r[0] for r in con.execute(f"SELECT category FROM {derived.STAGED_EVENTS}").fetchall()]
    assert runs == sorted(runs, key=order.index)  # in the order they were staged, each together


def test_clear_empties_tables_keeping_their_definitions_and_indexes():
    """A rebuild empties the derived tables by re-creating them (cheaper to commit than deleting
    every row): afterwards they are empty, with the same columns, key and indexes, and a second
    rebuild gives the same tables as the first."""
    store = _mixed_store()
    rebuild_model(store, today=TODAY, workers=1)
    first = _dump(store)
    con = store.con

    def catalog() -> list[tuple[Any, ...]]:
        tables = "SELECT table_name, sql FROM duckdb_tables() WHERE table_name IN (SELECT unnest(?))"
        indexes = "SELECT table_name, sql FROM duckdb_indexes() WHERE table_name IN (SELECT unnest(?))"
        return sorted(con.execute(f"{tables} UNION ALL {indexes}", [list(derived.DERIVED)] * 2).fetchall())

    before = catalog()
    assert any("occurrence_events_doc" in sql for _, sql in before)
    with store.transaction():
        derived.clear(con)
    assert catalog() == before
    assert derived.table_counts(con, derived.DERIVED) == [0] * len(derived.DERIVED)
    rebuild_model(store, today=TODAY, workers=1)
    assert _dump(store) == first


def test_rebuild_stages_the_later_categories_in_bounded_groups() -> None:
    """At 10^7 events one statement staging every later category ran out of the cluster phase's
    buffer pool; they are staged in groups of at most STAGE_ROWS events (one category alone when it
    has more), in their order."""
    from geowire.model.build import stage_chunks

    sizes = [("AGREE", 700), ("THREATEN", 400), ("SANCTION", 250), ("ASSAULT", 2_000), ("AID", 10)]
    assert stage_chunks(sizes, 1_000) == [["AGREE"], ["THREATEN", "SANCTION"], ["ASSAULT"], ["AID"]]
    assert stage_chunks(sizes, 10_000) == [["AGREE", "THREATEN", "SANCTION", "ASSAULT", "AID"]]
    assert stage_chunks([], 1_000) == []


def test_rebuild_of_a_large_store_takes_the_larger_pools(monkeypatch: Any) -> None:
    """From LARGE_FROM stored events a rebuild sets DuckDB's pools to LARGE_MEMORY (at 10^7 the
    256 MB cluster pool ran out); below it, the small ones; the tables are the same."""
    from contextlib import contextmanager

    from geowire.model import build

    store = _mixed_store()
    seen: list[str] = []
    real = derived.memory_limit

    @contextmanager
    def recording(con: Any, limit: str) -> Any:
        seen.append(limit)
        with real(con, limit):
            yield

    monkeypatch.setattr(derived, "memory_limit", recording)
    rebuild_model(store, today=TODAY, workers=1)
    small = _dump(store)
    assert seen == [build.REBUILD_MEMORY, build.CLUSTER_MEMORY]
    seen.clear()
    monkeypatch.setattr(build, "LARGE_FROM", 1)
    rebuild_model(store, today=TODAY, workers=1)
    assert seen == [build.LARGE_MEMORY["rebuild"], build.LARGE_MEMORY["cluster"]]
    assert _dump(store) == small
