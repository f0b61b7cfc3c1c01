"""Where events took place: look an event's location up in the places file (the map, the GDELT and
PLOVER exports' coordinates when an event has no gazetteer place).

``data/places.yaml`` (validated here with pydantic, ``extra="forbid"``) gives approximate
centroids of countries, capitals, seas and regions; names, aliases and ISO codes match
case-blind.  Unknown locations are simply not drawn.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from geowire.errors import ConfigError
from geowire.yamlio import load_yaml


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


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Place]:
    """Every name, alias and country code (for countries) mapped to its place."""
    raw = resources.files("geowire.data").joinpath("places.yaml").read_text(encoding="utf-8")
    try:
        parsed = PlacesFile.model_validate(load_yaml(raw))
    except ValidationError as e:
        raise ConfigError(f"data/places.yaml is invalid: {e.errors()[0]['msg']}") from e
    index: dict[str, Place] = {}
    for place in parsed.places:
        for name in (place.name, *place.aliases):
            index.setdefault(_key(name), place)
        if place.kind == "country" and place.code:
            index.setdefault(_key(place.code), place)
    return index


def locate(location: str | None) -> Place | None:
    """The place a location string names, or None when it is unknown."""
    if not location:
        return None
    key = _key(location)
    found = gazetteer().get(key)
    if found is None and key.startswith("the "):
        found = gazetteer().get(key[4:])
    return found
