"""What the exports need from the shipped knowledge base (loaded once): an organisation's PLOVER
type and a country-bound group's country."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _kb() -> Any:
    from geowire.actors.kb import shipped_kb
    from geowire.lang import load_language

    return shipped_kb(load_language("en"))


def organisation_plover(code: str | None) -> str | None:
    """The PLOVER organisation type (UNO, EUR, IGO, NGO, ...) of an organisation code."""
    entry = _kb().organisation(code) if code else None
    return entry.plover if entry else None


def group_country(code: str | None) -> str | None:
    """The country an armed group, company or party belongs to (None when transnational)."""
    entry = _kb().group(code) if code else None
    return entry.country if entry else None
