"""``geowire demo`` (what ``make demo`` runs) and ``geowire summary``: ingest the bundled
examples, then print what is stored and the model's short report."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape

from geowire.cli.common import (
    DbOption,
    JsonOption,
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
def summary(db: DbOption = None, settings_file: SettingsOption = None, json_out: JsonOption = False) -> None:
    """Print what the store holds: documents, mentions, events by category and modality."""
    settings = settings_from(settings_file, db=db)
    from geowire.store import open_store
    from geowire.store.summary import store_summary

    with handle_errors(), open_store(settings.db, read_only=True) as store:
        data = store_summary(store)
    if json_out:
        print_json(data)
    else:
        _render_summary(data)


def _render_summary(s: dict[str, Any]) -> None:
    docs = ", ".join(f"{k} {v}" for k, v in s["documents"].items()) or "none"
    console.print(f"[bold]documents:[/bold] {escape(docs)}", highlight=False)
    console.print(
        f"[bold]annotation:[/bold] {s['sentences']} sentences, {s['actor_mentions']} actor mentions"
        f" ({s['resolved_mentions']} resolved)",
        highlight=False,
    )
    modality = ", ".join(f"{k} {v}" for k, v in s["events_by_modality"].items())
    console.print(
        f"[bold]events:[/bold] {s['events']} mentions ({escape(modality)}; {s['events_reported']} reported),"
        f" {s['occurrences']} occurrences",
        highlight=False,
    )
    print_table(
        "events by PLOVER category",
        ["category", "asserted", "not asserted"],
        [[r["category"], r["asserted"], r["not_asserted"]] for r in s["events_by_category"]],
    )
