"""``geowire ingest`` and ``geowire docs``: thin wrappers over :func:`geowire.ingest.ingest_sources`
and :func:`geowire.store.documents.list_documents`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from geowire.cli.common import (
    DbOption,
    JsonOption,
    SettingsOption,
    app,
    console,
    date_option,
    handle_errors,
    print_json,
    print_table,
    progress_bar,
    settings_from,
)

DOC_COLUMNS = ["id", "published", "outlet", "title", "status"]


@app.command()
def ingest(
    sources: Annotated[
        list[str] | None,
        typer.Argument(metavar="PATH|URL|-", help="files, directories, http(s) URLs, or - for stdin"),
    ] = None,
    db: DbOption = None,
    date: Annotated[
        str | None, typer.Option("--date", help="publication date (YYYY-MM-DD) when none is found")
    ] = None,
    feeds: Annotated[
        Path | None,
        typer.Option(
            "--feeds",
            help="file of RSS/Atom feed URLs, one a line",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ] = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="allow loopback/private addresses")
    ] = False,
    no_code: Annotated[bool, typer.Option("--no-code", help="only store; do not annotate and code")] = False,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="processes for annotation/coding")
    ] = None,
    actors: Annotated[
        list[Path] | None,
        typer.Option("--actors", exists=True, dir_okay=False, help="extra actor knowledge-base file"),
    ] = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Read documents into the store (then annotate and code them unless --no-code)."""
    if not sources and feeds is None:
        raise typer.BadParameter("give at least one PATH, URL or -, or --feeds FILE", param_hint="SOURCES")
    published = date_option(date, "--date")
    settings = settings_from(
        settings_file,
        db=db,
        workers=workers,
        allow_private=allow_private or None,
        actors_files=list(actors) if actors else None,
    )
    from geowire.ingest import ingest_sources
    from geowire.store import open_store

    with handle_errors(), open_store(settings.db) as store:
        with progress_bar("ingesting", None) as advance:
            report = ingest_sources(
                store,
                settings,
                sources or [],
                date=published,
                feeds_file=feeds,
                on_item=lambda _r: advance(1),
            )
        if not json_out:
            _print_report(report)
        processing = None if no_code else _process(store, settings, quiet=json_out)
    if json_out:
        print_json({**_report_json(report), "processing": processing})
    if not report.ok:
        raise typer.Exit(1)


def _print_report(report: Any) -> None:
    for item in report.items:
        if item.outcome == "failed":
            console.print(escape(item.line()), soft_wrap=True, highlight=False)
        elif item.outcome in ("duplicate", "skipped"):
            console.print(f"[dim]{escape(item.line())}[/dim]", soft_wrap=True, highlight=False)
    colour = "green" if report.ok else "yellow"
    console.print(f"[{colour}]{escape(report.summary())}[/{colour}]", soft_wrap=True, highlight=False)


def _report_json(report: Any) -> dict[str, Any]:
    return {
        "run_id": report.run_id,
        "summary": report.summary(),
        "stored": report.stored,
        "duplicates": report.duplicates,
        "already_stored": report.existing,
        "skipped": report.skipped,
        "failed": report.failed,
        "items": report.items,
    }


def _process(store: Any, settings: Any, *, quiet: bool) -> dict[str, Any]:
    """Annotate and code pending documents (what was stored stays stored if this fails)."""
    from geowire.pipeline import process_pending

    pending = int(store.scalar("SELECT count(*) FROM documents WHERE status = 'stored'") or 0)
    with progress_bar("annotating and coding", pending) as advance:
        result = process_pending(store, settings, code=True, on_progress=advance)
    if not quiet:
        console.print(
            f"processed {result.documents} documents: {result.events} events, "
            f"{result.mentions} actor mentions",
            highlight=False,
        )
    return {"documents": result.documents, "events": result.events, "mentions": result.mentions}


@app.command()
def docs(
    db: DbOption = None,
    status: Annotated[str | None, typer.Option("--status", help="only documents with this status")] = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """List stored documents: id, published date, outlet, title, status (and reason)."""
    settings = settings_from(settings_file, db=db)
    from geowire.store import open_store
    from geowire.store.documents import list_documents

    with handle_errors(), open_store(settings.db, read_only=True) as store:
        rows = list_documents(store, status=status)
    if json_out:
        print_json(rows)
        return
    table_rows = [
        [
            r["id"],
            r["published"],
            r["outlet"],
            r["title"],
            r["status"] + (f" ({r['reason']})" if r["reason"] else ""),
        ]
        for r in rows
    ]
    print_table(f"{len(rows)} documents", DOC_COLUMNS, table_rows)
