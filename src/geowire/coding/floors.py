"""The learned decision stage's floors, read without loading the stage (spaCy): the model layer
asks for the floor on every command that reads or extends the model."""

from __future__ import annotations

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
