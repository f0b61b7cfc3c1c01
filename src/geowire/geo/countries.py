"""Country names a place phrase may use beyond GeoNames' one name per country: the actor knowledge
base's name and aliases of every country ("DR Congo", "Britain", "Burma"), and the names several
countries share (``data/geo/country_names.yaml``: "Congo"), read and validated here.  The
resolver makes each a candidate of its name (an alias match), ranked like any other candidate."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from geowire.actors.kb import KnowledgeBase
from geowire.geo.features import parse_geo_file
from geowire.geo.gazetteer import shipped_bytes

_FILE = "data/geo/country_names.yaml"
Iso3 = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]


class SharedName(BaseModel):
    """A name several countries go by ("Congo")."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(min_length=2)
    countries: tuple[Iso3, ...] = Field(min_length=2)


class CountryNamesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    names: tuple[SharedName, ...]


def parse_shared_names(raw: str) -> tuple[SharedName, ...]:
    """The shared names of a ``country_names.yaml`` text, validated."""
    return parse_geo_file(CountryNamesFile, raw, _FILE).names


def load_shared_names() -> tuple[SharedName, ...]:
    """The shipped shared names (each call reads the file; the geography keeps what it builds)."""
    return parse_shared_names(shipped_bytes("country_names.yaml").decode("utf-8"))


def country_names(kb: KnowledgeBase, shared: tuple[SharedName, ...]) -> Iterator[tuple[str, str]]:
    """(name, ISO alpha-3) for every country's name and aliases in ``kb`` and every shared name."""
    for entry in kb.countries.values():
        for name in (entry.name, *entry.aliases):
            yield name, entry.code
    for item in shared:
        for code in item.countries:
            yield item.name, code
