"""Named features the gazetteer of towns and regions lacks: seas, gulfs, straits, lakes ("water")
and well-known regions ("region"), read once per process from ``data/geo/features.yaml`` and
validated (schema in ``data/geo/README.md``).  They are looked up like gazetteer places, as
:class:`~geowire.geo.gazetteer.GazetteerEntry` rows of kind ``water`` or ``region``.
"""

from __future__ import annotations

from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from geowire.errors import KnowledgeBaseError
from geowire.geo.gazetteer import GazetteerEntry, shipped_bytes
from geowire.yamlio import load_yaml

FEATURE_KINDS = frozenset({"water", "region"})
_FILE = "data/geo/features.yaml"
M = TypeVar("M", bound=BaseModel)


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


def parse_geo_file(model: type[M], raw: str, where: str) -> M:
    """``raw``, the text of a ``data/geo`` YAML file, validated as ``model``; a failure is one
    :class:`KnowledgeBaseError` line naming ``where`` and the first wrong field."""
    try:
        return model.model_validate(load_yaml(raw))
    except ValidationError as e:
        first = e.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise KnowledgeBaseError(f"{where}: {loc}: {first['msg']}") from e


def parse_features(raw: str) -> tuple[Feature, ...]:
    """The features of a ``features.yaml`` text, validated; names unique."""
    parsed = parse_geo_file(FeaturesFile, raw, _FILE)
    names = [f.name for f in parsed.features]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise KnowledgeBaseError(f"{_FILE}: names listed twice: {', '.join(dupes)}")
    return parsed.features


def load_features() -> tuple[Feature, ...]:
    """The shipped features, read and validated (each call reads the file; the geography built
    once per language pack keeps them)."""
    return parse_features(shipped_bytes("features.yaml").decode("utf-8"))
