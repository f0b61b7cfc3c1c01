"""PLOVER quad classes, conflict-cooperation scores and modes (``data/plover.yaml``).

The numbers are the PLOVER manual's "conflict--cooperation scores" table; a mode without its own
score takes the category's.  :func:`load_plover` reads and validates the file: whoever needs the
table (the coder, the correction path) loads it once and keeps or hands it on.
"""

from __future__ import annotations

from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from geowire.errors import KnowledgeBaseError
from geowire.types import PLOVER_CATEGORIES, QUAD_CLASS
from geowire.yamlio import load_yaml


class CategoryScore(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    quad: int = Field(ge=1, le=4)
    score: float = Field(ge=-10, le=10)
    modes: dict[str, float] = Field(default_factory=dict)


class PloverTable(BaseModel):
    """Schema of ``data/plover.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    categories: dict[str, CategoryScore]

    @field_validator("categories")
    @classmethod
    def _all_sixteen(cls, v: dict[str, CategoryScore]) -> dict[str, CategoryScore]:
        if set(v) != set(PLOVER_CATEGORIES):
            raise ValueError(f"categories must be exactly the 16 PLOVER categories; got {sorted(v)}")
        for name, entry in v.items():
            if entry.quad != QUAD_CLASS[name]:
                raise ValueError(f"{name}: quad {entry.quad} != {QUAD_CLASS[name]}")
        return v

    def quad(self, category: str) -> int:
        return self.categories[category].quad

    def score(self, category: str, mode: str | None = None) -> float:
        """The PLOVER score of ``category`` (of its ``mode`` when the table has one)."""
        entry = self.categories[category]
        if mode is not None and mode in entry.modes:
            return entry.modes[mode]
        return entry.score


def load_plover() -> PloverTable:
    """The shipped PLOVER table, validated (read from disk on each call: load it once)."""
    raw = resources.files("geowire.data").joinpath("plover.yaml").read_text(encoding="utf-8")
    try:
        return PloverTable.model_validate(load_yaml(raw))
    except ValidationError as e:
        first = e.errors()[0]
        raise KnowledgeBaseError(f"data/plover.yaml: {first['loc']}: {first['msg']}") from e
