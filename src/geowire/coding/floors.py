"""The learned decision stage's floors, read without loading the stage (spaCy): the model layer
asks for the floor on every command that reads or extends the model."""

from __future__ import annotations

import json
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


def default_view_floor(settings: object) -> float | None:
    """The confidence below which events are hidden by default: the ``min_confidence`` setting,
    else the shipped model's (chosen on dev for precision), else none (the rule coder, or no readable
    artefact).  Read from the artefact's JSON alone, without loading the coder (spaCy, ~1.2 s): the
    read commands and the API ask for it at start."""
    explicit = getattr(settings, "min_confidence", None)
    if explicit is not None:
        return float(explicit)
    if getattr(settings, "coder", "learned") != "learned":
        return None
    path = getattr(settings, "decider_model", None) or ARTEFACT
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        return view_floor_of(float(raw["min_confidence"]), float(raw["store_threshold"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # the coder itself reports a missing or broken artefact when it is loaded
