"""Write one document's :class:`~geowire.types.DocAnalysis`, replacing what was there before.

Called inside the caller's transaction (see :func:`geowire.pipeline.save_analysis`); each stage's
rows are written by that stage's store module.
"""

from __future__ import annotations

import duckdb

from geowire.types import DocAnalysis, DocStatus


def replace_document_analysis(con: duckdb.DuckDBPyConnection, analysis: DocAnalysis, *, coded: bool) -> None:
    from geowire.store import annotations, claims, events

    annotations.replace(con, analysis)
    if coded:
        events.replace(con, analysis)
        claims.replace(con, analysis)
    con.execute("UPDATE documents SET status = ? WHERE id = ?", [DocStatus.PROCESSED.value, analysis.doc_id])
