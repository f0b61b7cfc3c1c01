"""GDELT 2.0 Events export: tab-separated, no header, GDELT's 61 columns in their documented order.

One row per asserted event mention (hypothetical, future and negated events are not deeds and
are left out unless ``include_nonasserted``).  Mapping from geowire's PLOVER events:

- ``GLOBALEVENTID``: the first 60 bits of sha256(event id) as an integer (stable across runs).
- ``SQLDATE``/``MonthYear``/``Year``/``FractionDate``: the event date, else the publication date
  (events with neither are skipped: GDELT rows always carry a date). FractionDate = year +
  (day of year − 1)/365 (GDELT's YYYY.FFFF).
- Actor fields: CAMEO-style ``Actor1Code`` = country (or organisation) code + PLOVER sector
  (``RUS`` + ``GOV`` → ``RUSGOV``); ``CountryCode`` the ISO alpha-3 code; ``KnownGroupCode`` the
  organisation/group code; ``Type1Code`` the sector. Ethnic and religion codes stay empty.
- ``EventCode``/``EventBaseCode``/``EventRootCode``: the CAMEO code chosen for category + mode +
  contexts from the CAMEO↔PLOVER table (:mod:`geowire.export.cameo`).
- ``QuadClass``: the PLOVER quad class (same four classes as CAMEO's).
- ``GoldsteinScale``: the PLOVER conflict–cooperation score. Both scales run −10 (most
  conflictual) … +10 (most cooperative) and PLOVER's scores were designed to splice with
  Goldstein's, so the mapping is the identity, clamped to [−10, 10] and rounded to one decimal.
- ``IsRootEvent``: 1 when the event is in the first two sentences (headline/lead), else 0.
- ``NumMentions``/``NumSources``/``NumArticles``: 1 (each row is one mention in one article).
- ``AvgTone``: 0.0 (geowire does not measure tone).
- Geography: ``ActionGeo_FullName`` holds the event's location text and ``ActionGeo_CountryCode``
  its country (ISO alpha-3, not GDELT's FIPS) when coded, with ``ActionGeo_Type`` 1 (country) when
  the country is known, else 0; coordinates and feature ids stay empty (no geocoding).
- ``DATEADDED``: when the document was ingested (UTC, YYYYMMDDHHMMSS); ``SOURCEURL``: URL or path.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from typing import TextIO

from geowire.export.cameo import CameoTable, cameo_parts, load_cameo_table
from geowire.export.records import ExportEvent, ExportReport
from geowire.types import EventActor

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

_ORG_KINDS = frozenset({"igo", "group"})


def global_event_id(event_id: str) -> int:
    """A stable positive 60-bit integer for a geowire event id."""
    return int(hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:15], 16)


def goldstein(score: float) -> float:
    """PLOVER score (−10..10) → GoldsteinScale (−10..10): identity, clamped, one decimal."""
    return round(max(-10.0, min(10.0, float(score))), 1)


def fraction_date(day: dt.date) -> str:
    """GDELT's YYYY.FFFF: the year plus the elapsed fraction of it."""
    return f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"


def actor_fields(actor: EventActor | None) -> list[str]:
    """The 10 GDELT actor columns for one event actor (all empty when there is none)."""
    if actor is None:
        return [""] * len(_ACTOR_FIELDS)
    code = actor.code or ""
    sector = actor.sector or ""
    is_org = actor.kind in _ORG_KINDS
    country = "" if is_org or len(code) != 3 else code
    known_group = code if is_org else ""
    cameo = code if is_org else code + sector
    return [
        _clean(cameo),
        _clean(actor.entity_text.upper()),
        country,
        known_group,
        "",
        "",
        "",
        sector,
        "",
        "",
    ]


def _clean(value: str) -> str:
    """No tabs or newlines inside a field."""
    return " ".join(value.split())


def gdelt_row(item: ExportEvent, *, table: CameoTable) -> list[str] | None:
    """The 61 fields of one event, or None when it has no date."""
    ev, day = item.event, item.day
    if day is None:
        return None
    code, base, root = cameo_parts(table.code_for(ev.category, ev.mode, ev.context))
    actor1 = ev.actors[0] if ev.actors else None
    actor2 = ev.recipients[0] if ev.recipients else None
    added = item.added or dt.datetime.combine(day, dt.time())
    action_geo = [""] * 8
    if ev.location or ev.location_code:
        geo_type = "1" if ev.location_code else "0"
        action_geo = [geo_type, _clean(ev.location or ""), ev.location_code or ""] + [""] * 5
    row = [
        str(global_event_id(ev.id)),
        day.strftime("%Y%m%d"),
        day.strftime("%Y%m"),
        str(day.year),
        fraction_date(day),
        *actor_fields(actor1),
        *actor_fields(actor2),
        "1" if ev.sentence_index < 2 else "0",
        code,
        base,
        root,
        str(ev.quad_class),
        f"{goldstein(ev.score):.1f}",
        "1",
        "1",
        "1",
        "0.0",
        *([""] * 8),
        *([""] * 8),
        *action_geo,
        added.strftime("%Y%m%d%H%M%S"),
        _clean(item.source),
    ]
    return row


def iter_gdelt_rows(
    events: Iterable[ExportEvent],
    report: ExportReport,
    *,
    include_nonasserted: bool = False,
    table: CameoTable | None = None,
) -> Iterator[list[str]]:
    """GDELT rows for ``events``, counting the left-out ones in ``report.skipped``."""
    table = table or load_cameo_table()
    for item in events:
        if item.event.modality != "asserted" and not include_nonasserted:
            report.skip(f"modality {item.event.modality}")
            continue
        row = gdelt_row(item, table=table)
        if row is None:
            report.skip("no date")
            continue
        yield row


def write_gdelt(
    events: Iterable[ExportEvent], stream: TextIO, report: ExportReport, *, include_nonasserted: bool = False
) -> None:
    """Write GDELT 2.0 Events rows (tab-separated, no header, as GDELT publishes them)."""
    for row in iter_gdelt_rows(events, report, include_nonasserted=include_nonasserted):
        stream.write("\t".join(row) + "\n")
        report.rows += 1
