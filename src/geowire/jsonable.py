"""JSON-ready values: one conversion of dataclasses, dates, enums, paths and tuples, shared by the
CLI's ``--json`` output, the API's responses and the exporters (a neutral module, so no front end
imports another)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Any

__all__ = ["to_jsonable"]


def to_jsonable(obj: Any) -> Any:
    """Convert dataclasses, dates, enums, paths and tuples into JSON-ready values."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, dt.date | dt.datetime):
        return obj.isoformat()
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, Path):
        return str(obj)
    return obj
