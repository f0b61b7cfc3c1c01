"""DocAnalysis ↔ JSON, lossless, for the ``analysis`` column of batch output.

JSON (not pickle) so that importing a batch directory never runs code from it.  Dates are
tagged ``{"$date": "YYYY-MM-DD"}`` (``$datetime`` likewise); records are rebuilt from the type
hints of :mod:`geowire.types`, so tuples come back as tuples and enums as enums.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types as pytypes
import typing
from enum import Enum
from functools import cache
from typing import Any

from geowire.errors import StoreError
from geowire.types import DocAnalysis


def encode(value: Any) -> Any:
    """A JSON-ready form of ``value`` (dataclasses, tuples, dates, enums)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [encode(v) for v in value]
    return value


def _untag(value: Any) -> Any:
    """Decode a value whose type is not known (``object``): tags, lists, mappings."""
    if isinstance(value, dict):
        if set(value) == {"$date"}:
            return dt.date.fromisoformat(value["$date"])
        if set(value) == {"$datetime"}:
            return dt.datetime.fromisoformat(value["$datetime"])
        return {k: _untag(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_untag(v) for v in value]
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def decode(hint: Any, value: Any) -> Any:
    """Rebuild a value of type ``hint`` from its :func:`encode` form."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if value is None:
        return None
    if origin in (typing.Union, pytypes.UnionType):
        return decode(next(a for a in args if a is not type(None)), value)
    if origin is typing.Literal or hint is Any or hint is object:
        return _untag(value)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(decode(args[0], v) for v in value)
        return tuple(decode(a, v) for a, v in zip(args, value, strict=True))
    if origin is dict:
        return {k: decode(args[1], v) for k, v in value.items()}
    if origin is list:
        return [decode(args[0], v) for v in value]
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        return hint(**{k: decode(hints[k], v) for k, v in value.items()})
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if hint in (dt.date, dt.datetime):
        return _untag(value)
    return value


def analysis_to_json(analysis: DocAnalysis) -> str:
    return json.dumps(encode(analysis), ensure_ascii=False, separators=(",", ":"))


def analysis_from_json(text: str) -> DocAnalysis:
    """The :class:`DocAnalysis` written by :func:`analysis_to_json`."""
    try:
        result: DocAnalysis = decode(DocAnalysis, json.loads(text))
    except (ValueError, TypeError, KeyError, StopIteration) as e:
        raise StoreError(f"batch output holds an unreadable analysis: {e}") from e
    return result
