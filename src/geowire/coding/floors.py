"""The learned decision stage's floors, read without loading the stage (spaCy): the model layer
asks for the floor on every command that reads or extends the model."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import get_args, overload

from geowire.types import LearnedFloor, Modality, ModalityFloors


@overload
def model_floor_of(model_min_confidence: float | None, min_confidence: float) -> float: ...
@overload
def model_floor_of(model_min_confidence: float | None, min_confidence: float | None) -> float | None: ...
def model_floor_of(model_min_confidence: float | None, min_confidence: float | None) -> float | None:
    """The floor at which the model layer counts the decider's events: its
    ``model_min_confidence``, else its ``min_confidence`` (artefacts written before the field had
    only the view's floor); None when it has neither."""
    return min_confidence if model_min_confidence is None else model_min_confidence


# the shipped artefact (``geowire.coding.decide.MODEL_PATH`` and ``geowire.model.build.DECIDER_PATH``
# are this path)
ARTEFACT = Path(__file__).resolve().parents[1] / "data" / "models" / "decider.json"


def view_floor_of(min_confidence: float, store_threshold: float,
                  modality_floors: dict[str, float] | None = None) -> LearnedFloor | None:  # fmt: skip
    """The default view's floor of an artefact: its ``min_confidence`` (with its
    ``modality_floors``, one per modality, when it has them: :class:`ModalityFloors`), or None when
    no floor is above its ``store_threshold`` (every stored event would pass: a no-op)."""
    floors = modality_floors or {}
    if all(f <= store_threshold for f in (min_confidence, *floors.values())):
        return None
    if not floors:
        return min_confidence
    return ModalityFloors(min_confidence, tuple(sorted(floors.items())))


def modality_floors_of(raw: object) -> dict[str, float]:
    """An artefact's ``modality_floors`` (absent: none), checked: a modality of
    :data:`geowire.types.Modality` each, a floor in 0-1; ``ValueError`` otherwise."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ValueError(f"modality_floors is not an object: {raw!r}")
    floors = {str(k): float(v) for k, v in raw.items()}
    for modality, floor in floors.items():
        if modality not in get_args(Modality):
            raise ValueError(f"modality_floors: no modality {modality!r}")
        if not 0 <= floor <= 1:
            raise ValueError(f"modality_floors: {modality} floor {floor} outside 0-1")
    return floors


@dataclass(frozen=True)
class ArtefactFloors:
    """Both floors of one decider artefact, read from one parse of its JSON.  ``view``: the default
    view's floor (:func:`view_floor_of`: one, or one per modality; None when it is a no-op or
    unreadable; an unreadable ``modality_floors`` leaves the single floor).  ``model``: the
    model layer's (:func:`model_floor_of`).  ``problem``: why the model floor cannot be read (a
    named artefact missing, not JSON, no valid floor), which the model layer reports; None when it
    can, or when the shipped artefact is absent (``present`` false: every event counts)."""

    path: Path
    present: bool
    view: LearnedFloor | None = None
    model: float | None = None
    problem: str | None = None


def read_floors(path: Path | str | None = None) -> ArtefactFloors:
    """The floors of the decider artefact at ``path`` (the shipped one when None), one JSON parse
    (~40 ms for its 2.7 MB): a command that needs both floors reads them once.  No shipped
    artefact means no floor; a named one that is missing is a ``problem``."""
    named = path is not None and str(path) != ""
    path = Path(path or ARTEFACT)
    try:
        data = path.read_bytes()
    except OSError:
        # a named artefact that cannot be read is a mistake to report, not "no floor": every
        # event would count, and the stored model would be rebuilt that way
        return ArtefactFloors(path, present=False, problem="cannot be read" if named else None)
    try:
        raw = json.loads(data.decode("utf-8"))
    except ValueError as e:  # UnicodeDecodeError too
        return ArtefactFloors(path, present=True, problem=f"is not UTF-8 JSON ({e})")
    model, problem = _model_floor(raw)
    return ArtefactFloors(path, present=True, view=_view_floor(raw), model=model, problem=problem)


def _view_floor(raw: object) -> LearnedFloor | None:
    try:
        single = float(raw["min_confidence"]), float(raw["store_threshold"])  # type: ignore[index]
    except (KeyError, TypeError, ValueError):
        return None
    try:
        floors = modality_floors_of(raw.get("modality_floors"))  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        floors = {}  # the decider's loader reports it
    return view_floor_of(*single, floors)


def _model_floor(raw: object) -> tuple[float | None, str | None]:
    """The model floor, or why there is none valid."""
    try:
        value = model_floor_of(raw.get("model_min_confidence"), raw.get("min_confidence"))  # type: ignore[attr-defined]
        floor = None if value is None else float(value)
        if floor is not None and not 0 <= floor <= 1:
            raise ValueError(f"floor {floor} outside 0-1")
    except (AttributeError, TypeError, ValueError) as e:
        return None, f"has no valid floor ({e})"
    return floor, None


def default_view_floor(settings: object, floors: ArtefactFloors | None = None) -> LearnedFloor | None:
    """The confidence below which events are hidden by default: the ``min_confidence`` setting
    (one floor for every event), else the shipped model's (chosen on dev for precision: one, or one
    per modality), else none (the rule coder, or no readable
    artefact).  Read from the artefact's JSON alone, without loading the coder (spaCy, ~1.2 s): the
    read commands and the API ask for it at start.  ``floors``: the artefact's, when the command
    has read them already (:func:`read_floors`)."""
    explicit = getattr(settings, "min_confidence", None)
    if explicit is not None:
        return float(explicit)
    if getattr(settings, "coder", "learned") != "learned":
        return None
    # the coder itself reports a missing or broken artefact when it is loaded
    return floors_of(getattr(settings, "decider_model", None), floors).view


# (min_confidence, learned_floor): what the default view of the events filters with
ViewFilters = tuple[float | None, LearnedFloor | None]


def view_filters(settings: object, floors: ArtefactFloors | None = None) -> ViewFilters:
    """The (``min_confidence``, ``learned_floor``) that ``geowire events`` filters with: the
    ``min_confidence`` setting hides every event below it (the rule coder's too); the default view's
    floor (:func:`default_view_floor`) hides the learned stage's.  The evals score the same view."""
    return getattr(settings, "min_confidence", None), default_view_floor(settings, floors)


def floors_of(path: Path | str | None, floors: ArtefactFloors | None = None) -> ArtefactFloors:
    """``floors`` when a command read them from the artefact at ``path`` (the shipped one when
    None) already, else that artefact's, read now: floors read from another artefact are not
    this one's."""
    if floors is not None and floors.path == Path(path or ARTEFACT):
        return floors
    return read_floors(path)


def floor_report(floor: LearnedFloor | None) -> dict[str, object]:
    """A view floor as report fields: ``min_confidence`` (the one floor, or the default of a floor
    per modality) and, for the latter, ``modality_floors`` (those of the modalities that have
    their own)."""
    if isinstance(floor, ModalityFloors):
        return {"min_confidence": floor.default, "modality_floors": floor.as_dict()}
    return {"min_confidence": floor}
