"""Batch mode on Ray: shards → ingest → annotate/code in a pool of Ray actors → Parquet.

Ingest (normalise, date, language, exact + near dedup) runs on the driver through the ingest
module's own :class:`~geowire.ingest.service.DocumentWriter` over an in-memory staging store: dedup
is order-dependent, so one sequential pass keeps the result identical to ``geowire ingest``; it
costs a few milliseconds a document.  Every stored document is then analysed (annotate → actors →
dates → code → claims) by a pool of Ray actors, each building one
:class:`~geowire.pipeline.Analyzer` (the spaCy model and knowledge base load once per actor).
Chunks are submitted while ingest goes on, and results come back in input order.

Output (hive-partitioned by publication date, ``published=YYYY-MM-DD`` or ``published=unknown``)::

    OUT/documents/published=…/part-RUN.parquet   one row per document + its analysis as JSON
    OUT/events/published=…/part-RUN.parquet      the events table of `geowire export --format parquet`
    OUT/mentions/published=…/part-RUN.parquet    actor mentions with offsets

``geowire import OUT`` (:mod:`geowire.scale.importer`) loads it into DuckDB.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geowire.errors import OptionalDependencyError
from geowire.ingest.items import Failure, RawItem
from geowire.settings import Settings
from geowire.store.db import Store, open_store
from geowire.store.documents import get_document
from geowire.types import DocAnalysis, DocContext


@dataclass
class BatchReport:
    """Counts of one batch run and where its output went."""

    out: str
    run_id: str
    workers: int
    items: int = 0
    stored: int = 0
    duplicates: int = 0
    existing: int = 0
    skipped: int = 0
    failed: int = 0
    analysed: int = 0
    events: int = 0
    seconds: float = 0.0
    partitions: list[str] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        return self.items / self.seconds if self.seconds else 0.0


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
    if address:
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
    else:
        ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False,
                 object_store_memory=200 * 1024 * 1024)
    return True


class _AnalyzerActor:
    """A Ray actor holding one Analyzer (made remote in :func:`_actor_class`)."""

    def __init__(self, settings: Settings) -> None:
        from geowire.pipeline import Analyzer

        self.analyzer = Analyzer(settings)

    def analyse(self, chunk: list[tuple[DocContext, str]]) -> list[DocAnalysis]:
        return list(self.analyzer.analyse(chunk))


def _actor_class(ray: Any) -> Any:
    return ray.remote(num_cpus=1)(_AnalyzerActor)


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
    from ray.util import ActorPool

    from geowire.ingest.service import DocumentWriter
    from geowire.scale.shards import iter_shard_items

    ray = require_ray()
    started = start_ray(address=address, workers=workers)
    report = BatchReport(out=str(out), run_id=uuid.uuid4().hex[:12], workers=workers)
    t0 = time.perf_counter()
    try:
        actor = _actor_class(ray)
        pool = ActorPool([actor.remote(settings) for _ in range(workers)])
        with open_store(None) as staging:
            writer = DocumentWriter(staging, settings)
            chunk: list[tuple[DocContext, str]] = []
            for item in iter_shard_items(inputs, settings):
                ctx_text = _ingest_one(writer, item, report)
                if ctx_text is not None:
                    chunk.append(ctx_text)
                if len(chunk) >= chunk_size:
                    pool.submit(lambda a, c: a.analyse.remote(c), chunk)
                    chunk = []
            if chunk:
                pool.submit(lambda a, c: a.analyse.remote(c), chunk)
            analyses = _collect(pool, report)
            report.seconds = time.perf_counter() - t0
            report.partitions = write_output(staging, analyses, out, run_id=report.run_id)
    finally:
        if started:
            ray.shutdown()
    return report


def _ingest_one(writer: Any, item: RawItem | Failure, report: BatchReport) -> tuple[DocContext, str] | None:
    """Ingest one item into the staging store; the (context, text) to analyse when stored."""
    report.items += 1
    result = writer.write(item) if isinstance(item, RawItem) else writer.fail(item)
    counter = {"stored": "stored", "duplicate": "duplicates", "exists": "existing", "skipped": "skipped",
               "failed": "failed"}[result.outcome]
    setattr(report, counter, getattr(report, counter) + 1)
    if result.outcome != "stored":
        return None
    doc = get_document(writer.store, result.document_id)
    assert doc is not None  # just written in this process
    ctx = DocContext(doc_id=doc.id, published=doc.published, title=doc.title, outlet=doc.outlet,
                     url=doc.url, path=doc.path)
    return ctx, doc.text


def _collect(pool: Any, report: BatchReport) -> dict[str, DocAnalysis]:
    analyses: dict[str, DocAnalysis] = {}
    while pool.has_next():
        for analysis in pool.get_next():
            analyses[analysis.doc_id] = analysis
            report.analysed += 1
            report.events += len(analysis.events)
    return analyses


def write_output(staging: Store, analyses: dict[str, DocAnalysis], out: Path, *, run_id: str) -> list[str]:
    """Write documents, events and mentions Parquet partitioned by publication date."""
    from geowire.scale.output import write_partitions

    return write_partitions(staging, analyses, out, run_id=run_id)

