"""``geowire corrections list|export``: thin wrappers over :mod:`geowire.store.corrections`.

Analysts correct events in the UI (``/events/ID``, with the server's token); these commands list
the corrections (who, when, what) and write them as training data for ``geowire train
--corrections FILE`` (the authored corpus format, ``corpus/FORMAT.md``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from geowire.cli.common import (
    DbOption,
    JsonOption,
    SettingsOption,
    app,
    console,
    handle_errors,
    print_json,
    print_table,
    settings_from,
)

corrections_app = typer.Typer(help="Analysts' corrections of the coder: list them, export them for training.")
app.add_typer(corrections_app, name="corrections")


@corrections_app.command("list")
def list_cmd(
    doc: Annotated[str | None, typer.Option("--doc", help="only this document's corrections")] = None,
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Every correction, newest first: what, who, when, and whether it is in effect."""
    from geowire.store import open_store
    from geowire.store.corrections import list_corrections

    settings = settings_from(settings_file, db=db)
    with handle_errors(), open_store(settings.db, read_only=True) as store:
        rows = list_corrections(store, doc_id=doc)
    if json_out:
        print_json(rows)
        return
    print_table(
        "corrections",
        ["when", "who", "action", "event", "category", "actors", "recipients", "modality", "in effect"],
        [[f"{r['made_at']:%Y-%m-%d %H:%M}", r["who"], r["action"], r["event_id"], r["category"] or "",
          ", ".join(r["actor_codes"] or []), ", ".join(r["recipient_codes"] or []), r["modality"] or "",
          "yes" if r["in_effect"] else "no"] for r in rows],
    )  # fmt: skip


@corrections_app.command("export")
def export_cmd(
    out: Annotated[Path, typer.Argument(help="JSONL file to write (corpus format; '-' for stdout)")],
    db: DbOption = None,
    settings_file: SettingsOption = None,
) -> None:
    """Write every corrected sentence with its corrected events as training documents
    (``geowire train --corrections FILE`` adds them to the training split)."""
    from geowire.store import open_store
    from geowire.store.corrections import training_docs

    settings = settings_from(settings_file, db=db)
    with handle_errors(), open_store(settings.db, read_only=True) as store:
        docs = training_docs(store)
    text = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    if str(out) == "-":
        typer.echo(text, nl=False)
        return
    out.write_text(text, encoding="utf-8")
    console.print(f"{len(docs)} corrected sentences written to {out}", highlight=False, soft_wrap=True)
