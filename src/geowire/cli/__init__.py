"""The ``geowire`` command line: a thin Typer layer over the library.

Each pipeline stage registers its commands from its own module here (``ingest.py``,
``actors.py``, ``events.py``, ``model.py``, ``web.py``, ``scale.py``, ``store.py``,
``corrections.py``); heavy imports stay inside the command functions so ``geowire --help`` is
instant.
"""

from __future__ import annotations

import importlib

import typer

from geowire import __version__
from geowire.cli.common import app

_COMMAND_MODULES = (
    "ingest", "actors", "events", "model", "web", "scale", "demo", "eval", "store", "corrections",
)  # fmt: skip

for _name in _COMMAND_MODULES:
    try:
        importlib.import_module(f"geowire.cli.{_name}")
    except ModuleNotFoundError as _e:  # a stage not written yet registers nothing
        if _e.name != f"geowire.cli.{_name}":
            raise


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"geowire {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_print_version, is_eager=True, help="Print geowire's version and exit."
    ),
) -> None:
    """Read news about international affairs and build a sourced model of the international system."""


def main() -> None:
    """Console-script entry point."""
    app()


__all__ = ["app", "main"]
