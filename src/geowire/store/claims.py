"""Claims in the store: write documents' model claims (inside the caller's transaction).

Claim ids are ``<doc_id>:c<ordinal>``, stable for a given extraction of a document.  Fields and
field spans are stored as JSON; :func:`decode` turns a ``claims`` row back into plain values.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from typing import Any

import duckdb

from geowire.store.bulk import clear_ids, delete_documents, insert_rows
from geowire.types import DocAnalysis

_COLUMNS = ("id", "doc_id", "kind", "sentence_index", "start", "end", "fields", "field_spans", "event_id")


def claim_id(doc_id: str, ordinal: int) -> str:
    return f"{doc_id}:c{ordinal}"


def replace(
    con: duckdb.DuckDBPyConnection, analyses: Sequence[DocAnalysis], *, clear: Collection[str] | None = None
) -> None:
    """Replace the stored claims of ``analyses``' documents by theirs (caller's transaction);
    only the documents in ``clear`` (default: all) can have old claims to delete."""
    delete_documents(con, "claims", clear_ids(analyses, clear))
    rows = [
        [
            claim_id(a.doc_id, i),
            c.doc_id,
            c.kind,
            c.sentence_index,
            c.start,
            c.end,
            json.dumps(c.fields, ensure_ascii=False, default=str),
            json.dumps({k: list(v) for k, v in c.field_spans.items()}),
            c.event_id,
        ]
        for a in analyses
        for i, c in enumerate(a.claims)
    ]
    insert_rows(con, "claims", _COLUMNS, rows)


def decode(row: dict[str, Any]) -> dict[str, Any]:
    """A ``claims`` row with its JSON columns parsed."""
    out = dict(row)
    for key in ("fields", "field_spans"):
        if isinstance(out.get(key), str):
            out[key] = json.loads(out[key])
    return out
