"""The gated form's two ways of comparing the readings of one trigger (issue 11, rank session): the
context form reads what sets a reading apart from its trigger's other readings, the choice form gives
the trigger's best probability to the reading its reading model ranks first (hand-made events and
weights: no model)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from geowire.coding.decide import LinearDecider, decide, load_decider
from geowire.coding.train import _context_rows
from geowire.types import Event, EventActor, Span


def _party(code: str, start: int) -> EventActor:
    return EventActor(code=code, sector=None, entity_text=code, wikidata=None, start=start, end=start + 3)


def _reading(eid: str, category: str, actor: str, recipient: str | None, *, trig: int = 20) -> Event:
    return Event(id=eid, doc_id="d", sentence_index=0, sentence="x" * 80, sentence_start=0,
                 category=category, trigger=Span(trig, trig + 5, "fined"),
                 actors=(_party(actor, 0),),
                 recipients=(_party(recipient, 40),) if recipient else ())  # fmt: skip


def _one_trigger() -> list[tuple[Event, tuple[str, ...]]]:
    """Three readings of one trigger: its direct object as recipient, a party far from it as
    recipient, no recipient; then a second trigger alone."""
    own = ("bias", "lemma=fine", "arel=direct:nsubj")
    return [
        (_reading("obj", "SANCTION", "NOR", "BLR"), (*own, "irel=direct:dobj", "ilen=1")),
        (_reading("far", "SANCTION", "NOR", "RUS"), (*own, "irel=far", "ilen=5", "near")),
        (_reading("none", "SANCTION", "NOR", None), own),
        (_reading("alone", "ACCUSE", "RUS", None, trig=60), ("bias", "lemma=blame", "arel=direct:nsubj")),
    ]  # fmt: skip


GATED = LinearDecider({"bias": 0.0, "irel=direct:dobj": 1.0}, 0.3, 0.6, "gated",
                      gate_weights={"bias": 0.0, "lemma=fine": 1.0, "lemma=blame": 2.0},
                      single_weights={"bias": 0.0, "near": 2.0}, mix=(1.0, 1.0, 1.0, -1.0))  # fmt: skip


def test_the_context_form_scores_a_reading_against_its_triggers_other_readings() -> None:
    plain = dataclasses.replace(
        GATED, weights={"bias": 0.0}, single_weights={"bias": 0.0, "rrank=plainest|sole-object": 2.0}
    )
    context = dataclasses.replace(plain, context=True)
    assert [f for _, f in plain.in_context(_one_trigger())] == [f for _, f in _one_trigger()]
    feats = {e.id: set(f) for e, f in context.in_context(_one_trigger())}
    assert "rrank=plainest|sole-object" in feats["obj"] and "rrank=behind" in feats["far"]
    p_plain = dict(zip(["obj", "far", "none", "alone"], plain.probabilities(_one_trigger()), strict=True))
    p_context = dict(zip(["obj", "far", "none", "alone"], context.probabilities(_one_trigger()), strict=True))
    assert p_plain["obj"] == pytest.approx(p_plain["none"])  # without the context nothing tells them apart
    assert p_context["obj"] > p_context["none"] and p_context["obj"] > p_plain["obj"]


def test_the_choice_form_gives_the_triggers_best_probability_to_the_reading_models_first() -> None:
    gated = GATED.probabilities(_one_trigger())
    chosen = dataclasses.replace(GATED, reading_choice=True).probabilities(_one_trigger())
    # the pointwise score prefers the far party ("near" +2.0), the reading model the direct object
    assert gated[1] > gated[0]
    assert chosen[0] == pytest.approx(gated[1]) and chosen[1:] == pytest.approx(gated[1:])
    kept = decide(_one_trigger(), dataclasses.replace(GATED, reading_choice=True), threshold=0.3)
    assert [e.id for e in kept] == ["obj", "alone"]
    assert [e.id for e in decide(_one_trigger(), GATED, threshold=0.3)] == ["far", "alone"]
    # whatever the order of the candidates
    obj, far, *rest = _one_trigger()
    reordered = decide([far, obj, *rest], dataclasses.replace(GATED, reading_choice=True), threshold=0.3)
    assert sorted(e.id for e in reordered) == ["alone", "obj"]


def test_a_trigger_with_one_reading_keeps_its_own_probability_under_the_choice() -> None:
    chosen = dataclasses.replace(GATED, reading_choice=True)
    assert chosen.probabilities(_one_trigger())[3] == pytest.approx(GATED.probabilities(_one_trigger())[3])


def test_the_context_and_choice_flags_round_trip_and_are_absent_when_off(tmp_path: Path) -> None:
    assert "context" not in GATED.to_json() and "reading_choice" not in GATED.to_json()
    both = dataclasses.replace(GATED, context=True, reading_choice=True)
    path = tmp_path / "m.json"
    path.write_text(json.dumps(both.to_json()), encoding="utf-8")
    assert load_decider(path) == both


def test_context_rows_add_the_comparing_features_seen_often_enough() -> None:
    docs: list[Any] = [SimpleNamespace(candidates=_one_trigger())]
    vocab = {"bias": 0, "lemma=fine": 1}
    feats, rows, grown = _context_rows(docs, vocab, min_count=2)
    assert vocab == {"bias": 0, "lemma=fine": 1}  # the caller's vocabulary is left as it was
    assert "actor-plainest" in grown and "rrank=behind" not in grown  # four times; once
    assert len(feats) == len(rows) == 4
    assert all(grown["actor-plainest"] in r for r in rows)
