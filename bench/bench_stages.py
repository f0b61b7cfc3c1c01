"""Where a workers-1 pipeline run spends its CPU time, stage by stage, in one process.

    .venv/bin/python bench/bench_stages.py [--words 100000]

The seed-derived corpus of bench_pipeline.py is ingested into a fresh store and processed with
``--workers 1`` (``ingest_sources`` + ``process_pending``, as ``geowire ingest`` runs them), with
each stage's function wrapped to add up its CPU seconds: the annotator's parse (spaCy and the
blocks component), actor resolution, dates, quantities, the event coder, the claim rules, saving,
the model update and the Analyzer's load. Printed: CPU seconds and milliseconds per article for
each, and the whole run's CPU time. The wrappers cost a few microseconds a call; compare runs of
two commits alternately, as the rest of bench/ does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench_pipeline import PUBLISHED, build_corpus, write_articles

SPENT: defaultdict[str, float] = defaultdict(float)


def _timed(label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        t = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            SPENT[label] += time.process_time() - t

    return run


def _timed_pipe(fn: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    """The annotator's generator, each step timed (the parse happens as it is iterated)."""

    def run(*args: Any, **kwargs: Any) -> Iterator[Any]:
        it = fn(*args, **kwargs)
        while True:
            t = time.process_time()
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                SPENT["annotate (spaCy parse)"] += time.process_time() - t
            yield item

    return run


def _instrument() -> None:
    """Wrap each stage where the pipeline looks it up (its module's global, read at each call)."""
    from geowire import pipeline
    from geowire.coding.coder import EventCoder
    from geowire.nlp.annotate import Annotator

    for module, name, label in (
        ("geowire.actors.resolve", "resolve_mentions", "actors"),
        ("geowire.nlp.dates", "extract_dates", "dates"),
        ("geowire.nlp.quantities", "extract_quantities", "quantities"),
        ("geowire.model.extract", "extract_claims", "claims"),
        ("geowire.pipeline", "save_analyses", "save"),
        ("geowire.pipeline", "_update", "model update"),
    ):
        mod = importlib.import_module(module)
        setattr(mod, name, _timed(label, getattr(mod, name)))
    EventCoder.code = _timed("coder", EventCoder.code)  # type: ignore[method-assign]
    Annotator.pipe = _timed_pipe(Annotator.pipe)  # type: ignore[method-assign]
    pipeline.Analyzer.__init__ = _timed("load (Analyzer)", pipeline.Analyzer.__init__)  # type: ignore[method-assign]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=100_000)
    a = ap.parse_args()
    _instrument()
    from geowire.ingest.service import ingest_sources
    from geowire.pipeline import process_pending
    from geowire.settings import Settings
    from geowire.store import open_store

    texts = build_corpus(a.words, 800)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        src = write_articles(texts, root)
        settings = Settings(db=root / "bench.duckdb", workers=1)
        with open_store(settings.db) as store:
            c0 = time.process_time()
            ingest_sources(store, settings, [str(src)], date=PUBLISHED)
            c1 = time.process_time()
            process_pending(store, settings)
            c2 = time.process_time()
    n = len(texts)
    print(f"{n} articles, {dt.date.today()}: ingest {c1 - c0:.2f} CPU-s, processing {c2 - c1:.2f} CPU-s")
    for label, spent in sorted(SPENT.items(), key=lambda kv: -kv[1]):
        print(f"  {label:24s} {spent:7.2f} CPU-s {1000 * spent / n:7.1f} ms/article")


if __name__ == "__main__":
    main()
