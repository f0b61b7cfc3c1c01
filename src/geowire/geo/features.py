"""Named features the gazetteer of towns and regions lacks: seas, gulfs, straits, lakes ("water")
and well-known regions ("region"), read once per process from ``data/geo/features.yaml`` and
validated (schema in ``data/geo/README.md``).  They are looked up like gazetteer places, as
:class:`~geowire.geo.gazetteer.GazetteerEntry` rows of kind ``water`` or ``region``.
"""

from __future__ import annotations

from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from geowire.errors import KnowledgeBaseError
from geowire.geo.gazetteer import GazetteerEntry
from geowire.yamlio import load_yaml

FEATURE_KINDS = frozenset({"water", "region"})
_FILE = "data/geo/features.yaml"


class Feature(BaseModel):
    """One named feature (see ``data/geo/features.yaml``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(min_length=2)
    kind: Literal["water", "region"]
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    country: str  # ISO alpha-3, or "" for international waters and regions over several countries
    geonames_id: int | None = None
    aliases: tuple[str, ...] = ()

    @field_validator("country")
    @classmethod
    def _iso3(cls, value: str) -> str:
        if value and not (len(value) == 3 and value.isalpha() and value.isupper()):
            raise ValueError(f"country {value!r} is not an ISO alpha-3 code nor empty")
        return value

    def entry(self) -> GazetteerEntry:
        return GazetteerEntry(
            geonames_id=self.geonames_id,
            kind=self.kind,
            name=self.name,
            country=self.country,
            admin1_code=None,
            admin1=None,
            lat=self.lat,
            lon=self.lon,
            population=0,
        )


class FeaturesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    features: tuple[Feature, ...]


def parse_features(raw: str) -> tuple[Feature, ...]:
    """The features of a ``features.yaml`` text, validated; names unique."""
    try:
        parsed = FeaturesFile.model_validate(load_yaml(raw))
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise KnowledgeBaseError(f"{_FILE}: {where}: {first['msg']}") from e
    names = [f.name for f in parsed.features]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise KnowledgeBaseError(f"{_FILE}: names listed twice: {', '.join(dupes)}")
    return parsed.features


def load_features() -> tuple[Feature, ...]:
    """The shipped features, read and validated (each call reads the file; the geography built
    once per language pack keeps them)."""
    try:
        raw = resources.files("geowire.data").joinpath("geo/features.yaml").read_text(encoding="utf-8")
    except OSError as e:
        raise KnowledgeBaseError(f"cannot read {_FILE}: {e}") from e
    return parse_features(raw)
