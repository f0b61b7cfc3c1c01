"""Shared CLI plumbing: the Typer app, common options, output helpers, and error handling.

Exit status: 0 success, 1 when some item failed or a :class:`GeowireError` was raised,
2 for usage errors (Typer's own).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar, cast

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from geowire.errors import GeowireError
from geowire.jsonable import to_jsonable
from geowire.settings import Settings, load_settings
from geowire.types import LearnedFloor, Modality

if TYPE_CHECKING:
    from geowire.store.db import Store
    from geowire.store.events import EventFilters

app = typer.Typer(
    name="geowire",
    help="Read news about international affairs and build a sourced model of the international system.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _width(stream: object) -> int | None:
    """Terminal width on a terminal; a roomy fixed width when piped (Rich would use 80)."""
    return None if getattr(stream, "isatty", lambda: False)() else 120


console = Console(width=_width(sys.stdout))
err_console = Console(stderr=True, width=_width(sys.stderr))

DbOption = Annotated[
    Path | None, typer.Option("--db", help="DuckDB store file (default ./geowire.duckdb or $GEOWIRE_DB)")
]
JsonOption = Annotated[bool, typer.Option("--json", help="machine-readable JSON output")]
SettingsOption = Annotated[
    Path | None, typer.Option("--settings", help="settings file (TOML or YAML)", envvar="GEOWIRE_SETTINGS")
]
# `geowire events`, `summary` and `eval` read the same confidence view
MinConfidenceOption = Annotated[
    float | None,
    typer.Option(
        "--min-confidence",
        min=0,
        max=1,
        help="only events at or above this confidence (default: the view `geowire events` lists,"
        " chosen on dev for precision; 0: every stored event)",
    ),
]

# the events filters of `geowire events` and `geowire export` (validated by event_filters)
ActorOption = Annotated[
    str | None, typer.Option("--actor", help="actor code (ISO alpha-3 or organisation), e.g. RUS")
]
RecipientOption = Annotated[str | None, typer.Option("--recipient", help="recipient code")]
TypeOption = Annotated[str | None, typer.Option("--type", help="PLOVER category, e.g. ASSAULT")]
SinceOption = Annotated[str | None, typer.Option("--since", help="from this event date (YYYY-MM-DD)")]
UntilOption = Annotated[str | None, typer.Option("--until", help="up to this event date (YYYY-MM-DD)")]
ModalityOption = Annotated[
    str | None, typer.Option("--modality", help="asserted | negated | hypothetical | future")
]

F = TypeVar("F", bound=Callable[..., Any])


def settings_from(settings_file: Path | None = None, **overrides: Any) -> Settings:
    """Load settings for a command; a bad setting is a usage error (exit 2)."""
    try:
        return load_settings(settings_file, **overrides)
    except GeowireError as e:
        err_console.print(f"[red]error:[/red] {escape(str(e))}")
        raise typer.Exit(2) from e


def date_option(value: str | None, option: str) -> dt.date | None:
    """A YYYY-MM-DD option value as a date; a bad one is a usage error (exit 2) naming the option."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise typer.BadParameter(f"'{value}' is not a date in YYYY-MM-DD form", param_hint=option) from e


def event_filters(
    *,
    actor: str | None,
    recipient: str | None,
    type_: str | None,
    since: str | None,
    until: str | None,
    modality: str | None,
    min_confidence: float | None = None,
    learned_floor: LearnedFloor | None = None,
) -> EventFilters:
    """The events filters from the shared options; a bad date, modality or category is a usage
    error (an actor code is checked against the store: :func:`check_actors`)."""
    from geowire.actors.known import unknown_category
    from geowire.store.events import MODALITIES, EventFilters

    bad_category = unknown_category(type_)
    if bad_category is not None:
        raise typer.BadParameter(bad_category, param_hint="--type")
    if modality is not None and modality.lower() not in MODALITIES:
        raise typer.BadParameter(f"choose one of {', '.join(MODALITIES)}", param_hint="--modality")
    return EventFilters(
        actor=actor,
        recipient=recipient,
        type=type_,
        since=date_option(since, "--since"),
        until=date_option(until, "--until"),
        modality=cast(Modality | None, modality and modality.lower()),
        min_confidence=min_confidence,
        learned_floor=None if min_confidence is not None else learned_floor,
    )


def check_actors(store: Store, settings: Settings, codes: Iterable[tuple[str, str | None]]) -> None:
    """Refuse, as a usage error (exit 2) naming the option or argument, an actor code that neither
    the store nor the actor knowledge base knows; a known code with no events is no error."""
    from geowire.actors.known import first_unknown_actor, kb_for

    found = first_unknown_actor(store, codes, kb=partial(kb_for, settings))
    if found is not None:
        raise typer.BadParameter(found[1], param_hint=found[0])


@contextmanager
def handle_errors() -> Iterator[None]:
    """Turn library errors into one red line and exit status 1 (no traceback)."""
    import duckdb

    try:
        yield
    except GeowireError as e:
        err_console.print(f"[red]error:[/red] {escape(str(e))}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from e
    except duckdb.Error as e:  # a store damaged where the library did not expect it: still one line
        from geowire.store.db import one_line

        err_console.print(
            f"[red]error:[/red] store: {escape(one_line(str(e)))}", highlight=False, soft_wrap=True
        )
        raise typer.Exit(1) from e


def print_json(obj: Any) -> None:
    """Write ``obj`` as JSON to stdout (no Rich markup, safe for pipes)."""
    sys.stdout.write(json.dumps(to_jsonable(obj), ensure_ascii=False, indent=2) + "\n")


def print_table(title: str | None, columns: list[str], rows: list[list[Any]]) -> None:
    """Render rows as a Rich table; cell values are shown literally (no markup from data)."""
    table = Table(title=title, show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*["" if v is None else _plain(v) for v in row])
    console.print(table)


def _plain(v: Any) -> Any:
    from rich.text import Text

    return Text(str(to_jsonable(v)))


@contextmanager
def progress_bar(description: str, total: int | None) -> Iterator[Callable[[int], None]]:
    """A Rich progress bar on a terminal; a no-op when stderr is not a terminal."""
    if not err_console.is_terminal:

        def ignore(n: int = 1) -> None:
            return None

        yield ignore
        return
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    ) as progress:
        task = progress.add_task(description, total=total)

        def advance(n: int = 1) -> None:
            progress.advance(task, n)

        yield advance
