"""The learned decision stage's floors, read without loading the stage (spaCy): the model layer
asks for the floor on every command that reads or extends the model."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import overload


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


def view_floor_of(min_confidence: float, store_threshold: float) -> float | None:
    """The default view's floor of an artefact: its ``min_confidence``, or None when that is not
    above its ``store_threshold`` (every stored event would pass: a no-op)."""
    return min_confidence if min_confidence > store_threshold else None


@dataclass(frozen=True)
class ArtefactFloors:
    """Both floors of one decider artefact, read from one parse of its JSON.  ``view``: the default
    view's floor (:func:`view_floor_of`; None when it is a no-op or unreadable).  ``model``: the
    model layer's (:func:`model_floor_of`).  ``problem``: why the model floor cannot be read (a
    named artefact missing, not JSON, no valid floor), which the model layer reports; None when it
    can, or when the shipped artefact is absent (``present`` false: every event counts)."""

    path: Path
    present: bool
    view: float | None = None
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


def _view_floor(raw: object) -> float | None:
    try:
        return view_floor_of(float(raw["min_confidence"]), float(raw["store_threshold"]))  # type: ignore[index]
    except (KeyError, TypeError, ValueError):
        return None


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


def default_view_floor(settings: object, floors: ArtefactFloors | None = None) -> float | None:
    """The confidence below which events are hidden by default: the ``min_confidence`` setting,
    else the shipped model's (chosen on dev for precision), else none (the rule coder, or no readable
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
ViewFilters = tuple[float | None, float | None]


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
