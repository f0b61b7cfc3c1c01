"""PLOVER JSON lines: one record a line in the PLOVER manual's JSON layout ("Data Fields"), valid
against ``data/schemas/plover.schema.json`` (tests check every record with ``jsonschema``).

- ``date``: the event date, else the publication date (``date_source`` says which and
  ``date_precision`` how precise); an event with neither is left out (the spec requires a date).
- ``actor``/``recipient``: entity objects ``{code, sector, entity_text, identifier_id}`` (the
  Wikidata id, as the manual asks); ``event_scale`` the PLOVER score; ``quad_code``.
- ``event_loc``: ``{extracted_place, resolved_place, geonameid, lat, lon, city, province,
  country, country_code, feature_class, resolution}`` when the event has a gazetteer place
  (:mod:`geowire.geo`; resolution 1 country, 2 admin1, 4 city; feature class A or P as in
  GeoNames); an event with only a stated location keeps the old reading (``data/places.yaml``).
- ``cite_info``: ``{url, title, publication, language, coder, codebook}``; a local file's path is
  not a URL and is left out. geowire's own fields (modality, reported, confidence, evidence,
  document id) are kept beside them, as the manual allows.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any, TextIO

from geowire.export.codes import ExportCodes
from geowire.export.records import ExportEvent, ExportReport
from geowire.store.db import Store
from geowire.types import Place

CODEBOOK = "plover-2.0"
_RESOLUTION = {"country": 1, "region": 2, "city": 4}


def _entity(a: dict[str, Any]) -> dict[str, Any]:
    out = {"code": a.get("code"), "sector": a.get("sector"), "entity_text": a.get("entity_text") or ""}
    if a.get("wikidata"):
        out["identifier_id"] = a["wikidata"]
    return out


_PLACE_RESOLUTION = {"country": 1, "admin1": 2, "region": 2, "city": 4}  # a body of water: none
_FEATURE_CLASS = {"city": "P", "water": "H", "region": "L"}  # GeoNames feature classes; else A


def place_loc(place: Place, codes: ExportCodes) -> dict[str, Any]:
    """The PLOVER location object of a gazetteer place."""
    loc: dict[str, Any] = {
        "extracted_place": place.text or place.name,
        "resolved_place": place.name,
        "lat": place.lat,
        "lon": place.lon,
    }
    if place.country:  # international waters have none
        loc.update(country=codes.country_name(place.country), country_code=place.country)
    loc["feature_class"] = _FEATURE_CLASS.get(place.kind, "A")
    if place.kind in _PLACE_RESOLUTION:
        loc["resolution"] = _PLACE_RESOLUTION[place.kind]
    if place.geonames_id is not None:
        loc["geonameid"] = place.geonames_id
    if place.kind == "city":
        loc["city"] = place.name
    if place.admin1:
        loc["province"] = place.admin1
    return loc


def event_loc(
    location: str | None, location_code: str | None, place: Place | None, codes: ExportCodes
) -> dict[str, Any] | None:
    """The PLOVER location object of an event's place (None when it has none)."""
    if place is not None:
        return place_loc(place, codes)
    return _listed_loc(location, location_code, codes)


def _listed_loc(location: str | None, location_code: str | None, codes: ExportCodes) -> dict[str, Any] | None:
    """The location object of a stated location the gazetteer gave no place (``data/places.yaml``)."""
    if not (location or location_code):
        return None
    loc: dict[str, Any] = {"extracted_place": location or location_code}
    place = codes.places.locate(location)
    code = (place.code if place else None) or location_code
    if code:
        loc["country_code"] = code
    if place is not None:
        loc.update(resolved_place=place.name, lat=place.lat, lon=place.lon)
        if place.kind in _RESOLUTION:
            loc["resolution"] = _RESOLUTION[place.kind]
    return loc


def plover_record(item: ExportEvent, codes: ExportCodes) -> dict[str, Any] | None:
    """The PLOVER record of one event, or None when it has no date at all."""
    row, day = item.row, item.day
    if day is None:
        return None
    dated = item.event.date is not None
    record: dict[str, Any] = {
        "id": row["id"],
        "date": day.isoformat(),
        "date_precision": row.get("date_precision") if dated else item.published_precision,
        "date_source": row.get("date_source") if dated else "publication",
        "actor": [_entity(a) for a in row["actors"]],
        "recipient": [_entity(a) for a in row["recipients"]],
        "event": [row["category"]],
        "mode": [row["mode"]] if row.get("mode") else [],
        "context": list(row.get("context") or []),
        "quad_code": row["quad_class"],
        "event_scale": row["score"],
        "text": row["sentence"],
        "text_info": {
            "sequence": row["sentence_index"],
            "start": row["sentence_start"],
            "end": row["sentence_start"] + len(row["sentence"]),
        },
        "cite_info": _cite(item),
        "modality": row["modality"],
        "reported": bool(row["reported"]),
        "confidence": row["confidence"],
        "document_id": row["doc_id"],
        "evidence": {
            "trigger": {
                "text": row["trigger_text"],
                "start": row["trigger_start"],
                "end": row["trigger_end"],
            },
            "rule": row["rule"],
            "explanation": list(row.get("explanation") or []),
        },
    }
    loc = event_loc(row.get("location"), row.get("location_code"), item.event.place, codes)
    if loc:
        record["event_loc"] = loc
    return record


def _cite(item: ExportEvent) -> dict[str, Any]:
    from geowire import __version__

    cite: dict[str, Any] = {"coder": f"geowire {__version__}", "codebook": CODEBOOK}
    for key, value in (("url", item.url), ("title", item.title), ("publication", item.outlet)):
        if value:
            cite[key] = value
    if item.language and len(item.language) == 2:
        cite["language"] = item.language
    return cite


def write_plover_jsonl(
    events: Iterable[ExportEvent],
    stream: TextIO,
    report: ExportReport,
    *,
    store: Store | None = None,
    codes: ExportCodes | None = None,
) -> None:
    """Write one PLOVER record a line (UTF-8, no ASCII escaping); undated events are skipped."""
    codes = codes or ExportCodes.load()
    for item in events:
        record = plover_record(item, codes)
        if record is None:
            report.skip("no date")
            continue
        stream.write(json.dumps(record, ensure_ascii=False, default=_default) + "\n")
        report.rows += 1


def _default(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)
