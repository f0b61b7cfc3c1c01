"""``geowire export``, ``geowire batch``, ``geowire import`` and ``geowire watch``: thin wrappers over
:mod:`geowire.export.service`, :mod:`geowire.scale.ray_batch`, :mod:`geowire.scale.importer` and
:mod:`geowire.scale.watch`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from geowire.cli.common import (
    ActorOption,
    DbOption,
    JsonOption,
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
    settings_from,
)

if TYPE_CHECKING:
    from geowire.scale.ray_batch import BatchReport


def _say(text: str) -> None:
    console.print(escape(text), highlight=False, soft_wrap=True)


@app.command()
def export(
    format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",  # noqa: A002
            help="plover-jsonl | gdelt | gdelt-mentions | csv | parquet | parquet-hive | graphml | ftm",
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="output file (a new folder for parquet-hive)")],
    actor: ActorOption = None,
    recipient: RecipientOption = None,
    type_: TypeOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    modality: ModalityOption = None,
    include_nonasserted: Annotated[
        bool,
        typer.Option(
            "--include-nonasserted", help="GDELT (events, mentions): keep negated/hypothetical/future events"
        ),
    ] = False,
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Export events (or the network/entities) in a format other tools read.

    The filters apply to the events formats (plover-jsonl, gdelt, gdelt-mentions, csv, parquet);
    graphml takes --since only; ftm exports every actor, agreement and transfer; parquet-hive
    writes every analytical table, partitioned by year and month, under the --out folder.
    """
    from geowire.export.service import FORMATS
    from geowire.export.service import export as run_export

    if format not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    filters = event_filters(
        actor=actor, recipient=recipient, type_=type_, since=since, until=until, modality=modality
    )
    settings = settings_from(settings_file, db=db)
    from geowire.store import open_store

    with handle_errors(), open_store(settings.db, read_only=True) as store:
        check_actors(store, settings, [("--actor", actor), ("--recipient", recipient)])
        report = run_export(
            store, format=format, out=out, filters=filters, include_nonasserted=include_nonasserted
        )
    if json_out:
        print_json(report)
        return
    skipped = ", ".join(f"{n} {why}" for why, n in sorted(report.skipped.items()))
    _say(f"wrote {report.rows} {format} rows to {out}" + (f" (left out: {skipped})" if skipped else ""))


@app.command()
def batch(
    inputs: Annotated[
        list[str], typer.Argument(help="JSONL/JSON/Parquet/WARC shards or directories of them")
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="output directory (Parquet, partitioned)", file_okay=False)
    ],
    engine: Annotated[str, typer.Option("--engine", help="distributed engine (ray)")] = "ray",
    address: Annotated[
        str | None, typer.Option("--address", help="Ray cluster address (default: local)")
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Ray actors (each loads the model once)")
    ] = 2,
    chunk_size: Annotated[int, typer.Option("--chunk-size", min=1, help="documents per actor task")] = 16,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Ingest, annotate and code shards on Ray; write Parquet partitioned by publication date."""
    if engine != "ray":
        raise typer.BadParameter("only 'ray' is supported", param_hint="--engine")
    settings = settings_from(settings_file)
    from geowire.scale.ray_batch import run_batch

    with handle_errors():
        report = run_batch(inputs, out, settings, address=address, workers=workers, chunk_size=chunk_size)
    if json_out:
        print_json({**report.__dict__, "articles_per_second": report.articles_per_second})
    else:
        _print_batch(report, out)
    if report.failed:
        raise typer.Exit(1)


def _print_batch(report: BatchReport, out: Path) -> None:
    for line in report.failures:
        _say(line)
    _say(
        f"{report.items} items in {report.seconds:.1f}s ({report.articles_per_second:.1f}/s) on "
        f"{report.workers} workers on {report.nodes} node(s): stored {report.stored}, "
        f"duplicates {report.duplicates}, already seen {report.existing}, skipped {report.skipped}, "
        f"failed {report.failed}; {report.events} events → {out}"
    )


@app.command("import")
def import_(
    folder: Annotated[
        Path, typer.Argument(help="output directory of geowire batch", exists=True, file_okay=False)
    ],
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Load the Parquet output of `geowire batch` into the store."""
    settings = settings_from(settings_file, db=db)
    from geowire.scale.importer import import_batch
    from geowire.store import open_store

    with handle_errors(), open_store(settings.db) as store:
        report = import_batch(store, folder, save_batch=settings.save_batch, settings=settings)
    if json_out:
        print_json(report)
        return
    _say(
        f"imported {report.documents} documents ({report.analysed} analysed, {report.events} events) from "
        f"{report.parts} new parts ({report.parts_skipped} imported before); "
        f"{report.existing} already in {settings.db}"
    )


@app.command()
def watch(
    feeds: Annotated[
        Path,
        typer.Option(
            "--feeds",
            help="file of RSS/Atom feed URLs, one a line",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ],
    every: Annotated[str, typer.Option("--every", help="interval between runs, e.g. 15m, 30s")] = "15m",
    max_runs: Annotated[int | None, typer.Option("--max-runs", min=1, help="stop after N runs")] = None,
    max_backoff: Annotated[str, typer.Option("--max-backoff", help="longest wait after failures")] = "1h",
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="allow loopback/private addresses")
    ] = False,
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Keep the store current from feeds: ingest and code what is new every interval."""
    settings = settings_from(settings_file, db=db, allow_private=allow_private or None)
    from geowire.scale.watch import WatchRun, parse_interval, watch_feeds
    from geowire.store import open_store

    runs: list[WatchRun] = []

    def show(r: WatchRun) -> None:
        runs.append(r)
        if not json_out:
            _say(
                f"run {r.run}: stored {r.stored}, already stored {r.existing}, failed {r.failed}; "
                f"coded {r.processed} documents, {r.events} events; next in {r.next_delay:g}s"
            )

    with handle_errors():
        interval, cap = parse_interval(every), parse_interval(max_backoff)
        with open_store(settings.db) as store:
            try:
                watch_feeds(
                    store,
                    settings,
                    feeds,
                    every=interval,
                    max_runs=max_runs,
                    max_backoff=cap,
                    on_run=show,
                )
            except KeyboardInterrupt:
                if not json_out:
                    _say(f"stopped after {len(runs)} runs (an unfinished item was rolled back)")
    if json_out:
        print_json(runs[-100:])
