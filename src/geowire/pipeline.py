"""One document's path after ingest: annotate → resolve actors → dates/quantities → code events
→ extract model claims, then write it all in one transaction (a batch of documents per transaction).

:class:`Analyzer` holds the loaded model and knowledge base (load once per process: the
``--workers`` pool and the Ray actors each build one).  :func:`process_pending` runs it over the
stored documents that still await processing and writes their results atomically, ``save_batch``
documents per transaction (a document is never half-written: an interrupted run rolls back at most
the batch in progress, whose documents stay pending), so a re-run continues where it stopped.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from geowire.settings import Settings
from geowire.store.db import Store
from geowire.types import DocAnalysis, DocContext


class Analyzer:
    """Runs every per-document stage over plain text. Not thread-safe; one per process."""

    def __init__(self, settings: Settings, *, code: bool = True) -> None:
        from geowire.actors.kb import load_kb
        from geowire.coding.coder import EventCoder
        from geowire.nlp.annotate import Annotator

        self.settings = settings
        self.kb = load_kb(settings)
        self.annotator = Annotator(settings, kb=self.kb)
        self.coder = EventCoder(self.kb, settings) if code else None

    def analyse(self, items: Iterable[tuple[DocContext, str]]) -> Iterator[DocAnalysis]:
        """Yield one :class:`DocAnalysis` per (context, text), in input order."""
        from geowire.actors.resolve import resolve_mentions
        from geowire.model.extract import extract_claims
        from geowire.nlp.dates import extract_dates
        from geowire.nlp.quantities import extract_quantities

        for ctx, annotated in self.annotator.pipe(items):
            doc = annotated.doc
            mentions = resolve_mentions(doc, ctx, self.kb, sentences=annotated.sentences)
            dates = extract_dates(doc, ctx.published, sentences=annotated.sentences)
            quantities = extract_quantities(doc, sentences=annotated.sentences)
            events = (
                self.coder.code(doc, ctx, sentences=annotated.sentences, mentions=mentions, dates=dates)
                if self.coder
                else []
            )
            claims = (
                extract_claims(
                    doc,
                    ctx,
                    sentences=annotated.sentences,
                    mentions=mentions,
                    dates=dates,
                    quantities=quantities,
                    events=events,
                )
                if self.coder
                else []
            )
            yield DocAnalysis(
                doc_id=ctx.doc_id,
                blocks=tuple(annotated.blocks),
                sentences=tuple(annotated.sentences),
                mentions=tuple(mentions),
                dates=tuple(dates),
                quantities=tuple(quantities),
                events=tuple(events),
                claims=tuple(claims),
            )


@dataclass(frozen=True)
class ProcessReport:
    documents: int
    events: int
    mentions: int


def save_analyses(store: Store, analyses: Sequence[DocAnalysis], *, coded: bool = True) -> None:
    """Replace the derived rows of several documents and mark them processed, in one transaction
    (one statement per table for the batch: DuckDB's per-statement cost is paid once)."""
    from geowire.store import analysis as store_analysis

    with store.transaction() as con:
        store_analysis.replace_document_analyses(con, analyses, coded=coded)


def pending_documents(store: Store, *, all_stored: bool = False) -> list[tuple[DocContext, str]]:
    """Contexts and texts of documents awaiting processing (or every processable one)."""
    statuses = ("stored", "processed") if all_stored else ("stored",)
    rows = store.query(
        "SELECT id, published, title, outlet, url, path, text FROM documents"
        f" WHERE status IN ({', '.join('?' for _ in statuses)}) ORDER BY ingested_at, id",
        list(statuses),
    )
    return [
        (
            DocContext(
                doc_id=r["id"],
                published=r["published"],
                title=r["title"],
                outlet=r["outlet"],
                url=r["url"],
                path=r["path"],
            ),
            r["text"],
        )
        for r in rows
    ]


def process_pending(
    store: Store,
    settings: Settings,
    *,
    code: bool = True,
    recode: bool = False,
    on_progress: Callable[[int], None] = lambda n: None,
) -> ProcessReport:
    """Analyse and save every pending document (all processable ones when ``recode``)."""
    items = pending_documents(store, all_stored=recode)
    n_docs = n_events = n_mentions = 0
    batch: list[DocAnalysis] = []
    saved: list[str] = []
    for analysis in analyse_parallel(items, settings, code=code):
        batch.append(analysis)
        saved.append(analysis.doc_id)
        n_docs += 1
        n_events += len(analysis.events)
        n_mentions += len(analysis.mentions)
        if len(batch) >= settings.save_batch:
            save_analyses(store, batch, coded=code)
            on_progress(len(batch))
            batch = []
    if batch:
        save_analyses(store, batch, coded=code)
        on_progress(len(batch))
    if code and n_docs:
        from geowire.model.build import rebuild_model, update_model

        if recode:
            rebuild_model(store)
        else:
            update_model(store, saved)  # only what the new documents' events and claims touch
    return ProcessReport(documents=n_docs, events=n_events, mentions=n_mentions)


# --- worker pool -------------------------------------------------------------------------------

_WORKER: Analyzer | None = None


def _init_worker(settings: Settings, code: bool) -> None:
    global _WORKER  # one Analyzer per worker process, built once
    _WORKER = Analyzer(settings, code=code)


def _work(chunk: list[tuple[DocContext, str]]) -> list[DocAnalysis]:
    assert _WORKER is not None
    return list(_WORKER.analyse(chunk))


def analyse_parallel(
    items: list[tuple[DocContext, str]], settings: Settings, *, code: bool = True
) -> Iterator[DocAnalysis]:
    """Analyse ``items`` in ``settings.workers`` processes (in-process when 1), in input order."""
    if not items:
        return
    if settings.workers <= 1 or len(items) < 2:
        yield from Analyzer(settings, code=code).analyse(items)
        return
    size = max(1, min(settings.batch_size, len(items) // (settings.workers * 2) or 1))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    ctx = mp.get_context("spawn")
    with ctx.Pool(settings.workers, initializer=_init_worker, initargs=(settings, code)) as pool:
        for result in pool.imap(_work, chunks):
            yield from result
