"""Write documents' :class:`~geowire.types.DocAnalysis`, replacing what was there before.

Called inside the caller's transaction (see :func:`geowire.pipeline.save_analyses`): a batch of
documents is written with one statement per table, so a document is never half-written and the
per-statement cost (~1 ms in DuckDB) is paid once per batch rather than once per document.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import duckdb

from geowire.types import DocAnalysis, DocStatus

if TYPE_CHECKING:
    from geowire.store.corrections import Scores


def replace_document_analyses(
    con: duckdb.DuckDBPyConnection,
    analyses: Sequence[DocAnalysis],
    *,
    coded: bool,
    scores: Scores | None = None,
) -> None:
    """Replace the derived rows of every document in ``analyses`` and mark them processed; the
    documents' corrections are applied again with ``scores`` (the PLOVER table, which may be None
    only for new documents, that no correction names)."""
    from geowire.store import annotations, claims, corrections, events
    from geowire.store.health import mark_model_stale

    if not analyses:
        return
    ids = [a.doc_id for a in analyses]
    # Derived rows are only ever written in the transaction that marks a document processed, so a
    # document still 'stored' has none: only the others need their old rows deleted.
    stored = {
        row[0]
        for row in con.execute(
            "SELECT id FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[])) AND status = ?",
            [ids, DocStatus.STORED.value],
        ).fetchall()
    }
    clear = [i for i in ids if i not in stored]
    annotations.replace(con, analyses, clear=clear)
    if coded:
        events.replace(con, analyses, clear=clear)
        corrections.reapply(con, ids, scores)  # an analyst's corrections outlive re-coding
        claims.replace(con, analyses, clear=clear)
        mark_model_stale(con)  # cleared once the model has taken these events in
    con.execute(
        "UPDATE documents SET status = ? WHERE id IN (SELECT unnest(?::VARCHAR[]))",
        [DocStatus.PROCESSED.value, ids],
    )


def replace_document_analysis(
    con: duckdb.DuckDBPyConnection, analysis: DocAnalysis, *, coded: bool, scores: Scores | None = None
) -> None:
    """:func:`replace_document_analyses` for one document."""
    replace_document_analyses(con, [analysis], coded=coded, scores=scores)
