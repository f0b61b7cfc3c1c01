"""``geowire demo`` (what ``make demo`` runs) and ``geowire summary``: ingest the bundled
examples, then print what is stored and the model's short report."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape

from geowire.cli.common import (
    DbOption,
    JsonOption,
    MinConfidenceOption,
    SettingsOption,
    app,
    console,
    handle_errors,
    print_json,
    print_table,
    progress_bar,
    settings_from,
)


@app.command()
def demo(
    sources: Annotated[list[str] | None, typer.Argument(help="inputs (default: examples/)")] = None,
    db: DbOption = None,
    workers: Annotated[int | None, typer.Option("--workers", min=1)] = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Ingest and code the bundled examples, then print the store summary and the model report."""
    settings = settings_from(settings_file, db=db, workers=workers)
    from geowire.ingest import ingest_sources
    from geowire.model.report import demo_report, render_demo_report
    from geowire.pipeline import process_pending
    from geowire.store import open_store
    from geowire.store.summary import store_summary

    with handle_errors(), open_store(settings.db) as store:
        with progress_bar("ingesting", None) as advance:
            report = ingest_sources(store, settings, sources or ["examples"], on_item=lambda _r: advance(1))
        with progress_bar("annotating and coding", None) as advance:
            process_pending(store, settings, on_progress=advance)
        summary = store_summary(store)
        model = demo_report(store)
    if json_out:
        print_json({"ingest": report.summary(), "summary": summary, "model": model})
        return
    console.print(f"[bold]ingest:[/bold] {escape(report.summary())}", highlight=False)
    _render_summary(summary)
    render_demo_report(model, console)
    console.print(
        f"\nExplore it in the browser: [bold].venv/bin/geowire serve --db {escape(str(settings.db))}[/bold]"
        "  then open http://127.0.0.1:8000",
        highlight=False,
    )


@app.command()
def summary(
    min_confidence: MinConfidenceOption = None,
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Print what the store holds: documents, mentions, events by category and modality, and how
    many events `geowire events` shows (the same confidence view and --min-confidence)."""
    settings = settings_from(settings_file, db=db, min_confidence=min_confidence)
    from geowire.coding.floors import floor_report, read_floors, view_filters
    from geowire.store import open_store
    from geowire.store.listing import events as events_list
    from geowire.store.listing import page
    from geowire.store.summary import store_summary

    with handle_errors():
        hide, learned_floor = view_filters(settings, read_floors(settings.decider_model))
    learned_floor = None if hide is not None else learned_floor  # as `geowire events` (event_filters)
    with handle_errors(), open_store(settings.db, read_only=True) as store:
        data = store_summary(store)
        shown = page(store, events_list(min_confidence=hide, learned_floor=learned_floor), limit=0).total
    floors = floor_report(learned_floor)  # the default, and one per modality when the model has them
    view = {"events": shown, "min_confidence": hide, "learned_floor": floors.pop("min_confidence"), **floors}
    if json_out:
        print_json({**data, "events_shown": view})
    else:
        _render_summary(data, shown=view)


def _view_words(view: dict[str, Any]) -> str:
    """How many events the default view shows, and at what confidence, as a user reads it."""
    if view["min_confidence"] is not None:
        at = f"at confidence ≥ {view['min_confidence']:g}"
    elif view["learned_floor"] is not None:
        own = "".join(f", {m} ≥ {f:g}" for m, f in view.get("modality_floors", {}).items())
        at = f"at confidence ≥ {view['learned_floor']:g}{own} (learned stage; rule-coded events all shown)"
    else:
        at = "at any confidence"
    return f"{view['events']} shown by `geowire events` {at}"


def _render_summary(s: dict[str, Any], *, shown: dict[str, Any] | None = None) -> None:
    docs = ", ".join(f"{k} {v}" for k, v in s["documents"].items()) or "none"
    console.print(f"[bold]documents:[/bold] {escape(docs)}", highlight=False)
    console.print(
        f"[bold]annotation:[/bold] {s['sentences']} sentences, {s['actor_mentions']} actor mentions"
        f" ({s['resolved_mentions']} resolved)",
        highlight=False,
    )
    modality = ", ".join(f"{k} {v}" for k, v in s["events_by_modality"].items())
    console.print(
        f"[bold]events:[/bold] {s['events']} event mentions stored ({escape(modality)};"
        f" {s['events_reported']} reported)"
        + (f", {escape(_view_words(shown))}" if shown is not None else "")
        + f"; {s['occurrences']} occurrences",
        highlight=False,
    )
    print_table(
        "events by PLOVER category",
        ["category", "asserted", "not asserted"],
        [[r["category"], r["asserted"], r["not_asserted"]] for r in s["events_by_category"]],
    )
