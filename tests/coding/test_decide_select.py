"""The learned decision stage's selection: thresholds, one reading per event, joint action split,
the artefact's loading (hand-made events and weights: no model)."""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path

import pytest

from geowire.coding.decide import LinearDecider, decide, joint_partner, load_decider, split_joint
from geowire.errors import ConfigError
from geowire.types import Event, EventActor, Span


def _actor(code: str) -> EventActor:
    return EventActor(code=code, sector=None, entity_text=code, wikidata=None, start=0, end=1)


def _event(eid: str, category: str, actors: list[str], recipients: list[str], *, trig: int = 0,
           sentence: int = 0) -> Event:  # fmt: skip
    return Event(id=eid, doc_id="d", sentence_index=sentence, sentence="s", sentence_start=0,
                 category=category, trigger=Span(trig, trig + 3, "xyz"),
                 actors=tuple(_actor(a) for a in actors),
                 recipients=tuple(_actor(r) for r in recipients))  # fmt: skip


DECIDER = LinearDecider({"bias": 0.0, "good": 3.0, "bad": -3.0, "ok": 1.0}, 0.5, 0.7, "test")


def test_decide_keeps_candidates_at_or_above_the_threshold() -> None:
    kept = decide([(_event("a", "SANCTION", ["NOR"], ["BLR"]), ("bias", "good")),
                   (_event("b", "ASSAULT", ["NOR"], ["BLR"], trig=9), ("bias", "bad"))], DECIDER,
                  threshold=0.5)  # fmt: skip
    assert [e.id for e in kept] == ["a"]
    assert kept[0].confidence == pytest.approx(0.953, abs=1e-3)
    assert "test: probability" in kept[0].explanation[-1]


def test_decide_keeps_one_reading_of_one_event() -> None:
    # two recipient readings and a second trigger of the same sanction: one event, the likeliest
    cands = [(_event("a", "SANCTION", ["NOR"], [], trig=0), ("bias", "ok")),
             (_event("b", "SANCTION", ["NOR"], ["BLR"], trig=0), ("bias", "good")),
             (_event("c", "SANCTION", ["NOR"], ["BLR"], trig=5), ("bias", "ok"))]  # fmt: skip
    assert [e.id for e in decide(cands, DECIDER, threshold=0.5)] == ["b"]


def test_decide_keeps_different_actors_and_sentences_apart() -> None:
    cands = [(_event("a", "SANCTION", ["NOR"], ["BLR"]), ("bias", "good")),
             (_event("b", "SANCTION", ["DNK"], ["BLR"], trig=4), ("bias", "good")),
             (_event("c", "SANCTION", ["NOR"], ["BLR"], sentence=1), ("bias", "good"))]  # fmt: skip
    assert [e.id for e in decide(cands, DECIDER, threshold=0.5)] == ["a", "b", "c"]


def test_symmetric_readings_with_the_same_parties_are_one_event() -> None:
    cands = [(_event("a", "CONSULT", ["NOR", "BLR"], []), ("bias", "ok")),
             (_event("b", "CONSULT", ["NOR"], ["BLR"], trig=4), ("bias", "good"))]  # fmt: skip
    assert [e.id for e in decide(cands, DECIDER, threshold=0.5)] == ["b"]


def test_decide_keeps_one_event_per_trigger_not_its_reversed_reading() -> None:
    # issue 11 (gsr5): "X struck Y" read both ways is one event, the likelier reading
    cands = [(_event("a", "ASSAULT", ["NOR"], ["BLR"]), ("bias", "good")),
             (_event("b", "ASSAULT", ["BLR"], ["NOR"]), ("bias", "ok"))]  # fmt: skip
    assert [e.id for e in decide(cands, DECIDER, threshold=0.5)] == ["a"]


def test_decide_drops_a_second_reading_with_other_parties_on_a_kept_trigger() -> None:
    cands = [(_event("a", "SANCTION", ["NOR"], ["BLR"]), ("bias", "good")),
             (_event("b", "SANCTION", ["DNK"], ["RUS"]), ("bias", "ok")),
             (_event("c", "SANCTION", ["DNK"], []), ("bias", "ok"))]  # fmt: skip
    assert [e.id for e in decide(cands, DECIDER, threshold=0.5)] == ["a"]


def test_decide_keeps_joint_action_on_one_recipient_as_one_event_per_actor() -> None:
    # "Denmark and Norway sanctioned Belarus", read once per actor: both kept (guidelines §5)
    cands = [(_event("a", "SANCTION", ["NOR"], ["BLR"]), ("bias", "good")),
             (_event("b", "SANCTION", ["DNK"], ["BLR"]), ("bias", "ok"))]  # fmt: skip
    assert [e.id for e in decide(cands, DECIDER, threshold=0.5)] == ["a", "b"]
    assert joint_partner(cands[1][0], cands[0][0])
    talks = _event("c", "CONSULT", ["DNK"], ["BLR"]), _event("d", "CONSULT", ["NOR"], ["BLR"])
    assert not joint_partner(*talks)  # a symmetric act with the same recipient is one event
    assert not joint_partner(_event("e", "SANCTION", ["NOR", "DNK"], ["BLR"]), cands[0][0])
    assert not joint_partner(_event("f", "COERCE", ["DNK"], ["BLR"]), cands[0][0])  # another sense


def test_a_name_in_the_objects_phrase_is_no_partner_of_the_subject() -> None:
    # "Finland and Norway sanctioned the Russian bank Sberbank": the bank stands after the trigger,
    # the subjects before it; "was sanctioned by Finland and Norway": both partners after it
    def at(e: Event, *starts: int) -> Event:
        placed = (dataclasses.replace(a, start=s, end=s + 2) for a, s in zip(e.actors, starts, strict=True))
        return dataclasses.replace(e, actors=tuple(placed))

    kept = at(_event("a", "SANCTION", ["FIN"], ["RUS"], trig=20), 0)
    assert joint_partner(at(_event("b", "SANCTION", ["NOR"], ["RUS"], trig=20), 10), kept)
    assert not joint_partner(at(_event("c", "SANCTION", ["SBER"], ["RUS"], trig=20), 40), kept)
    passive = at(_event("d", "SANCTION", ["FIN"], ["RUS"], trig=20), 40)
    assert joint_partner(at(_event("e", "SANCTION", ["NOR"], ["RUS"], trig=20), 50), passive)


def test_joint_action_on_a_recipient_is_one_event_per_actor() -> None:
    split = split_joint(_event("a", "SANCTION", ["DNK", "EST"], ["BLR"]))
    assert [[a.code for a in e.actors] for e in split] == [["DNK"], ["EST"]]
    assert len({e.id for e in split}) == 2
    assert len(split_joint(_event("b", "AGREE", ["DNK", "EST"], ["BLR"]))) == 1
    assert len(split_joint(_event("c", "ASSAULT", ["DNK", "EST"], []))) == 1


def test_the_modality_model_overrides_the_rules_when_present() -> None:
    d = LinearDecider({"bias": 2.0}, 0.5, 0.5, "m",
                      {"asserted": {"bias": -2.0}, "future": {"bias": 2.0},
                       "negated": {"bias": -3.0}, "hypothetical": {"bias": -3.0}})  # fmt: skip
    (kept,) = decide([(_event("a", "CONSULT", ["NOR"], ["BLR"]), ("bias",))], d, threshold=0.5)
    assert kept.modality == "future"


TWO_FACTOR = LinearDecider({"bias": 0.0, "good": 2.0, "ok": 0.0}, 0.3, 0.6, "two",
                           trigger_weights={"bias": -1.0, "event": 4.0})  # fmt: skip


def test_the_readings_of_one_trigger_share_its_probability_of_being_an_event() -> None:
    cands = [(_event("a", "SANCTION", ["NOR"], ["BLR"]), ("bias", "good", "event")),
             (_event("b", "SANCTION", ["NOR"], ["DNK"]), ("bias", "ok")),
             (_event("c", "SANCTION", ["NOR"], ["BLR"], trig=9), ("bias", "good"))]  # fmt: skip
    pa, pb, pc = TWO_FACTOR.probabilities(cands)
    p_event = 1 / (1 + math.exp(-3.0))  # "event" is in a reading of the trigger: all readings see it
    assert pa + pb == pytest.approx(p_event, abs=1e-6)
    assert pa / pb == pytest.approx(math.exp(2.0), rel=1e-6)
    assert pc == pytest.approx(1 / (1 + math.exp(1.0)), abs=1e-6)  # alone on its trigger; not an event
    assert [e.id for e in decide(cands, TWO_FACTOR, threshold=0.3)] == ["a"]


def test_the_two_factor_model_round_trips_through_its_file(tmp_path: Path) -> None:
    d = LinearDecider(TWO_FACTOR.weights, 0.3, 0.6, "two", trigger_weights=TWO_FACTOR.trigger_weights,
                      calibration=(0.5, -0.25))  # fmt: skip
    path = tmp_path / "m.json"
    path.write_text(json.dumps(d.to_json()), encoding="utf-8")
    assert load_decider(path) == d
    (cand,) = [(_event("a", "SANCTION", ["NOR"], ["BLR"]), ("bias", "event"))]
    (p,) = d.probabilities([cand])
    p_raw = 1 / (1 + math.exp(-3.0))
    assert p == pytest.approx(1 / (1 + math.exp(-(0.5 * math.log(p_raw / (1 - p_raw)) - 0.25))), abs=1e-6)


RELATIVE = LinearDecider(
    {"bias": 0.0, "good": 2.0}, 0.3, 0.6, "rel", event_weights={"bias": -1.0, "event": 4.0}
)


def test_the_best_reading_of_a_trigger_keeps_its_event_probability_the_others_trail(tmp_path: Path) -> None:
    cands = [(_event("a", "SANCTION", ["NOR"], ["BLR"]), ("bias", "good", "event")),
             (_event("b", "SANCTION", ["NOR"], ["DNK"]), ("bias", "event")),
             (_event("c", "SANCTION", ["NOR"], ["BLR"], trig=9), ("bias",))]  # fmt: skip
    pa, pb, pc = RELATIVE.probabilities(cands)
    p_event = 1 / (1 + math.exp(-3.0))  # each reading's own event features
    assert pa == pytest.approx(p_event, abs=1e-6)  # the trigger's best reading: not discounted
    assert pb == pytest.approx(p_event * math.exp(-2.0), abs=1e-6)  # trails the best by 2
    assert pc == pytest.approx(1 / (1 + math.exp(1.0)), abs=1e-6)  # alone on its trigger
    assert [e.id for e in decide(cands, RELATIVE, threshold=0.3)] == ["a"]
    path = tmp_path / "m.json"
    path.write_text(json.dumps(RELATIVE.to_json()), encoding="utf-8")
    assert load_decider(path) == RELATIVE


def test_the_mixed_form_keeps_the_higher_of_the_single_stage_and_relative_probability(tmp_path: Path) -> None:
    mixed = dataclasses.replace(RELATIVE, single_weights={"bias": 0.0, "alone": 3.0})
    cands = [(_event("a", "SANCTION", ["NOR"], ["BLR"]), ("bias", "good", "event")),
             (_event("b", "SANCTION", ["NOR"], ["DNK"]), ("bias", "alone"))]  # fmt: skip
    (ra, rb), (ma, mb) = RELATIVE.probabilities(cands), mixed.probabilities(cands)
    assert ma == pytest.approx(max(ra, 0.5), abs=1e-9)
    assert mb == pytest.approx(max(rb, 1 / (1 + math.exp(-3.0))), abs=1e-9)
    path = tmp_path / "m.json"
    path.write_text(json.dumps(mixed.to_json()), encoding="utf-8")
    assert load_decider(path) == mixed


def test_a_missing_or_broken_model_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no decision model"):
        load_decider(tmp_path / "none.json")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"weights": {}}), encoding="utf-8")
    with pytest.raises(ConfigError, match="unreadable"):
        load_decider(bad)


def test_the_shipped_model_loads_with_thresholds_in_range() -> None:
    d = load_decider()
    assert 0 < d.store_threshold <= d.min_confidence < 1
    assert d.store_threshold <= d.model_floor <= d.min_confidence
    assert "bias" in d.weights and len(d.weights) > 100


GATED = LinearDecider({"bias": 0.0, "best": 2.0}, 0.3, 0.6, "gated",
                      gate_weights={"bias": -2.0, "lemma=raid": 3.0, "t:rulepick": 1.0},
                      single_weights={"bias": 0.0, "alone": 1.5}, mix=(1.0, 1.0, 0.5, -0.5))  # fmt: skip


def test_the_gated_form_scores_a_trigger_by_its_own_features_only() -> None:
    from geowire.coding.decide import trigger_features

    feats = trigger_features([("bias", "lemma=raid", "cat=COERCE", "rcpt=none", "veto=patient"),
                              ("bias", "lemma=raid", "cat=ASSAULT", "rulepick", "veto=patient")])  # fmt: skip
    shared = {"bias", "lemma=raid", "t:cat=COERCE", "t:cat=ASSAULT", "t:rulepick", "t:veto=patient"}
    assert shared <= set(feats)
    assert not [f for f in feats if f.startswith(("rcpt=", "cat=", "veto="))]  # the readings' own


def test_the_gated_form_gives_a_leading_reading_no_more_than_its_trigger_earns(tmp_path: Path) -> None:
    cands = [
        (_event("a", "COERCE", ["USA"], ["VEN"]), ("bias", "lemma=raid", "best", "alone")),
        (_event("b", "ASSAULT", ["USA"], ["VEN"]), ("bias", "lemma=raid", "rulepick")),
        (_event("c", "SANCTION", ["RUS"], ["VEN"], trig=9), ("bias", "lemma=limit", "best", "alone")),
    ]
    pa, pb, pc = GATED.probabilities(cands)
    gate_raid = -2.0 + 3.0 + 1.0  # the trigger-level features of either reading
    assert pa == pytest.approx(1 / (1 + math.exp(-(1.5 + gate_raid + 0.0 - 0.5))), abs=1e-6)
    assert pb == pytest.approx(1 / (1 + math.exp(-(0.0 + gate_raid + 0.5 * -2.0 - 0.5))), abs=1e-6)
    # "limit" leads its trigger as clearly as "raid"'s best reading does, but its trigger is no event
    assert pc == pytest.approx(1 / (1 + math.exp(-(1.5 - 2.0 - 0.5))), abs=1e-6)
    assert [e.id for e in decide(cands, GATED, threshold=0.3)] == ["a"]
    path = tmp_path / "m.json"
    path.write_text(json.dumps(GATED.to_json()), encoding="utf-8")
    assert load_decider(path) == GATED


def test_the_model_floor_round_trips_and_older_files_fall_back_to_min_confidence(tmp_path: Path) -> None:
    d = LinearDecider({"bias": 0.0}, 0.2, 0.6, "m", model_min_confidence=0.45)
    path = tmp_path / "m.json"
    path.write_text(json.dumps(d.to_json()), encoding="utf-8")
    assert load_decider(path).model_floor == 0.45
    older = {k: v for k, v in d.to_json().items() if k != "model_min_confidence"}
    path.write_text(json.dumps(older), encoding="utf-8")
    assert load_decider(path).model_floor == 0.6
    assert LinearDecider({}, 0.2, 0.6).model_floor == 0.6  # unset: min_confidence
    assert dataclasses.replace(LinearDecider({}, 0.2, 0.6), min_confidence=0.7).model_floor == 0.7


def test_the_gated_form_per_modality_shifts_a_readings_log_odds_by_its_modality(tmp_path: Path) -> None:
    shifted = dataclasses.replace(GATED, modality_shift={"future": 1.0, "negated": -0.5})
    base = _event("a", "COERCE", ["USA"], ["VEN"])
    feats = ("bias", "lemma=raid", "best")
    cands = [(base, feats), (dataclasses.replace(base, id="f", modality="future", sentence_index=1), feats),
             (dataclasses.replace(base, id="n", modality="negated", sentence_index=2), feats)]  # fmt: skip
    p, pf, pn = shifted.probabilities(cands)
    assert p == GATED.probabilities(cands)[0]  # asserted: the base
    assert math.log(pf / (1 - pf)) - math.log(p / (1 - p)) == pytest.approx(1.0)
    assert math.log(pn / (1 - pn)) - math.log(p / (1 - p)) == pytest.approx(-0.5)
    path = tmp_path / "m.json"
    path.write_text(json.dumps(shifted.to_json()), encoding="utf-8")
    assert load_decider(path) == shifted
    assert "modality_shift" not in GATED.to_json()  # none: the file as before
