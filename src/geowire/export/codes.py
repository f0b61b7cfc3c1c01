"""Code tables the drop-in exports need, validated: ISO alpha-3 → FIPS 10-4 and ISO alpha-2
(``data/country_codes.yaml``), CAMEO Goldstein weights (``data/cameo_goldstein.yaml``), the CAMEO
actor vocabulary (``data/cameo_actors.yaml``) and the CAMEO↔PLOVER table, held by
:class:`ExportCodes` (loaded once per export by its entry point and handed to the writers) with
:meth:`ExportCodes.cameo_actor`, the CAMEO code of a geowire actor."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from geowire.errors import ConfigError
from geowire.export.cameo import CameoTable, load_cameo_table
from geowire.yamlio import load_yaml

if TYPE_CHECKING:
    from geowire.actors.kb import KnowledgeBase
    from geowire.geo.gazetteer import Gazetteer
    from geowire.geo.places import PlacesIndex
    from geowire.lang import LanguagePack


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


class CameoActors(BaseModel):
    """Schema of ``data/cameo_actors.yaml``."""

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


def load_country_codes() -> dict[str, CountryCodes]:
    """ISO alpha-3 → (alpha-2 lower case, FIPS 10-4); alpha-2 and FIPS codes are unique."""
    codes: dict[str, CountryCodes] = _load("country_codes.yaml", _CountryFile).codes
    for attr in ("iso2", "fips"):
        values = [getattr(c, attr) for c in codes.values()]
        if len(values) != len(set(values)):
            raise ConfigError(f"data/country_codes.yaml: duplicate {attr} codes")
    return codes


def load_goldstein() -> dict[str, float]:
    """CAMEO event code → Goldstein weight, each in [-10, 10]."""
    scores: dict[str, float] = _load("cameo_goldstein.yaml", _GoldsteinFile).scores
    bad = [c for c, v in scores.items() if not -10 <= v <= 10]
    if bad:
        raise ConfigError(f"data/cameo_goldstein.yaml: scores out of [-10, 10] for {bad}")
    return scores


def load_cameo_actors() -> CameoActors:
    """The CAMEO actor vocabulary: types, PLOVER organisation groups, organisation codes."""
    parsed: CameoActors = _load("cameo_actors.yaml", CameoActors)
    return parsed


@dataclass(frozen=True)
class CameoActor:
    """A geowire actor in CAMEO terms (GDELT's Actor*Code, CountryCode, KnownGroupCode, Type1Code)."""

    code: str
    country: str
    known_group: str
    type: str


class ExportCodes:
    """The code tables of one export, loaded once by its entry point (:func:`ExportCodes.load`,
    called by :func:`geowire.export.service.export`) and handed to the writers; the shipped
    knowledge base (organisations' PLOVER types, groups' countries) is loaded on first use and
    kept here."""

    def __init__(
        self,
        countries: dict[str, CountryCodes],
        goldstein: dict[str, float],
        actors: CameoActors,
        cameo: CameoTable,
        lang: LanguagePack,
    ) -> None:
        self.countries = countries
        self.goldstein_scores = goldstein
        self.actors = actors
        self.cameo = cameo
        self.lang = lang

    @classmethod
    def load(cls, lang: LanguagePack | None = None) -> ExportCodes:
        """Read and validate the shipped tables (``lang``: the pack the store was coded with, default
        the default settings')."""
        from geowire.lang import default_language

        tables = (load_country_codes(), load_goldstein(), load_cameo_actors(), load_cameo_table())
        return cls(*tables, lang=lang or default_language())

    @cached_property
    def kb(self) -> KnowledgeBase:
        from geowire.actors.kb import shipped_kb

        return shipped_kb(self.lang)

    @cached_property
    def gazetteer(self) -> Gazetteer:
        """The shipped gazetteer (country names of places): the one the pack's geography keeps, so a
        process that coded and exports reads it once."""
        from geowire.geo.resolve import geography

        return geography(self.lang).gazetteer

    @cached_property
    def places(self) -> PlacesIndex:
        """The places file's index (stated locations the gazetteer gave no place)."""
        from geowire.geo.places import places_index

        return places_index(self.lang)

    def country_name(self, iso3: str) -> str:
        """The gazetteer's name of a country (its code when the gazetteer has none)."""
        entry = self.gazetteer.countries.get(iso3)
        return entry.name if entry else iso3

    def fips(self, iso3: str | None) -> str:
        """The FIPS 10-4 code of an ISO alpha-3 country code ('' when unknown)."""
        entry = self.countries.get(iso3 or "")
        return entry.fips if entry else ""

    def iso2(self, iso3: str | None) -> str | None:
        """The lower-case ISO alpha-2 code of an ISO alpha-3 code (None when unknown)."""
        entry = self.countries.get(iso3 or "")
        return entry.iso2 if entry else None

    def goldstein(self, cameo_code: str) -> float | None:
        """The Goldstein weight of a CAMEO event code (a four-digit code falls back to its base)."""
        for key in (cameo_code, cameo_code[:3]):
            if key in self.goldstein_scores:
                return self.goldstein_scores[key]
        return None

    def organisation_plover(self, code: str | None) -> str | None:
        """The PLOVER organisation type (UNO, EUR, IGO, NGO, ...) of an organisation code."""
        entry = self.kb.organisation(code) if code else None
        return entry.plover if entry else None

    def group_country(self, code: str | None) -> str | None:
        """The country an armed group, company or party belongs to (None when transnational)."""
        entry = self.kb.group(code) if code else None
        return entry.country if entry else None

    def cameo_actor(self, code: str | None, sector: str | None, kind: str) -> CameoActor:
        """The CAMEO reading of an event actor: a country (or a person's or group's country) + a
        CAMEO type (``RUS`` + ``GOV`` → ``RUSGOV``); organisations as IGO (UN ``IGOUNO``, EU
        ``IGOEEC``); a code CAMEO does not know is never written as an actor code."""
        vocab = self.actors
        cameo_type = sector if sector in vocab.types else ""
        if kind == "igo":
            group = vocab.plover_groups.get(
                self.organisation_plover(code) or "IGO", vocab.plover_groups["IGO"]
            )
            known = vocab.organisations.get(code or "", group.known_group)
            return CameoActor(f"{group.type}{known}" if known else group.code, "", known, group.type)
        country = code if code in self.countries else None
        if kind == "group":
            country, cameo_type = self.group_country(code), cameo_type
        if not country:
            return CameoActor("", "", "", cameo_type)
        return CameoActor(country + cameo_type, country, "", cameo_type)
