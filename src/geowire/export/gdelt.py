"""GDELT 2.0 Events export: tab-separated, no header, GDELT's 61 columns in their documented order.

One row per asserted event mention (hypothetical, future and negated events are not deeds and
are left out unless ``include_nonasserted``).  Mapping from geowire's PLOVER events:

- ``GLOBALEVENTID``: the first 60 bits of sha256(event id) as an integer (stable across runs).
- ``SQLDATE``/``MonthYear``/``Year``/``FractionDate``: the event date, else the publication date
  (events with neither are skipped: GDELT rows always carry a date). FractionDate = year +
  (day of year − 1)/365 (GDELT's YYYY.FFFF).
- Actor fields: CAMEO actor codes (:meth:`geowire.export.codes.ExportCodes.cameo_actor`): country (a person's
  or a group's country) + CAMEO type (``RUS`` + ``GOV`` → ``RUSGOV``), organisations as IGO
  (``IGOUNO`` for the UN and its organs, known group ``UNO``); ``CountryCode`` the ISO alpha-3
  code (GDELT's actor country codes are CAMEO's three-letter ones); geowire codes CAMEO does not
  know (``UNSC``, ``PDVSA``) are never written. ``Name`` the text as found, upper-cased.
- ``EventCode``/``EventBaseCode``/``EventRootCode``: the CAMEO code chosen for category + mode +
  contexts from the CAMEO↔PLOVER table (:mod:`geowire.export.cameo`).
- ``QuadClass``: the PLOVER quad class (same four classes as CAMEO's).
- ``GoldsteinScale``: the CAMEO Goldstein weight of that EventCode (``data/cameo_goldstein.yaml``).
- ``IsRootEvent``: 1 when the event is in the first two sentences (headline/lead), else 0.
- ``NumMentions``/``NumSources``/``NumArticles``: the mentions, distinct outlets and documents of
  the occurrence the mention belongs to (the same real-world event across articles).
- ``AvgTone``: 0.0 (geowire does not measure tone).
- ``ActionGeo_*``: the event's gazetteer place (:mod:`geowire.geo`, GeoNames): type 1 (country),
  2 (US state), 3 (US city), 4 (world city) or 5 (world state, an admin1 region); FullName
  "City, Admin1, Country" as GDELT writes it; the FIPS 10-4 country code
  (``data/country_codes.yaml``); ADM1Code the FIPS country code + the GeoNames admin1 code
  (``USTX``; GeoNames' admin1 codes are FIPS 10-4 ones for most countries); the coordinates;
  FeatureID the GeoNames id (GDELT writes GNS ids; for a country, like GDELT, the FIPS code).
  An event with a stated location but no gazetteer place keeps the old reading
  (``data/places.yaml``, else the name with type 0). ADM2 and the actors' geography stay empty.
- ``DATEADDED``: when the document was ingested (UTC, YYYYMMDDHHMMSS); ``SOURCEURL``: the
  article's URL, blank for a local file (never a path).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from typing import TextIO

from geowire.export.cameo import cameo_parts
from geowire.export.codes import ExportCodes
from geowire.export.records import ExportEvent, ExportReport
from geowire.types import EventActor, Place

_ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
assert len(GDELT_COLUMNS) == 61, "GDELT 2.0 Events has 61 columns"


def global_event_id(event_id: str) -> int:
    """A stable positive 60-bit integer for a geowire event id."""
    return int(hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:15], 16)


def goldstein(cameo_code: str, codes: ExportCodes) -> float:
    """The CAMEO Goldstein weight of an event code, one decimal."""
    value = codes.goldstein(cameo_code)
    return round(0.0 if value is None else value, 1)


def fraction_date(day: dt.date) -> str:
    """GDELT's YYYY.FFFF: the year plus the elapsed fraction of it."""
    return f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"


def actor_fields(actor: EventActor | None, codes: ExportCodes) -> list[str]:
    """The 10 GDELT actor columns for one event actor (all empty when there is none)."""
    if actor is None:
        return [""] * len(_ACTOR_FIELDS)
    cameo = codes.cameo_actor(actor.code, actor.sector, actor.kind)
    return [
        cameo.code,
        _clean(actor.entity_text.upper()),
        cameo.country,
        cameo.known_group,
        "",
        "",
        "",
        cameo.type,
        "",
        "",
    ]


_GEO_TYPE = {"country": "1", "city": "4", "region": "5"}


def place_geo(place: Place, codes: ExportCodes) -> list[str]:
    """The 8 geography columns of a gazetteer place."""
    fips = codes.fips(place.country)
    us = place.country == "USA"
    point = "3" if us else "4"  # a city, or a named feature (sea, strait, region) as GDELT's landmarks
    geo_type = {"country": "1", "admin1": "2" if us else "5", "city": point, "region": point, "water": point}[
        place.kind
    ]
    country_name = codes.country_name(place.country) if place.country else ""
    parts = [place.name] if place.kind == "country" else [place.name, place.admin1 or "", country_name]
    if place.kind == "admin1":
        parts = [place.name, country_name]
    name = ", ".join(dict.fromkeys(p for p in parts if p))
    adm1 = f"{fips}{place.admin1_code}" if place.admin1_code and fips else ""
    feature = fips if place.kind == "country" else str(place.geonames_id or "")
    return [geo_type, _clean(name), fips, adm1, "", f"{place.lat:g}", f"{place.lon:g}", feature]


def action_geo(
    location: str | None, location_code: str | None, place: Place | None, codes: ExportCodes
) -> list[str]:
    """The 8 ActionGeo columns: type, name, FIPS country, ADM1, ADM2, lat, long, feature id."""
    if place is not None:
        return place_geo(place, codes)
    return _listed_geo(location, location_code, codes)


def _listed_geo(location: str | None, location_code: str | None, codes: ExportCodes) -> list[str]:
    """ActionGeo of a stated location the gazetteer gave no place (``data/places.yaml``)."""
    if not (location or location_code):
        return [""] * 8
    place = codes.places.locate(location)
    if place is None or place.kind not in _GEO_TYPE:
        return ["0", _clean(location or ""), codes.fips(location_code), "", "", "", "", ""]
    country = codes.fips(place.code or location_code)
    return [_GEO_TYPE[place.kind], place.name, country, "", "", f"{place.lat:g}", f"{place.lon:g}", ""]


def _clean(value: str) -> str:
    """No tabs or newlines inside a field."""
    return " ".join(value.split())


def gdelt_row(item: ExportEvent, *, codes: ExportCodes) -> list[str] | None:
    """The 61 fields of one event, or None when it has no date."""
    ev, day = item.event, item.day
    if day is None:
        return None
    code, base, root = cameo_parts(codes.cameo.code_for(ev.category, ev.mode, ev.context))
    actor1 = ev.actors[0] if ev.actors else None
    actor2 = ev.recipients[0] if ev.recipients else None
    row = [
        str(global_event_id(ev.id)),
        day.strftime("%Y%m%d"),
        day.strftime("%Y%m"),
        str(day.year),
        fraction_date(day),
        *actor_fields(actor1, codes),
        *actor_fields(actor2, codes),
        "1" if ev.sentence_index < 2 else "0",
        code,
        base,
        root,
        str(ev.quad_class),
        f"{goldstein(code, codes):.1f}",
        str(item.mentions),
        str(item.sources),
        str(item.articles),
        "0.0",
        *([""] * 8),
        *([""] * 8),
        *action_geo(ev.location, ev.location_code, ev.place, codes),
        timestamp(item),
        _clean(item.url or ""),
    ]
    return row


def iter_gdelt_rows(
    events: Iterable[ExportEvent],
    report: ExportReport,
    *,
    include_nonasserted: bool = False,
    codes: ExportCodes,
) -> Iterator[list[str]]:
    """GDELT rows for ``events``, counting the left-out ones in ``report.skipped``."""
    for item in events:
        reason = left_out(item, include_nonasserted=include_nonasserted)
        row = None if reason else gdelt_row(item, codes=codes)
        if row is None:
            report.skip(reason or "no date")
            continue
        yield row


def left_out(item: ExportEvent, *, include_nonasserted: bool = False) -> str | None:
    """Why the GDELT files leave ``item`` out (an event the model does not count, being below its
    confidence floor; a non-asserted or undated event), or None: the events and the mentions
    tables (:mod:`geowire.export.gdelt_mentions`) keep the same events, those the model counts."""
    if not item.modelled:
        return "below the model's confidence floor"
    if item.event.modality != "asserted" and not include_nonasserted:
        return f"modality {item.event.modality}"
    return "no date" if item.day is None else None


def timestamp(item: ExportEvent) -> str:
    """GDELT's DATEADDED (YYYYMMDDHHMMSS): when the document was ingested, else the event's day."""
    day = item.day or dt.date(1970, 1, 1)
    added = item.added or dt.datetime.combine(day, dt.time())
    return added.strftime("%Y%m%d%H%M%S")


def write_gdelt(
    events: Iterable[ExportEvent],
    stream: TextIO,
    report: ExportReport,
    *,
    include_nonasserted: bool = False,
    codes: ExportCodes | None = None,
) -> None:
    """Write GDELT 2.0 Events rows (tab-separated, no header, as GDELT publishes them) with the
    code tables ``codes`` (loaded here, once, when not given)."""
    codes = codes or ExportCodes.load()
    for row in iter_gdelt_rows(events, report, include_nonasserted=include_nonasserted, codes=codes):
        stream.write("\t".join(row) + "\n")
        report.rows += 1
