"""``geowire check`` and ``geowire checkpoint``: thin wrappers over :mod:`geowire.store.health`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from geowire.cli.common import (
    DbOption,
    JsonOption,
    SettingsOption,
    app,
    console,
    err_console,
    handle_errors,
    print_json,
    settings_from,
)
from geowire.settings import Settings
from geowire.store.db import Store


@app.command()
def check(
    db: DbOption = None,
    repair: Annotated[
        bool, typer.Option("--repair", help="rebuild a stale model (what the next command would do)")
    ] = False,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Verify a store: every row readable, counts, rows no document owns, a stale model.
    Exit 1 with one line per problem."""
    from geowire.model.build import with_model_floor
    from geowire.store import open_store
    from geowire.store.health import check_store, read_everything, store_counts

    settings = settings_from(settings_file, db=db)

    with handle_errors():
        settings = with_model_floor(settings)  # the decider's floor read once for every step
        if repair:
            from geowire.pipeline import ensure_model

            with open_store(settings.db) as writer:
                ensure_model(writer, settings)
        with open_store(settings.db, read_only=True) as store:
            read_everything(store)
            problems = check_store(store)
            problems += _floor_problem(store, settings)
            counts = store_counts(store)
    if json_out:
        print_json({"ok": not problems, "problems": problems, "counts": counts})
    else:
        for line in problems:
            err_console.print(f"[red]problem:[/red] {escape(line)}", highlight=False, soft_wrap=True)
        summary = ", ".join(f"{k} {v}" for k, v in counts.items())
        console.print(f"{'ok' if not problems else 'NOT OK'}: {summary}", highlight=False, soft_wrap=True)
    if problems:
        raise typer.Exit(1)


def _floor_problem(store: Store, settings: Settings) -> list[str]:
    """A line when the model counts events under another confidence floor than the configured one."""
    from geowire.model.build import floor_stale, model_floor
    from geowire.store.derived import recorded_floor

    if not floor_stale(store, settings):
        return []
    built, configured = (_floor_words(f) for f in (recorded_floor(store.con), model_floor(settings)))
    return [f"model built with confidence floor {built}, configured {configured} (geowire check --repair)"]


def _floor_words(floor: float | None) -> str:
    """A model floor as a user reads it (``None``: no floor, every event counts)."""
    return "none (every event)" if floor is None else f"{floor:g}"


@app.command()
def checkpoint(db: DbOption = None, settings_file: SettingsOption = None) -> None:
    """Fold the write-ahead log (.wal) into the store file, so the file alone is the whole store
    (copy it only after this, with no writer running)."""
    settings = settings_from(settings_file, db=db)
    from geowire.store import open_store
    from geowire.store.health import checkpoint as fold

    with handle_errors(), open_store(settings.db) as store:
        path = fold(store)
    console.print(f"checkpointed {path}: the store is one file", highlight=False, soft_wrap=True)
