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
    if not report.ok or (processing and processing["failed"]):
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
    from geowire.store.documents import count_documents
    from geowire.types import DocStatus

    pending = count_documents(store).get(DocStatus.STORED.value, 0)
    with progress_bar("annotating and coding", pending) as advance:
        result = process_pending(store, settings, code=True, on_progress=advance)
    if not quiet:
        console.print(
            f"processed {result.documents} documents: {result.events} events, "
            f"{result.mentions} actor mentions",
            highlight=False,
        )
        for f in result.failed:
            console.print(
                f"[yellow]failed {f.doc_id}: {escape(f.error_class)}: {escape(f.error)}[/yellow]"
                " (geowire docs --failed; geowire recode ID or geowire docs rm ID)",
                soft_wrap=True,
                highlight=False,
            )
    return {
        "documents": result.documents,
        "events": result.events,
        "mentions": result.mentions,
        "failed": [{"id": f.doc_id, "error_class": f.error_class, "error": f.error} for f in result.failed],
    }


docs_app = typer.Typer(help="List stored documents, or remove some (geowire docs rm ID).")
app.add_typer(docs_app, name="docs")


@docs_app.callback(invoke_without_command=True)
def docs(
    ctx: typer.Context,
    db: DbOption = None,
    status: Annotated[str | None, typer.Option("--status", help="only documents with this status")] = None,
    failed: Annotated[
        bool, typer.Option("--failed", help="only documents whose processing failed (with the error)")
    ] = False,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """List stored documents: id, published date, outlet, title, status (and reason).

    A document without a title shows its first sentence after the dateline, shortened and marked
    "(lead)"; its stored title stays empty (--json gives it as null).  Wire copy without an outlet
    takes the agency of its dateline ("UNITED NATIONS (Wire) —" → Wire) when ingested."""
    if ctx.invoked_subcommand is not None:
        return
    settings = settings_from(settings_file, db=db)
    from geowire.store import open_store
    from geowire.store.documents import list_documents

    with handle_errors(), open_store(settings.db, read_only=True) as store:
        rows = list_documents(store, status="failed" if failed else status)
        titles = {} if json_out else _shown_titles(store, rows)
    if json_out:
        print_json(rows)
        return
    table_rows = [
        [
            r["id"],
            r["published"],
            r["outlet"],
            titles.get(r["id"], r["title"]),
            r["status"] + (f" ({r['reason']})" if r["reason"] else ""),
            *([f"{r['error_class']}: {r['error']}"] if failed else []),
        ]
        for r in rows
    ]
    print_table(f"{len(rows)} documents", DOC_COLUMNS + (["error"] if failed else []), table_rows)


def _shown_titles(store: Any, rows: list[dict[str, Any]]) -> dict[str, str]:
    """For the documents without a title: their lead sentence, marked "(lead)"."""
    from geowire.ingest.metadata import lead_title
    from geowire.store.documents import untitled_leads

    leads = untitled_leads(store, [r["id"] for r in rows if not r["title"]])
    shown = {}
    for doc_id, text in leads.items():
        lead = lead_title(text)
        if lead:
            shown[doc_id] = f"(lead) {lead}"
    return shown


@docs_app.command("rm")
def docs_rm(
    doc_ids: Annotated[list[str], typer.Argument(metavar="ID...", help="documents to remove")],
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Remove documents and everything derived from them, then update the model."""
    settings = settings_from(settings_file, db=db)
    from geowire.errors import NotFoundError
    from geowire.pipeline import remove_documents
    from geowire.store import open_store

    with handle_errors(), open_store(settings.db) as store:
        removed = remove_documents(store, doc_ids, settings)
        missing = [i for i in doc_ids if i not in removed]
        if missing and not json_out:
            raise NotFoundError(f"no document {', '.join(missing)} (removed {len(removed)})")
    if json_out:
        print_json({"removed": removed, "missing": missing})
        if missing:
            raise typer.Exit(1)
        return
    console.print(f"removed {len(removed)} documents", highlight=False)
