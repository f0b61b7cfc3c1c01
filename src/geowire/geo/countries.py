"""Country names a place phrase may use beyond GeoNames' one name per country: the actor knowledge
base's name and aliases of every country ("DR Congo", "Britain", "Burma"), and the names several
countries share (``data/geo/country_names.yaml``: "Congo"), read and validated here.  The
resolver makes each a candidate of its name (an alias match), ranked like any other candidate."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from geowire.actors.kb import KnowledgeBase
from geowire.errors import KnowledgeBaseError
from geowire.yamlio import load_yaml

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
    try:
        return CountryNamesFile.model_validate(load_yaml(raw)).names
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise KnowledgeBaseError(f"{_FILE}: {where}: {first['msg']}") from e


def load_shared_names() -> tuple[SharedName, ...]:
    """The shipped shared names (each call reads the file; the geography keeps what it builds)."""
    try:
        raw = resources.files("geowire.data").joinpath("geo/country_names.yaml").read_text(encoding="utf-8")
    except OSError as e:
        raise KnowledgeBaseError(f"cannot read {_FILE}: {e}") from e
    return parse_shared_names(raw)


def country_names(kb: KnowledgeBase, shared: tuple[SharedName, ...]) -> Iterator[tuple[str, str]]:
    """(name, ISO alpha-3) for every country's name and aliases in ``kb`` and every shared name."""
    for entry in kb.countries.values():
        for name in (entry.name, *entry.aliases):
            yield name, entry.code
    for item in shared:
        for code in item.countries:
            yield item.name, code
