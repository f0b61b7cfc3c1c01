"""The default view's floor per modality (issue 11): training chooses one per modality on dev by
the single floor's rule, the artefact keeps them in ``modality_floors``, and every reader of the
view's floor uses them; an artefact without the field, or an explicit ``--min-confidence``, is one
floor for every event as before."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from geowire.coding.decide import LinearDecider, load_decider
from geowire.coding.eval import shown_events
from geowire.coding.floors import (
    default_view_floor,
    floor_report,
    modality_floors_of,
    read_floors,
    view_filters,
    view_floor_of,
)
from geowire.coding.train import MODALITY_SUPPORT, ModalitySweep, choose_modality_floors
from geowire.errors import ConfigError
from geowire.settings import Settings
from geowire.store.derived import in_model
from geowire.types import Event, ModalityFloors, Span, floor_for

LEARNED = "verb:test>decider-test"


def _artefact(tmp_path: Path, **extra: object) -> Path:
    path = tmp_path / "decider.json"
    raw = {"weights": {"bias": 0.0}, "store_threshold": 0.25, "min_confidence": 0.55, **extra}
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def _event(eid: str, modality: str, confidence: float, rule: str = LEARNED) -> Event:
    return Event(
        id=eid, doc_id="d", sentence_index=0, sentence="Arden fined Belmark.", sentence_start=0,
        category="SANCTION", trigger=Span(6, 11, "fined"), actors=(), recipients=(),
        modality=modality, confidence=confidence, rule=rule,  # type: ignore[arg-type]
    )  # fmt: skip


def test_flr_an_artefact_with_modality_floors_gives_one_floor_per_modality(tmp_path: Path) -> None:
    path = _artefact(tmp_path, modality_floors={"future": 0.45, "negated": 0.4})
    floor = read_floors(path).view
    assert floor == ModalityFloors(0.55, (("future", 0.45), ("negated", 0.4)))
    assert isinstance(floor, ModalityFloors)
    assert [floor_for(floor, m) for m in ("asserted", "future", "negated", "hypothetical", None)] == [
        0.55, 0.45, 0.4, 0.55, 0.55,
    ]  # fmt: skip
    assert default_view_floor(Settings(decider_model=path)) == floor


def test_flr_an_artefact_without_the_field_keeps_its_single_floor(tmp_path: Path) -> None:
    path = _artefact(tmp_path)
    assert read_floors(path).view == 0.55
    assert load_decider(path).modality_floors == {}
    assert view_floor_of(0.55, 0.25) == 0.55 and view_floor_of(0.2, 0.25) is None


def test_flr_an_explicit_min_confidence_is_one_floor_for_every_event(tmp_path: Path) -> None:
    path = _artefact(tmp_path, modality_floors={"future": 0.45})
    settings = Settings(decider_model=path, min_confidence=0.5)
    assert view_filters(settings) == (0.5, 0.5)
    assert default_view_floor(settings) == 0.5


def test_flr_floors_at_or_below_the_store_threshold_are_no_view() -> None:
    assert view_floor_of(0.2, 0.25, {"future": 0.25}) is None
    # a modality floor above the store threshold is a view even when the default is not
    assert view_floor_of(0.2, 0.25, {"asserted": 0.4}) == ModalityFloors(0.2, (("asserted", 0.4),))


@pytest.mark.parametrize("bad", [{"maybe": 0.4}, {"future": 1.5}, [0.4]])
def test_flr_a_malformed_field_is_a_config_error_and_leaves_the_single_view_floor(
    tmp_path: Path, bad: object
) -> None:
    path = _artefact(tmp_path, modality_floors=bad)
    with pytest.raises(ValueError):
        modality_floors_of(bad)
    with pytest.raises(ConfigError, match="unreadable"):
        load_decider(path)
    assert read_floors(path).view == 0.55


def test_flr_the_decider_writes_and_reads_its_modality_floors(tmp_path: Path) -> None:
    decider = LinearDecider({"bias": 0.1}, 0.25, 0.55, modality_floors={"future": 0.45})
    path = tmp_path / "d.json"
    path.write_text(json.dumps(decider.to_json()), encoding="utf-8")
    assert load_decider(path).modality_floors == {"future": 0.45}
    plain = dataclasses.replace(decider, modality_floors={})
    assert "modality_floors" not in plain.to_json()


def test_flr_the_view_hides_each_learned_event_below_its_modality_floor() -> None:
    floor = ModalityFloors(0.55, (("future", 0.45),))
    events = [
        _event("a", "asserted", 0.5),  # below the default
        _event("b", "future", 0.5),  # above the future floor
        _event("c", "future", 0.4),  # below it
        _event("d", "negated", 0.4, rule="verb:test"),  # the rule coder's: no learned floor
    ]
    assert [e.id for e in shown_events(events, learned_floor=floor)] == ["b", "d"]
    assert [e.id for e in shown_events(events, learned_floor=0.45)] == ["a", "b", "d"]
    assert in_model({"rule": LEARNED, "confidence": 0.5, "modality": "future"}, floor)
    assert not in_model({"rule": LEARNED, "confidence": 0.5}, floor)  # no modality: the default


def test_flr_reports_keep_min_confidence_and_add_the_modality_floors() -> None:
    assert floor_report(0.55) == {"min_confidence": 0.55}
    assert floor_report(None) == {"min_confidence": None}
    assert floor_report(ModalityFloors(0.55, (("future", 0.45),))) == {
        "min_confidence": 0.55, "modality_floors": {"future": 0.45},
    }  # fmt: skip


def _rows(*points: tuple[float, int, int]) -> list[tuple[float, int, int]]:
    return list(points)


def test_flr_training_chooses_the_lowest_precise_floor_per_modality() -> None:
    n = MODALITY_SUPPORT
    sweep: ModalitySweep = {
        # precise enough from 0.45 on, with support: its own floor
        "future": _rows((0.3, 2 * n, n), (0.45, n + 5, n + 1), (0.55, n, n)),
        # too few events at every floor: the default
        "negated": _rows((0.3, n - 1, n - 1), (0.45, n - 5, n - 5)),
        # never precise enough: the default
        "hypothetical": _rows((0.3, 3 * n, n), (0.6, 2 * n, n)),
        "asserted": _rows((0.3, 10 * n, 5 * n), (0.55, 5 * n, 4 * n)),
    }
    assert choose_modality_floors(sweep, 0.55) == {"future": 0.45, "asserted": 0.55}


def test_flr_no_modality_floors_when_each_equals_the_single_floor() -> None:
    n = MODALITY_SUPPORT
    sweep: ModalitySweep = {"asserted": _rows((0.3, 10 * n, 5 * n), (0.55, 5 * n, 4 * n))}
    assert choose_modality_floors(sweep, 0.55) == {}


def test_flr_the_summary_names_the_modality_floors() -> None:
    from geowire.cli.demo import _view_words

    floors = floor_report(ModalityFloors(0.55, (("future", 0.6),)))
    view = {"events": 3, "min_confidence": None, "learned_floor": floors.pop("min_confidence"), **floors}
    assert _view_words(view) == (
        "3 shown by `geowire events` at confidence ≥ 0.55, future ≥ 0.6"
        " (learned stage; rule-coded events all shown)"
    )
