"""``geowire events``, ``geowire explain`` and ``geowire recode``: thin wrappers over
:mod:`geowire.store.events` and :func:`geowire.pipeline.process_pending`."""

from __future__ import annotations

import csv
import dataclasses
import json
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.markup import escape

from geowire.cli.common import (
    ActorOption,
    DbOption,
    JsonOption,
    MinConfidenceOption,
    ModalityOption,
    RecipientOption,
    SettingsOption,
    SinceOption,
    TypeOption,
    UntilOption,
    app,
    check_actors,
    console,
    event_filters,
    handle_errors,
    print_json,
    print_table,
    progress_bar,
    settings_from,
)
from geowire.jsonable import to_jsonable


class Format(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


CSV_COLUMNS = [
    "id",
    "date",
    "date_precision",
    "event",
    "mode",
    "actor",
    "recipient",
    "quad_code",
    "event_score",
    "modality",
    "reported",
    "confidence",
    "document_id",
    "sequence",
    "text",
]


def _codes(actors: list[dict[str, Any]]) -> str:
    return "+".join(f"{a['code']}/{a['sector']}" if a.get("sector") else str(a["code"]) for a in actors)


@app.command()
def events(
    actor: ActorOption = None,
    recipient: RecipientOption = None,
    type_: TypeOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    modality: ModalityOption = None,
    fmt: Annotated[
        Format, typer.Option("--format", help="table, jsonl (PLOVER records) or csv")
    ] = Format.table,
    limit: Annotated[int | None, typer.Option("--limit", min=1)] = None,
    min_confidence: MinConfidenceOption = None,
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """List coded events (newest first). Non-asserted events are listed with their modality."""
    from geowire.coding.floors import read_floors, view_filters
    from geowire.model.build import with_model_floor
    from geowire.pipeline import open_model_reader
    from geowire.store.events import query_events, to_plover_record

    settings = settings_from(settings_file, db=db, min_confidence=min_confidence)
    with handle_errors():
        floors = read_floors(settings.decider_model)  # both floors from one read of the artefact
        settings = with_model_floor(settings, floors)
    hide, learned_floor = view_filters(settings, floors)
    filters = event_filters(
        actor=actor,
        recipient=recipient,
        type_=type_,
        since=since,
        until=until,
        modality=modality,
        min_confidence=hide,
        learned_floor=learned_floor,
    )
    with handle_errors(), open_model_reader(settings.db, settings) as store:
        check_actors(store, settings, [("--actor", actor), ("--recipient", recipient)])
        rows = query_events(store, **filters.as_query(), limit=limit)
        records = [to_plover_record(r, store=store) for r in rows]
    if json_out:
        print_json(records)
    elif fmt is Format.jsonl:
        for rec in records:
            sys.stdout.write(json.dumps(to_jsonable(rec), ensure_ascii=False) + "\n")
    elif fmt is Format.csv:
        _write_csv(records)
    else:
        print_table(
            f"{len(records)} events",
            ["id", "date", "event", "actor", "recipient", "modality", "text"],
            [
                [
                    r["id"],
                    r["date"],
                    "/".join(filter(None, [r["event"][0], *r["mode"]])),
                    _codes(r["actor"]),
                    _codes(r["recipient"]),
                    r["modality"] + (" (reported)" if r["reported"] else ""),
                    r["text"][:100],
                ]
                for r in records
            ],
        )


def _write_csv(records: list[dict[str, Any]]) -> None:
    out = csv.writer(sys.stdout)
    out.writerow(CSV_COLUMNS)
    for r in records:
        out.writerow(
            [
                r["id"],
                r["date"],
                r["date_precision"],
                r["event"][0],
                ";".join(r["mode"]),
                _codes(r["actor"]),
                _codes(r["recipient"]),
                r["quad_code"],
                r["event_score"],
                r["modality"],
                r["reported"],
                r["confidence"],
                r["cite_info"]["document_id"],
                r["text_info"]["sequence"],
                r["text"],
            ]
        )


@app.command()
def explain(
    event_id: Annotated[str, typer.Argument(help="event id (from `geowire events`)")],
    candidates: Annotated[
        bool, typer.Option("--candidates", help="also re-analyse the sentence: every candidate, its score")
    ] = False,
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Show why an event was coded as it was: the marked sentence, the rule and each step
    (with --candidates: every reading the learned stage weighed, with its probability)."""
    from geowire.store import open_store
    from geowire.store.events import get_event, marked_sentence, query_events, to_plover_record

    settings = settings_from(settings_file, db=db)
    views = []
    with handle_errors(), open_store(settings.db, read_only=True) as store:
        row = get_event(store, event_id)
        record = to_plover_record(row, store=store)
        if candidates:
            from geowire.coding.explain import sentence_candidates
            from geowire.store.documents import get_document
            from geowire.types import DocContext

            doc = get_document(store, row["doc_id"])
            kept = frozenset(r["id"] for r in query_events(store, doc_id=row["doc_id"]))
            if doc is not None:
                ctx = DocContext(doc_id=doc.id, published=doc.published, title=doc.title)
                views = sentence_candidates(settings, ctx, doc.text, row["sentence_index"], kept)
    if json_out:
        print_json({**record, "marked_text": marked_sentence(row),
                    **({"candidates": [to_jsonable(v) for v in views]} if candidates else {})})  # fmt: skip
        return
    from rich.markup import escape

    cite = record["cite_info"]
    console.print(
        f"[bold]{escape(row['id'])}[/bold]  {row['category']}"
        f"{'/' + row['mode'] if row['mode'] else ''}  {escape(_codes(record['actor']))} → "
        f"{escape(_codes(record['recipient']) or '(none)')}  {record['date']} ({record['date_precision']})"
        f"  modality={row['modality']}{' reported' if row['reported'] else ''}"
        f"  score={row['score']} confidence={row['confidence']}",
        highlight=False,
    )
    console.print(
        f"document {escape(cite['document_id'])}, sentence {row['sentence_index']} "
        f"(chars {row['sentence_start']}–{row['sentence_start'] + len(row['sentence'])})",
        highlight=False,
    )
    console.print("  " + escape(marked_sentence(row)), highlight=False)
    console.print(f"rule: {escape(row['rule'])}", highlight=False)
    for line in row["explanation"]:
        console.print(f"  - {escape(line)}", highlight=False)
    if candidates:
        print_table(
            "candidates in this sentence (learned decision stage)",
            ["p", "kept", "event", "actor → recipient", "trigger", "modality", "features that weighed most"],
            [[f"{v.probability:.2f}", "yes" if v.kept else "", v.category,
              f"{'+'.join(v.actors)} → {'+'.join(v.recipients) or '-'}", v.trigger, v.modality,
              ", ".join(f"{f} {w:+.2f}" for f, w in v.features[:4])] for v in views],
        )  # fmt: skip


@app.command()
def recode(
    doc_ids: Annotated[
        list[str] | None, typer.Argument(metavar="[ID]...", help="only these documents (failed ones too)")
    ] = None,
    db: DbOption = None,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="processes for annotation/coding")
    ] = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Re-annotate and re-code every stored document (after rules, lexicons or models change),
    or only the documents given (a failed one is tried again)."""
    from geowire.pipeline import process_pending
    from geowire.store import open_store
    from geowire.store.documents import pending_documents

    settings = settings_from(settings_file, db=db, workers=workers)
    with handle_errors(), open_store(settings.db) as store:
        if doc_ids:
            _require_documents(store, doc_ids)
        total = len(pending_documents(store, all_stored=True, doc_ids=doc_ids or None))
        with progress_bar("recoding", total) as advance:
            report = process_pending(
                store, settings, code=True, recode=not doc_ids, doc_ids=doc_ids or None, on_progress=advance
            )
    result = {
        "documents": report.documents,
        "events": report.events,
        "mentions": report.mentions,
        "failed": [dataclasses.asdict(f) for f in report.failed],
    }
    if json_out:
        print_json(result)
    else:
        console.print(
            f"recoded {report.documents} documents: {report.events} events, {report.mentions} actor mentions",
            highlight=False,
        )
        for f in report.failed:
            console.print(f"failed {f.doc_id}: {escape(f.error_class)}: {escape(f.error)}", highlight=False)
    if report.failed:
        raise typer.Exit(1)


def _require_documents(store: Any, doc_ids: list[str]) -> None:
    from geowire.errors import NotFoundError
    from geowire.store.documents import existing_ids

    known = existing_ids(store, doc_ids)
    missing = [i for i in doc_ids if i not in known]
    if missing:
        raise NotFoundError(f"no document {', '.join(missing)}")
