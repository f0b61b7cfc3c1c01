"""One document's path after ingest: annotate → resolve actors → dates/quantities → code events
→ extract model claims, then write it all in one transaction (a batch of documents per transaction).

:class:`Analyzer` holds the loaded model and knowledge base (load once per process: the
``--workers`` pool and the Ray actors each build one).  :func:`process_pending` runs it over the
stored documents that still await processing and writes their results atomically, ``save_batch``
documents per transaction (a document is never half-written: an interrupted run rolls back at most
the batch in progress, whose documents stay pending), so a re-run continues where it stopped.
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from geowire.model.forked import can_fork
from geowire.settings import Settings
from geowire.store.db import Store
from geowire.store.documents import pending_documents
from geowire.types import ActorMention, DateExpr, DocAnalysis, DocContext, Event

if TYPE_CHECKING:
    from geowire.coding.scores import PloverTable
    from geowire.nlp.annotate import Annotated
    from geowire.store.corrections import Correction


@dataclass(frozen=True)
class Prepared:
    """A document read as far as the event coder's inputs: its parse, actor mentions and dates."""

    ctx: DocContext
    annotated: Annotated
    mentions: list[ActorMention]
    dates: list[DateExpr]


class Analyzer:
    """Runs every per-document stage over plain text. Not thread-safe; one per process."""

    def __init__(self, settings: Settings, *, code: bool = True) -> None:
        from geowire.actors.kb import load_kb
        from geowire.coding.coder import EventCoder
        from geowire.lang import load_language
        from geowire.nlp.annotate import Annotator

        self.settings = settings
        # loading makes ~100,000 objects that live as long as the process: the cyclic collector's
        # full passes over them while they are being made (~0.1 s each) find nothing to free
        paused = gc.isenabled()
        gc.disable()
        try:
            self.lang = load_language(settings.language)  # handed to every stage
            self.kb = load_kb(settings, self.lang)
            self.annotator = Annotator(settings, self.lang)
            self.coder = EventCoder(self.kb, settings, self.lang) if code else None
        finally:
            if paused:
                gc.enable()

    def prepare(self, items: Iterable[tuple[DocContext, str]]) -> Iterator[Prepared]:
        """Annotate (context, text) pairs and find their actor mentions and dates, in input order."""
        for ctx, annotated in self.annotator.pipe(items):
            yield self._prepared(ctx, annotated)

    def _prepared(self, ctx: DocContext, annotated: Annotated) -> Prepared:
        """One annotated document's actor mentions and dates."""
        from geowire.actors.resolve import resolve_mentions
        from geowire.nlp.dates import extract_dates

        doc, sentences = annotated.doc, annotated.sentences
        mentions = resolve_mentions(doc, ctx, self.kb, self.lang, sentences=sentences)
        dates = extract_dates(doc, ctx.published, sentences=sentences, lang=self.lang)
        return Prepared(ctx, annotated, mentions, dates)

    def events(self, p: Prepared) -> list[Event]:
        """The events the coder keeps in a prepared document (none when built with ``code=False``)."""
        if self.coder is None:
            return []
        a = p.annotated
        return self.coder.code(a.doc, p.ctx, sentences=a.sentences, mentions=p.mentions, dates=p.dates)

    def candidates(self, p: Prepared) -> list[tuple[Event, tuple[str, ...]]]:
        """Every candidate event of a prepared document with its features, before the learned
        decision (training, ``geowire explain --candidates``, candidate-recall analysis)."""
        assert self.coder is not None, "candidates need an Analyzer built with code=True"
        a = p.annotated
        return self.coder.code_candidates(
            a.doc, p.ctx, sentences=a.sentences, mentions=p.mentions, dates=p.dates
        )

    def analyse(self, items: Iterable[tuple[DocContext, str]]) -> Iterator[DocAnalysis]:
        """Yield one :class:`DocAnalysis` per (context, text), in input order."""
        from geowire.nlp.view import viewed

        for ctx, annotated in self.annotator.pipe(items):
            # the actor resolver and the coder read one view of the parse (built once, freed
            # before the document is yielded)
            with viewed(annotated.doc):
                analysis = self._analysed(self._prepared(ctx, annotated))
            yield analysis

    def _analysed(self, p: Prepared) -> DocAnalysis:
        """A prepared document's quantities, events and claims, with all it holds."""
        from geowire.model.extract import extract_claims
        from geowire.nlp.quantities import extract_quantities

        ctx, annotated, mentions, dates = p.ctx, p.annotated, p.mentions, p.dates
        doc = annotated.doc
        quantities = extract_quantities(doc, sentences=annotated.sentences, lang=self.lang)
        events = self.events(p)
        claims = (
            extract_claims(
                doc,
                ctx,
                sentences=annotated.sentences,
                mentions=mentions,
                dates=dates,
                quantities=quantities,
                events=events,
                lang=self.lang,
                kb=self.kb,
                transfer_reader=self.settings.transfer_reader,
                deployment_reader=self.settings.deployment_reader,
            )
            if self.coder
            else []
        )
        return DocAnalysis(
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
class DocFailure:
    """A document whose processing raised: it is marked ``failed`` and the run goes on."""

    doc_id: str
    error_class: str
    error: str

    @classmethod
    def of(cls, doc_id: str, exc: BaseException) -> DocFailure:
        return cls(doc_id=doc_id, error_class=type(exc).__name__, error=str(exc) or repr(exc))


@dataclass(frozen=True)
class ProcessReport:
    documents: int
    events: int
    mentions: int
    failed: tuple[DocFailure, ...] = ()


def save_analyses(
    store: Store,
    analyses: Sequence[DocAnalysis],
    *,
    coded: bool = True,
    failures: Sequence[DocFailure] = (),
    scores: PloverTable | None = None,
) -> None:
    """Replace the derived rows of several documents and mark them processed (and ``failures``
    failed), in one transaction (one statement per table for the batch: DuckDB's per-statement
    cost is paid once); their corrections are applied again with ``scores`` (the PLOVER table,
    loaded here when not given)."""
    from geowire.coding.scores import load_plover
    from geowire.store import analysis as store_analysis
    from geowire.store.documents import mark_failed
    from geowire.store.health import mark_model_stale

    with store.transaction() as con:
        store_analysis.replace_document_analyses(
            con, analyses, coded=coded, scores=scores or (load_plover() if coded else None)
        )
        for f in failures:
            mark_failed(con, f.doc_id, error_class=f.error_class, error=f.error)
        if failures and coded:
            mark_model_stale(con)  # a re-coded document that now fails loses its events


def _save_isolating(
    store: Store,
    analyses: Sequence[DocAnalysis],
    failures: Sequence[DocFailure],
    *,
    coded: bool,
    scores: PloverTable | None,
) -> list[DocFailure]:
    """:func:`save_analyses`; when the batch cannot be written, each document alone, those that
    still cannot be written marked failed.  Returns every failure of the batch."""
    import duckdb

    from geowire.errors import StoreError

    store_faults = (StoreError, duckdb.IOException)  # the store itself, not one document's fault
    try:
        save_analyses(store, analyses, coded=coded, failures=failures, scores=scores)
        return list(failures)
    except store_faults:
        raise
    except Exception:
        pass  # some document's rows cannot be written: find which, alone
    found = list(failures)
    for analysis in analyses:
        try:
            save_analyses(store, [analysis], coded=coded, scores=scores)
        except store_faults:
            raise
        except Exception as e:
            found.append(DocFailure.of(analysis.doc_id, e))
    save_analyses(store, [], coded=coded, failures=found, scores=scores)
    return found


def resolved_floor(settings: Settings | None) -> Settings:
    """``settings`` with the model's confidence floor read once
    (:func:`geowire.model.build.with_model_floor`), for a command's several model steps."""
    from geowire.model.build import with_model_floor

    return with_model_floor(settings)


def ensure_model(store: Store, settings: Settings | None = None) -> bool:
    """Rebuild the model first if it is marked stale (a run killed before the model was brought
    up to date) or was built with another confidence floor than ``settings``' (the environment's
    when not given: :func:`geowire.model.build.model_floor`); True when it rebuilt.  Every command
    that extends or reads the model calls it."""
    if not model_needs_rebuild(store, settings):
        return False
    rebuild(store, settings)
    return True


def model_needs_rebuild(store: Store, settings: Settings | None = None) -> bool:
    """Whether the model is marked stale or counts events under another confidence floor."""
    from geowire.model.build import floor_stale
    from geowire.store.health import model_is_stale

    return model_is_stale(store) or floor_stale(store, settings)


def rebuild(store: Store, settings: Settings | None = None) -> Any:
    """``rebuild_model``, then clear the stale mark (set by any change of events or claims)."""
    from geowire.model.build import rebuild_model
    from geowire.store.health import clear_model_stale, mark_model_stale

    with store.transaction() as con:
        mark_model_stale(con)  # a kill during the rebuild leaves it to be done again
    report = rebuild_model(store, settings=settings)
    with store.transaction() as con:
        clear_model_stale(con)
    return report


def _update(store: Store, doc_ids: Sequence[str], settings: Settings | None = None) -> None:
    """``update_model`` for ``doc_ids``, then clear the stale mark."""
    from geowire.model.build import update_model
    from geowire.store.health import clear_model_stale

    update_model(store, doc_ids, settings=settings)  # only what these documents' events and claims touch
    with store.transaction() as con:
        clear_model_stale(con)


def correct(
    store: Store,
    correction: Correction,
    *,
    now: dt.datetime | None = None,
    scores: PloverTable | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """Record and apply an analyst's ``correction`` (:mod:`geowire.store.corrections`), its quad
    class and score from ``scores`` (the PLOVER table, loaded here when not given), then bring the
    model up to date for its document (occurrences, dyads: what counts and series read); the
    correction's row (``settings``: the model's floor, as for :func:`ensure_model`)."""
    from geowire.coding.scores import load_plover
    from geowire.store.corrections import save_correction

    settings = resolved_floor(settings)  # a broken decider artefact fails before the correction is saved
    row = save_correction(store, correction, scores=scores or load_plover(), now=now)
    _update(store, [row["doc_id"]], settings)
    return row


def process_pending(
    store: Store,
    settings: Settings,
    *,
    code: bool = True,
    recode: bool = False,
    doc_ids: Sequence[str] | None = None,
    on_progress: Callable[[int], None] = lambda n: None,
) -> ProcessReport:
    """Analyse and save every pending document (all processable ones when ``recode``, only
    ``doc_ids`` when given).  A document whose processing raises is marked ``failed`` with the
    exception's class and message; the others go on.  A stale model is rebuilt first."""
    from geowire.coding.scores import load_plover

    if code:
        settings = resolved_floor(settings)
        ensure_model(store, settings)
    scores = load_plover() if code else None  # for the corrections re-applied to re-coded documents
    items = pending_documents(store, all_stored=recode, doc_ids=doc_ids)
    sizes: dict[str, tuple[int, int]] = {}  # doc id -> (events, mentions)
    batch: list[DocAnalysis] = []
    failures: list[DocFailure] = []
    failed: list[DocFailure] = []
    touched: list[str] = []
    for result in analyse_parallel(items, settings, code=code):
        touched.append(result.doc_id)
        if isinstance(result, DocFailure):
            failures.append(result)
        else:
            batch.append(result)
            sizes[result.doc_id] = (len(result.events), len(result.mentions))
        if len(batch) + len(failures) >= settings.save_batch:
            failed += _save_isolating(store, batch, failures, coded=code, scores=scores)
            on_progress(len(batch) + len(failures))
            batch, failures = [], []
    if batch or failures:
        failed += _save_isolating(store, batch, failures, coded=code, scores=scores)
        on_progress(len(batch) + len(failures))
    ok = [n for doc_id, n in sizes.items() if doc_id not in {f.doc_id for f in failed}]
    if code and touched:
        if recode:
            rebuild(store, settings)
        else:
            _update(store, touched, settings)
    return ProcessReport(
        documents=len(ok),
        events=sum(e for e, _ in ok),
        mentions=sum(m for _, m in ok),
        failed=tuple(failed),
    )


def remove_documents(store: Store, doc_ids: Sequence[str], settings: Settings | None = None) -> list[str]:
    """Delete documents and what derives from them, then bring the model up to date (``settings``:
    its floor, as for :func:`ensure_model`); the ids that were found and removed."""
    from geowire.store.documents import remove_documents as delete
    from geowire.store.health import mark_model_stale

    settings = resolved_floor(settings)
    ensure_model(store, settings)
    with store.transaction() as con:
        removed = delete(con, doc_ids)
        if removed:
            mark_model_stale(con)
    if removed:
        _update(store, removed, settings)
    return removed


# --- worker pool -------------------------------------------------------------------------------

_WORKER: Analyzer | None = None
_WORKER_KEY: tuple[str, bool] | None = None  # the settings and ``code`` the parent's _WORKER was built for

Result = DocAnalysis | DocFailure


def analyse_isolating(analyzer: Analyzer, chunk: list[tuple[DocContext, str]]) -> list[Result]:
    """Analyse ``chunk`` together; if that raises, each document alone, a document that still
    raises becoming a :class:`DocFailure` (one bad document never stops the others)."""
    try:
        return list(analyzer.analyse(chunk))
    except Exception as e:
        if len(chunk) == 1:
            return [DocFailure.of(chunk[0][0].doc_id, e)]
    results: list[Result] = []
    for item in chunk:
        try:
            results.extend(analyzer.analyse([item]))
        except Exception as e:
            results.append(DocFailure.of(item[0].doc_id, e))
    return results


def _init_worker(settings: Settings, code: bool) -> None:
    global _WORKER  # one Analyzer per worker process, built once
    _WORKER = Analyzer(settings, code=code)


# A short text the parent analyses once before forking (its result is dropped): what the stages
# build on first use — the resolver's gazetteer, the model lexicon, the rules' compiled regexes
# and their literal sets, ~0.7 CPU-s — is then built once and inherited, not built again by every
# forked worker.  Any text warms the per-process builds; this one, in English, also reaches the
# claim rules' regexes of the English pack.
WARM_UP_TEXT = (
    "LONDON — The defence ministry said on Monday that it would send 40 armoured vehicles and 200 "
    "troops to its eastern neighbour next month, after the two governments signed a security "
    "agreement. The president told reporters that the army had withdrawn from the border town."
)


def _forked_analyzer(settings: Settings, code: bool) -> None:
    """Make the parent's :data:`_WORKER` the analyzer for ``settings`` (built once and kept for
    the next call with the same settings, as ``watch`` makes), warmed on :data:`WARM_UP_TEXT`:
    forked workers inherit it."""
    global _WORKER, _WORKER_KEY
    key = (settings.model_dump_json(), code)
    if _WORKER is None or _WORKER_KEY != key:
        _WORKER, _WORKER_KEY = None, None  # the old one freed before the new one loads
        analyzer = Analyzer(settings, code=code)
        list(analyzer.analyse([(DocContext("warm-up", None), WARM_UP_TEXT)]))
        _WORKER, _WORKER_KEY = analyzer, key


def _work(chunk: list[tuple[DocContext, str]]) -> list[Result]:
    assert _WORKER is not None
    return analyse_isolating(_WORKER, chunk)


def analyse_parallel(
    items: list[tuple[DocContext, str]], settings: Settings, *, code: bool = True
) -> Iterator[Result]:
    """Analyse ``items`` in ``settings.workers`` processes (in-process when 1), in input order;
    a document whose analysis raises comes back as a :class:`DocFailure`.  Forked workers
    (``settings.worker_start``) share the analyzer the parent loads once and keeps for the next
    call; spawned ones each load their own (the start-up paid once per worker and call)."""
    if not items:
        return
    size = max(1, min(settings.batch_size, len(items) // (settings.workers * 2) or 1))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    if settings.workers <= 1 or len(items) < 2:
        analyzer = Analyzer(settings, code=code)
        for chunk in chunks:
            yield from analyse_isolating(analyzer, chunk)
        return
    if settings.worker_start == "fork" and can_fork():
        _forked_analyzer(settings, code)  # loaded once, here: every worker inherits it
        # the workers' collector never walks what they inherit (the analyzer, ~150,000 objects:
        # a full collection's time, and its writes would copy the shared pages); the parent's
        # own collector is as before once they have started
        gc.freeze()
        try:
            pool = mp.get_context("fork").Pool(settings.workers)
        finally:
            gc.unfreeze()
    else:
        spawn = mp.get_context("spawn")
        pool = spawn.Pool(settings.workers, initializer=_init_worker, initargs=(settings, code))
    with pool:
        for result in pool.imap(_work, chunks):
            yield from result


def open_model_reader(path: Any, settings: Settings | None = None) -> Store:
    """The store opened read-only for a command that reads the model; a model left stale by a
    killed run is rebuilt first (briefly opening the store for writing) — but not while a writer
    holds the store: its model is stale only until that writer's own update, and a reader must
    not wait for the whole run.  ``settings``: the command's, whose model floor the model must have
    (:func:`ensure_model`)."""
    from geowire.store.db import open_store
    from geowire.store.locks import writer_active

    settings = resolved_floor(settings)
    store = open_store(path, read_only=True)
    try:
        stale = model_needs_rebuild(store, settings)
    except BaseException:
        store.close()
        raise
    if not stale or store.path is None or writer_active(store.path):
        return store  # a writer at work marks the model stale until it brings it up to date itself
    store.close()
    with open_store(path) as writer:
        ensure_model(writer, settings)
    return open_store(path, read_only=True)
