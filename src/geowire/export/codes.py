"""Code tables the drop-in exports need, loaded once and validated: ISO alpha-3 → FIPS 10-4 and
ISO alpha-2 (``data/country_codes.yaml``), CAMEO Goldstein weights (``data/cameo_goldstein.yaml``)
and the CAMEO actor vocabulary (``data/cameo_actors.yaml``) with :func:`cameo_actor`, the CAMEO
code of a geowire actor."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from geowire.errors import ConfigError
from geowire.yamlio import load_yaml


class CountryCodes(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    iso2: str = Field(pattern=r"^[a-z]{2}$")
    fips: str = Field(pattern=r"^[A-Z]{2}$")


class _CountryFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    codes: dict[str, CountryCodes]


class _GoldsteinFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    scores: dict[str, float]


class PloverGroup(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    code: str = Field(pattern=r"^[A-Z]{3,6}$")
    known_group: str = Field(pattern=r"^([A-Z]{3})?$")
    type: str = Field(pattern=r"^[A-Z]{3}$")


class _ActorsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    types: list[str]
    plover_groups: dict[str, PloverGroup]
    organisations: dict[str, str]


def _load(name: str, model: type[BaseModel]) -> Any:
    raw = resources.files("geowire.data").joinpath(name).read_text(encoding="utf-8")
    try:
        return model.model_validate(load_yaml(raw))
    except ValidationError as e:
        raise ConfigError(f"data/{name} is invalid: {e.errors()[0]['loc']} {e.errors()[0]['msg']}") from e


@lru_cache(maxsize=1)
def country_codes() -> dict[str, CountryCodes]:
    """ISO alpha-3 → (alpha-2 lower case, FIPS 10-4); alpha-2 and FIPS codes are unique."""
    codes: dict[str, CountryCodes] = _load("country_codes.yaml", _CountryFile).codes
    for attr in ("iso2", "fips"):
        values = [getattr(c, attr) for c in codes.values()]
        if len(values) != len(set(values)):
            raise ConfigError(f"data/country_codes.yaml: duplicate {attr} codes")
    return codes


def fips(iso3: str | None) -> str:
    """The FIPS 10-4 code of an ISO alpha-3 country code ('' when unknown)."""
    entry = country_codes().get(iso3 or "")
    return entry.fips if entry else ""


def iso2(iso3: str | None) -> str | None:
    """The lower-case ISO alpha-2 code of an ISO alpha-3 code (None when unknown)."""
    entry = country_codes().get(iso3 or "")
    return entry.iso2 if entry else None


@lru_cache(maxsize=1)
def goldstein_table() -> dict[str, float]:
    scores: dict[str, float] = _load("cameo_goldstein.yaml", _GoldsteinFile).scores
    bad = [c for c, v in scores.items() if not -10 <= v <= 10]
    if bad:
        raise ConfigError(f"data/cameo_goldstein.yaml: scores out of [-10, 10] for {bad}")
    return scores


def goldstein(cameo_code: str) -> float | None:
    """The Goldstein weight of a CAMEO event code (a four-digit code falls back to its base)."""
    table = goldstein_table()
    for key in (cameo_code, cameo_code[:3]):
        if key in table:
            return table[key]
    return None


@lru_cache(maxsize=1)
def cameo_actors() -> _ActorsFile:
    parsed: _ActorsFile = _load("cameo_actors.yaml", _ActorsFile)
    return parsed


@dataclass(frozen=True)
class CameoActor:
    """A geowire actor in CAMEO terms (GDELT's Actor*Code, CountryCode, KnownGroupCode, Type1Code)."""

    code: str
    country: str
    known_group: str
    type: str


def cameo_actor(code: str | None, sector: str | None, kind: str) -> CameoActor:
    """The CAMEO reading of an event actor: a country (or a person's or group's country) + a CAMEO
    type (``RUS`` + ``GOV`` → ``RUSGOV``); organisations as IGO (UN ``IGOUNO``, EU ``IGOEEC``);
    a code CAMEO does not know is never written as an actor code."""
    vocab = cameo_actors()
    cameo_type = sector if sector in vocab.types else ""
    if kind == "igo":
        from geowire.export.kb import organisation_plover

        group = vocab.plover_groups.get(organisation_plover(code) or "IGO", vocab.plover_groups["IGO"])
        known = vocab.organisations.get(code or "", group.known_group)
        return CameoActor(f"{group.type}{known}" if known else group.code, "", known, group.type)
    country = code if code in country_codes() else None
    if kind == "group":
        from geowire.export.kb import group_country

        country, cameo_type = group_country(code), cameo_type
    if not country:
        return CameoActor("", "", "", cameo_type)
    return CameoActor(country + cameo_type, country, "", cameo_type)
