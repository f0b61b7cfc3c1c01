"""Where events took place: look an event's location up in the places file (the map, the GDELT and
PLOVER exports' coordinates when an event has no gazetteer place).

``data/places.yaml`` (validated here with pydantic, ``extra="forbid"``) gives approximate
centroids of countries, capitals, seas and regions; names, aliases and ISO codes match
case-blind.  Unknown locations are simply not drawn.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from geowire.errors import ConfigError
from geowire.yamlio import load_yaml

if TYPE_CHECKING:
    from geowire.lang import LanguagePack


class Place(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    kind: Literal["country", "city", "region", "sea"]
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    code: str | None = Field(None, pattern=r"^[A-Z]{3}$")
    aliases: tuple[str, ...] = ()


class PlacesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    places: list[Place]


def _key(name: str) -> str:
    return " ".join(name.casefold().replace(".", "").split())


def load_places() -> list[Place]:
    """The places of ``data/places.yaml``, read and validated (each call reads the file: keep the
    :class:`PlacesIndex` built from it, e.g. with :func:`places_index`)."""
    raw = resources.files("geowire.data").joinpath("places.yaml").read_text(encoding="utf-8")
    try:
        return PlacesFile.model_validate(load_yaml(raw)).places
    except ValidationError as e:
        raise ConfigError(f"data/places.yaml is invalid: {e.errors()[0]['msg']}") from e


class PlacesIndex:
    """Every name, alias and country code (for countries) mapped to its place; a location that
    starts with one of the language's articles ("the Caribbean") is also tried without it."""

    def __init__(self, places: Iterable[Place], articles: Iterable[str]) -> None:
        self._index: dict[str, Place] = {}
        for place in places:
            for name in (place.name, *place.aliases):
                self._index.setdefault(_key(name), place)
            if place.kind == "country" and place.code:
                self._index.setdefault(_key(place.code), place)
        self._articles = tuple(sorted(f"{_key(a)} " for a in articles))

    def locate(self, location: str | None) -> Place | None:
        """The place a location string names, or None when it is unknown."""
        if not location:
            return None
        key = _key(location)
        found = self._index.get(key)
        for article in self._articles:
            if found is None and key.startswith(article):
                found = self._index.get(key[len(article) :])
        return found


def places_index(lang: LanguagePack) -> PlacesIndex:
    """The places index with ``lang``'s articles, built once per pack."""
    return lang.compiled("geo.places", lambda pack: PlacesIndex(load_places(), pack.surface.places.articles))
