"""Write one document's :class:`~geowire.types.DocAnalysis`, replacing what was there before.

Called inside the caller's transaction (see :func:`geowire.pipeline.save_analysis`); each stage's
rows are written by that stage's store module.
"""

from __future__ import annotations

import duckdb

from geowire.types import DocAnalysis, DocStatus


def replace_document_analysis(con: duckdb.DuckDBPyConnection, analysis: DocAnalysis, *, coded: bool) -> None:
    from geowire.store import annotations, claims, events

    # Derived rows are only ever written in the transaction that marks a document processed, so a
    # document still 'stored' has none: skip the deletes (about a tenth of the saving cost).
    row = con.execute("SELECT status FROM documents WHERE id = ?", [analysis.doc_id]).fetchone()
    clear = row is None or row[0] != DocStatus.STORED.value
    annotations.replace(con, analysis, clear=clear)
    if coded:
        events.replace(con, analysis, clear=clear)
        claims.replace(con, analysis, clear=clear)
    con.execute("UPDATE documents SET status = ? WHERE id = ?", [DocStatus.PROCESSED.value, analysis.doc_id])
