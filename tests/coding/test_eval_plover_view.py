"""`geowire eval plover` scores what `geowire events` lists (issue 11): the default view's floor hides
the learned stage's unlikely events only, an explicit --min-confidence every event below it, and
every stored event is scored beside the view from the same run; compound parties are merged within
one event (one trigger), never across events."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geowire.cli import app
from geowire.coding.eval import (
    evaluate_plover,
    evaluate_plover_view,
    event_keys,
    load_code_map,
    read_gsr,
    shown_events,
)
from geowire.types import DocAnalysis, DocContext, Event, EventActor, Span

FIXTURES = Path(__file__).parent / "fixtures"


def _actor(code: str) -> EventActor:
    return EventActor(code=code, sector=None, entity_text=code, wikidata=None, start=0, end=1)


def _event(cat: str, actor: str, recipient: str | None, *, confidence: float = 0.9, learned: bool = True,
           trigger: int = 0) -> Event:  # fmt: skip
    return Event(id=f"{cat}-{actor}-{recipient}-{trigger}", doc_id="d", sentence_index=0, sentence="s",
                 sentence_start=0, category=cat, trigger=Span(trigger, trigger + 1, "x"),
                 actors=(_actor(actor),),
                 recipients=(_actor(recipient),) if recipient else (), confidence=confidence,
                 rule="verb-object>decider-test" if learned else "verb-object")  # fmt: skip


def test_eval_shown_events_floor_applies_to_the_learned_stage_only() -> None:
    rule_event = _event("AID", "CHL", "PER", confidence=0.3, learned=False)
    sure = _event("AID", "CHL", "PER", confidence=0.8, learned=True)
    unsure = _event("ACCUSE", "CHL", "PER", confidence=0.3, learned=True)
    events = [rule_event, sure, unsure]
    assert shown_events(events, learned_floor=0.55) == [rule_event, sure]
    assert shown_events(events, min_confidence=0.5) == [sure]  # an explicit floor hides every event below it
    assert shown_events(events) == events


def _analyser(coded: dict[str, list[Event]]):  # noqa: ANN202 - the Analyzer.analyse shape
    def analyse(items: Iterable[tuple[DocContext, str]]) -> Iterator[DocAnalysis]:
        for ctx, _ in items:
            yield DocAnalysis(doc_id=ctx.doc_id, blocks=(), sentences=(), mentions=(), dates=(),
                              quantities=(), events=tuple(coded[ctx.doc_id]))  # fmt: skip

    return analyse


def test_eval_plover_view_scores_the_view_and_every_stored_event_from_one_run() -> None:
    records = read_gsr(FIXTURES / "gsr_small.jsonl")  # gold: the third record is AID CHL -> none
    right = _event("AID", "CHL", None, confidence=0.7, learned=True)
    extra = _event("ASSAULT", "CHL", "PER", confidence=0.3, learned=True)
    coded = {"own-g1": [], "own-g2": [], "own-g3": [right, extra]}
    runs: list[int] = []

    def counted(items: Iterable[tuple[DocContext, str]]) -> Iterator[DocAnalysis]:
        runs.append(1)
        return _analyser(coded)(items)

    ev = evaluate_plover_view(records, counted, learned_floor=0.55)
    assert runs == [1]
    assert (ev.shown.tp, ev.shown.fp, ev.shown.fn) == (1, 0, 2)
    assert (ev.stored.tp, ev.stored.fp, ev.stored.fn) == (1, 1, 2)
    assert ev.results[2].predicted == (records[2].key,)
    # the plain function keeps scoring every stored event
    counts, _ = evaluate_plover(records, _analyser(coded))
    assert counts == ev.stored


@pytest.mark.parametrize(("option", "fp"), [([], 0), (["--min-confidence", "0"], 1)])
def test_eval_cli_plover_scores_the_default_view_unless_told(
    monkeypatch: pytest.MonkeyPatch, option: list[str], fp: int
) -> None:
    right = _event("AID", "CHL", None, confidence=0.7, learned=True)
    extra = _event("ASSAULT", "CHL", "PER", confidence=0.3, learned=True)
    coded = {"own-g1": [], "own-g2": [], "own-g3": [right, extra]}

    class StubAnalyzer:
        def __init__(self, settings: object) -> None:
            self.analyse = _analyser(coded)

    monkeypatch.setattr("geowire.pipeline.Analyzer", StubAnalyzer)
    # the artefact's view floor is 0.55; a --min-confidence given is the floor (as the real function)
    monkeypatch.setattr(
        "geowire.coding.floors.default_view_floor",
        lambda settings, floors=None: 0.55 if settings.min_confidence is None else settings.min_confidence,
    )
    result = CliRunner().invoke(app, ["eval", "plover", str(FIXTURES / "gsr_small.jsonl"), "--json", *option])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["fp"] == fp
    assert report["min_confidence"] == (0.55 if not option else 0.0)
    assert ("all_stored" in report) == (not option)
    if not option:
        assert report["all_stored"]["fp"] == 1


def test_eval_plover_view_without_floors_is_every_stored_event() -> None:
    records = read_gsr(FIXTURES / "gsr_small.jsonl")
    coded = {"own-g1": [], "own-g2": [], "own-g3": [_event("AID", "CHL", None, confidence=0.1, learned=True)]}
    ev = evaluate_plover_view(records, _analyser(coded))
    assert ev.shown == ev.stored
    assert dataclasses.astuple(ev.shown) == (1, 0, 2)


def test_eval_event_keys_merge_the_parts_of_one_event_only() -> None:
    codes = load_code_map()
    # joint action split per actor on one trigger: one key with both actors
    joint = [_event("SANCTION", "DNK", "RUS", trigger=3), _event("SANCTION", "EST", "RUS", trigger=3)]
    assert event_keys(joint, codes) == {("SANCTION", frozenset({"DNK", "EST"}), frozenset({"RUS"}))}
    # two events of one category and actor on two triggers: two keys, not one made-up key
    apart = [_event("AID", "CHL", "PER", trigger=2), _event("AID", "CHL", "BOL", trigger=7)]
    assert event_keys(apart, codes) == {("AID", frozenset({"CHL"}), frozenset({"PER"})),
                                        ("AID", frozenset({"CHL"}), frozenset({"BOL"}))}  # fmt: skip


def test_eval_cli_plover_hides_rule_events_below_the_min_confidence_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A min_confidence from the environment (or a settings file) hides rule events in `geowire events`:
    the eval scores the same events (review12)."""
    rule_event = _event("AID", "CHL", None, confidence=0.67, learned=False)
    coded = {"own-g1": [], "own-g2": [], "own-g3": [rule_event]}

    class StubAnalyzer:
        def __init__(self, settings: object) -> None:
            self.analyse = _analyser(coded)

    monkeypatch.setattr("geowire.pipeline.Analyzer", StubAnalyzer)
    monkeypatch.setenv("GEOWIRE_MIN_CONFIDENCE", "0.9")
    result = CliRunner().invoke(app, ["eval", "plover", str(FIXTURES / "gsr_small.jsonl"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["tp"] + report["fp"] == 0 and report["min_confidence"] == 0.9
