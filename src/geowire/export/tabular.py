"""Flat events tables for bulk use: CSV (one header row, lists joined with ``;``) and Parquet with
a fixed pyarrow schema (:func:`events_schema`; lists stay lists).  Both carry the same columns, one
row per event mention, with the event's gazetteer place (``place_*``, as the Python API's events)
and the evidence offsets into ``documents.text``."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from geowire.errors import OptionalDependencyError
from geowire.export.records import ExportEvent, ExportReport
from geowire.store.frames import PLACE_COLUMNS
from geowire.types import Place

COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "date", "date_precision", "published", "category", "mode", "contexts",
    "quad_class", "score", "modality", "reported", "confidence", "actor_codes", "actor_sectors",
    "actor_texts", "recipient_codes", "recipient_sectors", "recipient_texts", "location", *PLACE_COLUMNS,
    "sentence_index", "sentence_start", "sentence", "trigger", "trigger_start", "trigger_end", "rule",
    "source",
)  # fmt: skip
_LISTS = frozenset(
    {
        "contexts",
        "actor_codes",
        "actor_sectors",
        "actor_texts",
        "recipient_codes",
        "recipient_sectors",
        "recipient_texts",
    }
)


def flat_record(item: ExportEvent) -> dict[str, Any]:
    """One event as a flat mapping of :data:`COLUMNS` (lists for the list columns)."""
    ev = item.event
    return {
        "event_id": ev.id, "doc_id": ev.doc_id, "date": ev.date, "date_precision": ev.date_precision,
        "published": item.published, "category": ev.category, "mode": ev.mode, "contexts": list(ev.context),
        "quad_class": ev.quad_class, "score": float(ev.score), "modality": ev.modality,
        "reported": ev.reported, "confidence": float(ev.confidence),
        "actor_codes": [a.code or "" for a in ev.actors],
        "actor_sectors": [a.sector or "" for a in ev.actors],
        "actor_texts": [a.entity_text for a in ev.actors],
        "recipient_codes": [a.code or "" for a in ev.recipients],
        "recipient_sectors": [a.sector or "" for a in ev.recipients],
        "recipient_texts": [a.entity_text for a in ev.recipients], "location": ev.location,
        "sentence_index": ev.sentence_index, "sentence_start": ev.sentence_start, "sentence": ev.sentence,
        "trigger": ev.trigger.text, "trigger_start": ev.trigger.start, "trigger_end": ev.trigger.end,
        "rule": ev.rule, "source": item.source, **place_record(ev.place),
    }  # fmt: skip


def place_record(place: Place | None) -> dict[str, Any]:
    """The :data:`~geowire.store.frames.PLACE_COLUMNS` of an event's place (all None without one)."""
    if place is None:
        return dict.fromkeys(PLACE_COLUMNS)
    return {
        "place_name": place.name, "place_kind": place.kind, "place_geonames_id": place.geonames_id,
        "place_lat": place.lat, "place_lon": place.lon, "place_admin1": place.admin1,
        "place_country": place.country, "place_source": place.source,
    }  # fmt: skip


def write_csv(events: Iterable[ExportEvent], stream: TextIO, report: ExportReport) -> None:
    """CSV with a header row; list columns joined with ``;``, dates ISO, missing values empty."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COLUMNS)
    for item in events:
        rec = flat_record(item)
        writer.writerow([_cell(rec[c], c in _LISTS) for c in COLUMNS])
        report.rows += 1


def _cell(value: Any, is_list: bool) -> str:
    if is_list:
        return ";".join(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def events_schema() -> Any:
    """The fixed pyarrow schema of the events Parquet table."""
    pa = _pyarrow()
    strings = pa.list_(pa.string())
    types = {
        "date": pa.date32(), "published": pa.date32(), "quad_class": pa.int8(), "score": pa.float64(),
        "reported": pa.bool_(), "confidence": pa.float64(), "sentence_index": pa.int32(),
        "sentence_start": pa.int32(), "trigger_start": pa.int32(), "trigger_end": pa.int32(),
        "place_geonames_id": pa.int64(), "place_lat": pa.float64(), "place_lon": pa.float64(),
    }  # fmt: skip
    fields = [
        pa.field(
            c,
            strings if c in _LISTS else types.get(c, pa.string()),
            nullable=c not in ("event_id", "doc_id", "category"),
        )
        for c in COLUMNS
    ]
    return pa.schema(fields)


def events_table(events: Iterable[ExportEvent]) -> Any:
    """A pyarrow Table of ``events`` with :func:`events_schema`."""
    pa = _pyarrow()
    records = [flat_record(item) for item in events]
    return pa.Table.from_pylist(records, schema=events_schema())


def write_parquet(events: Iterable[ExportEvent], out: Path, report: ExportReport) -> None:
    """One Parquet file of the events (zstd-compressed)."""
    import pyarrow.parquet as pq

    table = events_table(events)
    pq.write_table(table, out, compression="zstd")
    report.rows += table.num_rows


def _pyarrow() -> Any:
    try:
        import pyarrow as pa
    except ImportError as e:
        raise OptionalDependencyError("Parquet export", "export") from e
    return pa
