"""geowire: read news about international affairs and build a sourced, queryable model of the
international system (actors, events, relations, agreements, transfers, statements, contradictions).

In Python, ``geowire.open(path)`` gives a store's events and model as data frames
(:mod:`geowire.client`, ``docs/python.md``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "open"]

if TYPE_CHECKING:
    from geowire.client import Dataset


def open(path: Any) -> Dataset:  # noqa: A001 - geowire.open(path), like io.open
    """Open the store at ``path`` for analysis, read-only (see :func:`geowire.client.open`)."""
    from geowire.client import open as _open

    return _open(path)
