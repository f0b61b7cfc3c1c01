"""The stacked form of the learned decision stage: the features that compare a reading with the
other readings of its trigger, the ranking features, the artefact's round trip (hand-made events
and weights: no model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geowire.coding.decide import LinearDecider, decide, load_decider, rank_features
from geowire.coding.features import trigger_context
from geowire.types import Event, EventActor, Span


def _actor(code: str) -> EventActor:
    return EventActor(code=code, sector=None, entity_text=code, wikidata=None, start=0, end=1)


def _event(eid: str, category: str, actors: list[str], recipients: list[str], *, trig: int = 0) -> Event:
    return Event(id=eid, doc_id="d", sentence_index=0, sentence="s", sentence_start=0,
                 category=category, trigger=Span(trig, trig + 3, "xyz"),
                 actors=tuple(_actor(a) for a in actors),
                 recipients=tuple(_actor(r) for r in recipients))  # fmt: skip


def _readings() -> list[tuple[Event, tuple[str, ...]]]:
    """One trigger: the rules' own reading (no recipient), its object as recipient, a party far
    from it as recipient, and the reverse direction; a second trigger alone."""
    nsubj = "arel=direct:nsubj"
    return [
        (_event("a", "SANCTION", ["NOR"], []), ("bias", "rulepick", nsubj)),
        (_event("b", "SANCTION", ["NOR"], ["BLR"]), ("bias", nsubj, "irel=direct:dobj", "ilen=1")),
        (_event("c", "SANCTION", ["NOR"], ["RUS"]), ("bias", nsubj, "irel=far", "ilen=4")),
        (_event("d", "SANCTION", ["BLR"], ["NOR"]), ("bias", "arel=direct:dobj", f"i{nsubj[1:]}", "ilen=1")),
        (_event("e", "ACCUSE", ["RUS"], [], trig=9), ("bias", "rulepick", "arel=prep:by")),
    ]  # fmt: skip


def _by_id() -> dict[str, set[str]]:
    return {e.id: set(f) for e, f in trigger_context(_readings())}


def test_the_plainest_object_is_the_recipient_reading_that_leads() -> None:
    f = _by_id()
    assert "rrank=plainest|sole-object" in f["b"] and "cat|rrank=SANCTION|plainest|sole-object" in f["b"]
    assert "rrank=behind" in f["c"]
    assert "rrank=none|rival-object" in f["a"]  # a rival of the same actor names the object
    assert "rrank=none|only" in f["e"]


def test_the_subject_is_the_plainest_actor_and_a_reversal_is_marked() -> None:
    f = _by_id()
    assert "actor-plainest" in f["b"] and "actor-behind" in f["d"]
    assert "swap|actor=behind" in f["d"] and "swap|actor=plainest" in f["b"]


def test_readings_are_compared_with_the_rules_own_reading_of_their_trigger() -> None:
    f = _by_id()
    assert "vsrule=110" in f["b"] and "vsrule=adds-recipient|plainest|sole-object" in f["b"]
    assert "vsrule=100" in f["d"]
    assert not any(x.startswith("vsrule") for x in f["a"] | f["e"])  # the rules' own readings
    assert "tcats=1" in f["e"]


def test_rank_features_say_where_a_reading_stands_among_its_trigger_readings() -> None:
    keys = [(0, 0, 3), (0, 0, 3), (0, 9, 12)]
    out = rank_features([2.0, 0.5, -1.0], keys, [["cat=SANCTION"], [], []])
    assert out[0][:2] == ["rk=top", "rk|cat=SANCTION|top"] and "rkgap=0" in out[0]
    assert any(x.startswith("rklead=") for x in out[0])
    assert "rk=trail" in out[1] and "rkgap=3" in out[1]  # 1.5 behind: in (1, 2]
    assert "rk=top" in out[2] and not any(x.startswith("rklead=") for x in out[2])  # alone


def test_only_the_stacked_form_reads_the_context() -> None:
    single = LinearDecider({"bias": 0.0, "rrank=plainest|sole-object": 3.0}, 0.5, 0.5, "t")
    assert [f for _, f in single.in_context(_readings())] == [f for _, f in _readings()]
    stacked = LinearDecider({"bias": 0.0, "rk=top": 3.0, "rk=trail": -3.0}, 0.5, 0.5, "t",
                            rank_weights={"irel=direct:dobj": 2.0, "arel=direct:nsubj": 1.0})  # fmt: skip
    p = dict(zip("abcde", stacked.probabilities(_readings()), strict=True))
    assert p["b"] > 0.9 and p["a"] < 0.1 and p["c"] < 0.1 and p["e"] > 0.9
    assert [e.id for e in decide(_readings(), stacked, threshold=0.5)] == ["b", "e"]


def test_the_stacked_artefact_round_trips(tmp_path: Path) -> None:
    d = LinearDecider({"bias": -1.0, "rk=top": 2.0}, 0.3, 0.6, "stacked", rank_weights={"x": 0.5})
    path = tmp_path / "m.json"
    path.write_text(json.dumps(d.to_json()), encoding="utf-8")
    back = load_decider(path)
    assert back.rank_weights == {"x": 0.5} and back.weights == d.weights
    assert back.probabilities(_readings()) == pytest.approx(d.probabilities(_readings()))
