"""``geowire export``: one entry point over every format.

Events formats (``plover-jsonl``, ``gdelt``, ``gdelt-mentions``, ``csv``, ``parquet``) read the events through
``store.events.query_events`` with the same filters as ``geowire events``; ``graphml`` writes the
relations network and ``ftm`` the actors, agreements and transfers from the model queries;
``parquet-hive`` writes every analytical table, whole, as hive-partitioned Parquet (:mod:`.hive`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from geowire.errors import ConfigError
from geowire.export.codes import ExportCodes
from geowire.export.records import EventFilters, ExportEvent, ExportReport
from geowire.store.db import Store
from geowire.types import Event, EventActor, Span

Format = Literal[
    "plover-jsonl", "gdelt", "gdelt-mentions", "csv", "parquet", "parquet-hive", "graphml", "ftm"
]
FORMATS: tuple[str, ...] = (
    "plover-jsonl", "gdelt", "gdelt-mentions", "csv", "parquet", "parquet-hive", "graphml", "ftm"
)  # fmt: skip
# the filters a user picks; whole-table parquet-hive refuses them (defaults such as a confidence
# floor do not apply: the tables keep every row and its confidence, to filter when queried)
HIVE_REFUSES = ("actor", "recipient", "type", "since", "until", "modality")


def event_from_row(row: dict[str, Any]) -> Event:
    """The :class:`Event` of a ``query_events`` row."""
    from geowire.store.events import place_of_row

    def actors(items: list[dict[str, Any]]) -> tuple[EventActor, ...]:
        return tuple(
            EventActor(
                code=a.get("code"),
                sector=a.get("sector"),
                entity_text=a.get("entity_text", ""),
                wikidata=a.get("wikidata"),
                start=a["start"],
                end=a["end"],
                kind=a.get("kind", "country"),
            )
            for a in items
        )

    return Event(
        id=row["id"],
        doc_id=row["doc_id"],
        sentence_index=row["sentence_index"],
        sentence=row["sentence"],
        sentence_start=row["sentence_start"],
        category=row["category"],
        trigger=Span(row["trigger_start"], row["trigger_end"], row["trigger_text"]),
        actors=actors(row["actors"]),
        recipients=actors(row["recipients"]),
        mode=row.get("mode"),
        context=tuple(row.get("context") or ()),
        date=row.get("date"),
        date_precision=row.get("date_precision"),
        date_source=row.get("date_source") or "publication",
        location=row.get("location"),
        location_code=row.get("location_code"),
        place=place_of_row(row),
        quad_class=row["quad_class"],
        score=row["score"],
        modality=row["modality"],
        reported=bool(row["reported"]),
        confidence=row["confidence"],
        rule=row.get("rule") or "",
        explanation=tuple(row.get("explanation") or ()),
    )


def iter_export_events(store: Store, filters: EventFilters) -> Iterator[ExportEvent]:
    """Every event matching ``filters`` with its document's url/path/dates."""
    from geowire.store.derived import in_model, recorded_floor
    from geowire.store.documents import document_lengths, list_documents
    from geowire.store.events import query_events
    from geowire.store.frames import occurrence_counts

    docs = {d["id"]: d for d in list_documents(store)}
    counts = occurrence_counts(store)
    floor = recorded_floor(store.con)  # what the stored model counts
    lengths = document_lengths(store)
    rows = query_events(store, **filters.as_query())
    for row in rows:
        doc = docs.get(row["doc_id"], {})
        mentions, sources, articles = counts.get(row["id"], (1, 1, 1))
        modelled = in_model(row, floor)  # else below the model's confidence floor
        yield ExportEvent(
            event_from_row(row),
            url=doc.get("url"),
            path=doc.get("path"),
            published=doc.get("published"),
            added=doc.get("ingested_at"),
            row=row,
            mentions=mentions,
            sources=sources,
            articles=articles,
            modelled=modelled,
            language=doc.get("language"),
            title=doc.get("title"),
            outlet=doc.get("outlet"),
            doc_length=lengths.get(row["doc_id"]),
        )


def export(
    store: Store,
    *,
    format: str,
    out: Path,
    filters: EventFilters | None = None,  # noqa: A002
    include_nonasserted: bool = False,
) -> ExportReport:
    """Write the export ``format`` to ``out`` (a file; ``-`` is not accepted for Parquet)."""
    if format not in FORMATS:
        raise ConfigError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    report = ExportReport(format=format, out=str(out))
    filters = filters or EventFilters()
    out.parent.mkdir(parents=True, exist_ok=True)
    if format == "parquet-hive":
        from geowire.export.hive import write_hive

        chosen = [name for name in HIVE_REFUSES if getattr(filters, name, None) is not None]
        if chosen:
            raise ConfigError("parquet-hive exports whole tables: drop the event filters (query the output)")
        write_hive(store, out, report)
        return report
    if out.is_dir():
        raise ConfigError(f"{out} is a directory: {format} writes one file")
    if format == "parquet":
        from geowire.export.tabular import write_parquet

        write_parquet(iter_export_events(store, filters), out, report)
        return report
    if format == "graphml":
        from geowire.export.graphml import write_graphml

        write_graphml(store, out, report, filters=filters)
        return report
    with out.open("w", encoding="utf-8", newline="") as stream:
        _write_text(store, format, stream, report, filters, include_nonasserted=include_nonasserted)
    return report


def _write_text(
    store: Store,
    fmt: str,
    stream: Any,
    report: ExportReport,
    filters: EventFilters,
    *,
    include_nonasserted: bool,
) -> None:
    if fmt == "ftm":
        from geowire.export.ftm import write_ftm

        write_ftm(store, stream, report, codes=ExportCodes.load())
        return
    events = iter_export_events(store, filters)
    if fmt == "gdelt":
        from geowire.export.gdelt import write_gdelt

        write_gdelt(events, stream, report, include_nonasserted=include_nonasserted, codes=ExportCodes.load())
    elif fmt == "gdelt-mentions":
        from geowire.export.gdelt_mentions import write_mentions

        write_mentions(events, stream, report, include_nonasserted=include_nonasserted)
    elif fmt == "csv":
        from geowire.export.tabular import write_csv

        write_csv(events, stream, report)
    else:
        from geowire.export.plover_jsonl import write_plover_jsonl

        write_plover_jsonl(events, stream, report, store=store, codes=ExportCodes.load())
