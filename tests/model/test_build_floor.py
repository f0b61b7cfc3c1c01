"""The model counts only the learned stage's events at or above its confidence floor
(settings.model_min_confidence); the others stay stored and listed.  The store records the floor
its model was built with, and a model built with another one is rebuilt."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.model.test_build_incremental import TODAY, _agree, _dump, _write_doc

from geowire.coding.floors import ArtefactFloors
from geowire.errors import ModelError
from geowire.model.build import (
    DECIDER_PATH,
    floor_stale,
    model_floor,
    rebuild_model,
    update_model,
    with_model_floor,
)
from geowire.settings import load_settings
from geowire.store import derived
from geowire.store.db import Store, open_store
from geowire.store.health import check_store

AT = load_settings(model_min_confidence=0.5)


def _event(confidence: float, *, learned: bool, words: list[str]) -> dict[str, Any]:
    return {**_agree(words, "signed"), "confidence": confidence, "learned": learned}


def _store() -> tuple[Store, str]:
    store = open_store(None)
    events = [
        _event(0.9, learned=True, words=["trade"]),  # counted
        _event(0.3, learned=True, words=["border"]),  # below the floor: stored, not modelled
        _event(0.3, learned=False, words=["troops"]),  # the rule coder's: counted whatever its confidence
    ]
    return store, _write_doc(store, 1, events, [], "Reuters")


def _modelled(store: Store) -> set[str]:
    return {r["event_id"] for r in store.query("SELECT event_id FROM occurrence_events")}


def test_build_floor_leaves_the_learned_events_below_it_out_of_the_model():
    store, doc = _store()
    update_model(store, [doc], today=TODAY, settings=AT)
    assert _modelled(store) == {f"{doc}e0", f"{doc}e2"}
    indexed = {r["event_id"] for r in store.query("SELECT DISTINCT event_id FROM event_words")}
    assert indexed == {f"{doc}e0", f"{doc}e2"}
    assert store.scalar("SELECT count(*) FROM events") == 3  # all stored
    assert derived.recorded_floor(store.con) == 0.5
    assert check_store(store) == []  # a counted event below the floor is not missing from the model
    incremental = _dump(store)
    rebuild_model(store, today=TODAY, settings=AT)
    assert incremental == _dump(store)


def test_build_floor_changed_rebuilds_the_model():
    store, doc = _store()
    update_model(store, [doc], today=TODAY, settings=AT)
    lower = load_settings(model_min_confidence=0.2)
    assert floor_stale(store, lower) and not floor_stale(store, AT)
    update_model(store, [_write_doc(store, 2, [], [], "TASS")], today=TODAY, settings=lower)
    assert _modelled(store) == {f"{doc}e0", f"{doc}e1", f"{doc}e2"}
    assert derived.recorded_floor(store.con) == 0.2 and not floor_stale(store, lower)


def test_build_floor_unrecorded_with_a_model_is_stale():
    """A model from before migration 018 has no floor recorded: stale once it holds occurrences."""
    store, doc = _store()
    assert not floor_stale(store, AT)  # nothing modelled yet
    update_model(store, [doc], today=TODAY, settings=AT)
    store.con.execute("DELETE FROM store_meta WHERE key = ?", [derived.FLOOR_MARK])
    assert floor_stale(store, AT)


def test_build_floor_defaults_to_the_deciders(tmp_path: Path):
    from geowire.coding.decide import MODEL_PATH, load_decider

    assert DECIDER_PATH == MODEL_PATH  # read without importing the coder
    decider = load_decider()
    expected = decider.model_floor
    assert model_floor(load_settings()) == expected
    assert model_floor(load_settings(model_min_confidence=0.35)) == 0.35
    with pytest.raises(ModelError, match="none.json cannot be read"):  # a named artefact, missing
        model_floor(load_settings(decider_model=tmp_path / "none.json"))
    own = tmp_path / "decider.json"
    own.write_text(json.dumps({"min_confidence": 0.6, "model_min_confidence": 0.45}))
    assert model_floor(load_settings(decider_model=own)) == 0.45


def test_build_floor_event_predicate_in_python_and_sql_agree():
    store, doc = _store()
    rows = store.query("SELECT * FROM events ORDER BY id")
    for floor in (None, 0.3, 0.5):
        sql = f"SELECT id FROM events e WHERE {derived.model_events(floor)}"
        in_sql = {r["id"] for r in store.query(sql)}
        assert in_sql == {r["id"] for r in rows if derived.in_model(r, floor)}


def test_build_floor_a_reader_with_the_commands_settings_keeps_their_floor(tmp_path: Path):
    """A read command opened with the settings a model was built with does not rebuild it under
    the default floor (which the next writer would undo again)."""
    from geowire.pipeline import open_model_reader, remove_documents

    path = tmp_path / "floor.duckdb"
    with open_store(path) as store:
        _, doc = _store_in(store)
        update_model(store, [doc], today=TODAY, settings=AT)
    with open_model_reader(path, AT) as reader:
        assert derived.recorded_floor(reader.con) == 0.5
    with open_store(path) as store:
        remove_documents(store, ["no-such-document"], AT)
        assert derived.recorded_floor(store.con) == 0.5


def _store_in(store: Store) -> tuple[Store, str]:
    events = [_event(0.9, learned=True, words=["trade"]), _event(0.3, learned=True, words=["border"])]
    return store, _write_doc(store, 1, events, [], "Reuters")


def test_build_floor_a_corrupt_artefact_is_a_clear_error(tmp_path: Path):
    bad = tmp_path / "decider.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="make train"):
        model_floor(load_settings(decider_model=bad))
    bad.write_text('{"model_min_confidence": "high"}', encoding="utf-8")
    with pytest.raises(ModelError, match="make train"):
        model_floor(load_settings(decider_model=bad))
    bad.write_text('{"model_min_confidence": 1.5}', encoding="utf-8")  # not a setting the user gave
    with pytest.raises(ModelError, match="make train"):
        with_model_floor(load_settings(decider_model=bad))


def test_build_floor_is_read_once_per_command(tmp_path: Path, monkeypatch: Any):
    """An ingest, a removal or a read resolves the decider's floor once and hands it down: the
    2.7 MB artefact is not parsed again at each model step."""
    from geowire.model import build
    from geowire.pipeline import open_model_reader, remove_documents

    own = tmp_path / "decider.json"
    own.write_text(json.dumps({"min_confidence": 0.6, "model_min_confidence": 0.5}))
    reads: list[Path | str | None] = []
    from geowire.coding import floors

    real = floors.read_floors

    def counted(path: Path | str | None = None) -> ArtefactFloors:
        reads.append(path)
        return real(path)

    monkeypatch.setattr(floors, "read_floors", counted)  # every read goes through it
    settings = load_settings(decider_model=own)
    assert build.with_model_floor(settings).model_min_confidence == 0.5
    assert build.with_model_floor(AT) is AT and len(reads) == 1  # a floor set is not read
    path = tmp_path / "once.duckdb"
    with open_store(path) as store:
        _, doc = _store_in(store)
        update_model(store, [doc], today=TODAY, settings=AT)
    reads.clear()
    with open_store(path) as store:
        remove_documents(store, [doc], settings)  # the floor check, then the update
    assert len(reads) == 1
    reads.clear()
    with open_model_reader(path, settings) as reader:
        assert derived.recorded_floor(reader.con) == 0.5
    assert len(reads) == 1
    no_artefact = load_settings(decider_model=tmp_path / "none.json")
    with pytest.raises(ModelError, match="run `make train`"):  # not "every event counts"
        build.with_model_floor(no_artefact)
