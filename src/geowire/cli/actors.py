"""``geowire actors``: actors with mention counts, per document or overall — a thin wrapper over
:func:`geowire.store.annotations.actor_counts` (``--unresolved``: the most frequent unresolved
mention texts, to extend the knowledge base with ``--actors FILE``)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from geowire.cli.common import (
    DbOption,
    JsonOption,
    SettingsOption,
    app,
    handle_errors,
    print_json,
    print_table,
    settings_from,
)
from geowire.errors import NotFoundError

ACTOR_COLUMNS = ["kind", "code", "name", "sectors", "wikidata", "count", "documents"]
UNRESOLVED_COLUMNS = ["text", "count", "documents", "how"]


@app.command()
def actors(
    doc: Annotated[str | None, typer.Option("--doc", help="only this document's mentions")] = None,
    unresolved: Annotated[
        bool, typer.Option("--unresolved", help="list the most frequent unresolved texts")
    ] = False,
    limit: Annotated[int, typer.Option("--limit", min=1, help="at most this many rows")] = 50,
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Actors with mention counts (code, kind, name, sectors, Wikidata ID, mentions, documents)."""
    settings = settings_from(settings_file, db=db)
    from geowire.store import open_store
    from geowire.store.annotations import actor_counts
    from geowire.store.documents import existing_ids

    with handle_errors(), open_store(settings.db, read_only=True) as store:
        if doc is not None and not existing_ids(store, [doc]):
            raise NotFoundError(f"no document {doc}")
        rows = actor_counts(store, doc_id=doc, unresolved=unresolved, limit=limit)
        if not unresolved:
            _add_roles(rows, settings)
    if json_out:
        print_json(rows)
        return
    columns = UNRESOLVED_COLUMNS if unresolved else ACTOR_COLUMNS
    title = "unresolved mentions" if unresolved else "actors"
    print_table(
        title + (f" in {doc}" if doc else ""), columns, [[_cell(r.get(c)) for c in columns] for r in rows]
    )


def _add_roles(rows: list[dict[str, Any]], settings: Any) -> None:
    """Attach each person's dated roles from the knowledge base (``roles``: title, country, sector, dates)."""
    from geowire.actors.known import kb_for

    kb = kb_for(settings)
    for row in rows:
        if row["kind"] != "person" or not row.get("name"):
            continue
        person = kb.person_by_wikidata(row["wikidata"]) if row.get("wikidata") else None
        person = person or kb.person_by_name(row["name"])
        if person is not None:
            row["person_id"] = person.id
            row["roles"] = [r.model_dump() for r in person.roles]


def _cell(value: Any) -> Any:
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return value
