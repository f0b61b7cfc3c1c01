"""Batch mode on Ray: shards → ingest → annotate/code in a pool of Ray actors → Parquet.

Each Ray actor builds one :class:`~geowire.pipeline.Analyzer` (the spaCy model and knowledge base
load once per actor) and one language detector.  A chunk of items goes through two actor calls:

1. ``prepare`` (in parallel): the per-item half of ingest, with the ingest module's functions —
   ``normalize_text``, the size cap, ``content_hash``, ``resolve_date``, ``LanguageDetector``,
   the MinHash ``signature`` — giving a :class:`Prepared` item;
2. on the driver, in input order, the order-dependent half: exact duplicates (same content hash
   → "already stored", nothing written), then near-duplicates against the MinHash LSH index of the
   originals so far (:class:`~geowire.ingest.dedup.NearDuplicateIndex`), exactly as
   ``ingest.service.DocumentWriter`` decides them;
3. ``analyse`` (in parallel): annotate → actors → dates → code → claims for the stored ones.

Results come back in input order; the output is what ``geowire ingest`` would have stored (the
equivalence test in ``tests/scale`` checks it table by table).

Output (hive-partitioned by publication date, ``published=YYYY-MM-DD`` or ``published=unknown``)::

    OUT/documents/published=…/part-RUN.parquet   one row per document + its analysis as JSON
    OUT/events/published=…/part-RUN.parquet      the events table of `geowire export --format parquet`
    OUT/mentions/published=…/part-RUN.parquet    actor mentions with offsets

``geowire import OUT`` (:mod:`geowire.scale.importer`) loads it into DuckDB.  The driver keeps the
documents and analyses of one run in memory until it writes them: split very large inputs into
several runs (imports add up; documents already imported are skipped).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import uuid
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from geowire.errors import GeowireError, OptionalDependencyError
from geowire.ingest.items import Failure, RawItem
from geowire.lang import LanguagePack, load_language
from geowire.settings import Settings
from geowire.types import DocAnalysis, DocContext, DocStatus, Document, Reason


@dataclass
class BatchReport:
    """Counts of one batch run and where its output went."""

    out: str
    run_id: str
    workers: int
    nodes: int = 0  # distinct Ray nodes the actors ran on
    items: int = 0
    stored: int = 0
    duplicates: int = 0
    existing: int = 0
    skipped: int = 0
    failed: int = 0
    analysed: int = 0
    events: int = 0
    seconds: float = 0.0  # the whole run, actors' start-up (model loading) included
    startup_seconds: float = 0.0  # until every actor had loaded the model
    partitions: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        """Items per second of the whole run."""
        return self.items / self.seconds if self.seconds else 0.0

    @property
    def steady_articles_per_second(self) -> float:
        """Items per second once every actor had loaded the model."""
        busy = self.seconds - self.startup_seconds
        return self.items / busy if busy > 0 else 0.0


@dataclass(frozen=True)
class Prepared:
    """One item after the per-item half of ingest: a document (stored or language-skipped) or a failure."""

    source: str
    doc: Document | None = None
    n_words: int = 0
    signature: tuple[int, ...] = ()
    failure: Failure | None = None


@dataclass
class StagedDocument:
    """A document of this run as it will be written (with its ingest order and time)."""

    doc: Document
    n_words: int
    signature: list[int]
    ingested_at: dt.datetime
    seq: int


def require_ray() -> Any:
    """The ``ray`` module, or :class:`OptionalDependencyError` with the install hint."""
    try:
        import ray
    except ImportError as e:
        raise OptionalDependencyError("Ray batch", "ray") from e
    return ray


def start_ray(*, address: str | None = None, workers: int = 2) -> bool:
    """Connect to ``address`` or start a light local Ray; False when Ray was already running."""
    ray = require_ray()
    if ray.is_initialized():
        return False
    quiet = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR}
    if address:
        ray.init(address=address, **quiet)
    else:
        ray.init(num_cpus=workers, object_store_memory=200 * 1024 * 1024, **quiet)
    return True


def prepare_item(
    item: RawItem, settings: Settings, *, lang: LanguagePack, detector: Any, index: Any
) -> Prepared:
    """The per-item half of ``DocumentWriter.write``/``_document`` (no store, no dedup)."""
    from geowire.ingest.dedup import content_hash
    from geowire.ingest.normalize import count_words
    from geowire.ingest.service import checked_text, new_document

    text = checked_text(item, settings)
    if isinstance(text, Failure):
        return Prepared(item.source, failure=text)
    doc = new_document(item, text, content_hash(text), settings=settings, lang=lang, detector=detector)
    return Prepared(item.source, doc=doc, n_words=count_words(text), signature=tuple(index.signature(text)))


class _BatchActor:
    """A Ray actor: one Analyzer and one language detector, built once (made remote below)."""

    def __init__(self, settings: Settings) -> None:
        from geowire.ingest.dedup import NearDuplicateIndex
        from geowire.ingest.language import LanguageDetector
        from geowire.pipeline import Analyzer

        self.settings = settings
        self.analyzer = Analyzer(settings)
        self.detector = LanguageDetector(self.analyzer.lang)
        self.index = NearDuplicateIndex(settings)

    def prepare(self, items: list[RawItem]) -> list[Prepared]:
        lang = self.analyzer.lang
        return [
            prepare_item(i, self.settings, lang=lang, detector=self.detector, index=self.index) for i in items
        ]

    def analyse(self, chunk: list[tuple[DocContext, str]]) -> list[DocAnalysis]:
        return list(self.analyzer.analyse(chunk))

    def ready(self) -> str:
        """The id of the node this actor runs on, once the model is loaded (``__init__`` done)."""
        import ray

        return str(ray.get_runtime_context().get_node_id())


class Deduplicator:
    """The order-dependent half of ingest: exact and near duplicates, in input order."""

    def __init__(self, settings: Settings) -> None:
        from geowire.ingest.dedup import NearDuplicateIndex

        self.index = NearDuplicateIndex(settings)
        self.by_hash: dict[str, str] = {}
        self.staged: list[StagedDocument] = []

    def add(self, prepared: Prepared, report: BatchReport) -> StagedDocument | None:
        """Stage one prepared item; the staged document when it is new."""
        if prepared.failure is not None or prepared.doc is None:
            report.failed += 1
            report.failures.append(
                f"{prepared.source}: {prepared.failure.reason.value if prepared.failure else '?'}"
            )
            return None
        doc = prepared.doc
        if doc.content_hash in self.by_hash:
            report.existing += 1
            return None
        if doc.status is DocStatus.STORED and (match := self.index.query(prepared.signature)) is not None:
            reason = f"{Reason.NEAR_DUPLICATE.value} of {match.document_id} (jaccard {match.jaccard:.2f})"
            doc = replace(doc, status=DocStatus.DUPLICATE, duplicate_of=match.document_id, reason=reason)
        self.by_hash[doc.content_hash] = doc.id
        if doc.status is DocStatus.STORED:
            self.index.add(doc.id, prepared.signature)
        staged = StagedDocument(
            doc,
            prepared.n_words,
            list(prepared.signature),
            dt.datetime.now(dt.UTC).replace(tzinfo=None),
            len(self.staged),
        )
        self.staged.append(staged)
        counter = {
            DocStatus.STORED: "stored",
            DocStatus.DUPLICATE: "duplicates",
            DocStatus.SKIPPED: "skipped",
        }
        setattr(report, counter[doc.status], getattr(report, counter[doc.status]) + 1)
        return staged


def _chunks(
    items: Iterable[RawItem | Failure], size: int, report: BatchReport, failures: list[Failure]
) -> Iterator[list[RawItem]]:
    """Chunks of readable items; unreadable ones go to ``failures`` (counted, in order)."""
    chunk: list[RawItem] = []
    for item in items:
        report.items += 1
        if isinstance(item, Failure):
            failures.append(item)
            continue
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_batch(
    inputs: Sequence[str | Path],
    out: Path,
    settings: Settings,
    *,
    address: str | None = None,
    workers: int = 2,
    chunk_size: int = 16,
) -> BatchReport:
    """Process every shard of ``inputs`` on Ray and write the Parquet output under ``out``."""
    from geowire.scale.output import write_partitions
    from geowire.scale.shards import iter_shard_items

    ray = require_ray()
    started = start_ray(address=address, workers=workers)
    report = BatchReport(out=str(out), run_id=uuid.uuid4().hex[:12], workers=workers)
    t0 = time.perf_counter()
    try:
        remote = ray.remote(num_cpus=1)(_BatchActor)
        actors = [remote.remote(settings) for _ in range(workers)]
        dedup = Deduplicator(settings)
        try:
            report.nodes = len(set(ray.get([a.ready.remote() for a in actors])))
            report.startup_seconds = time.perf_counter() - t0
            analyses = _run(
                ray,
                actors,
                iter_shard_items(inputs, settings, load_language(settings.language)),
                dedup,
                report,
                chunk_size=chunk_size,
            )
        except ray.exceptions.RayError as e:
            raise _unwrap(e) from e
        report.seconds = time.perf_counter() - t0
        report.partitions = write_partitions(dedup.staged, analyses, out, run_id=report.run_id)
    finally:
        if started:
            ray.shutdown()
    return report


def _run(
    ray: Any,
    actors: list[Any],
    items: Iterable[RawItem | Failure],
    dedup: Deduplicator,
    report: BatchReport,
    *,
    chunk_size: int,
) -> dict[str, DocAnalysis]:
    """Prepare chunks round-robin, dedup them in order as they return, analyse the new documents."""
    failures: list[Failure] = []
    pending: deque[Any] = deque()
    analysing: list[Any] = []
    turn = 0

    def drain_one() -> None:
        nonlocal turn
        new = [s for p in ray.get(pending.popleft()) if (s := dedup.add(p, report)) is not None]
        todo = [(_context(s.doc), s.doc.text) for s in new if s.doc.status is DocStatus.STORED]
        if todo:
            analysing.append(actors[turn % len(actors)].analyse.remote(todo))
            turn += 1

    for i, chunk in enumerate(_chunks(items, chunk_size, report, failures)):
        pending.append(actors[i % len(actors)].prepare.remote(chunk))
        if len(pending) > 2 * len(actors):
            drain_one()
    while pending:
        drain_one()
    for failure in failures:
        dedup.add(Prepared(failure.source, failure=failure), report)
    analyses: dict[str, DocAnalysis] = {}
    for result in ray.get(analysing):
        for analysis in result:
            analyses[analysis.doc_id] = analysis
            report.analysed += 1
            report.events += len(analysis.events)
    return analyses


def _unwrap(error: Exception) -> GeowireError:
    """The library error raised inside an actor, else a GeowireError naming the Ray failure."""
    cause = getattr(error, "cause", None)
    if isinstance(cause, GeowireError):
        return cause
    first = str(cause or error).strip().splitlines()
    return GeowireError(f"Ray batch failed: {first[-1] if first else type(error).__name__}")


def _context(doc: Document) -> DocContext:
    return DocContext(
        doc_id=doc.id, published=doc.published, title=doc.title, outlet=doc.outlet, url=doc.url, path=doc.path
    )
