"""Keep a store current from RSS/Atom feeds: every interval, ingest the feeds (the ingest module's
feed reader and writer) and code what is new (``pipeline.process_pending``).

Nothing is coded twice: an item whose normalised text is already stored is recognised by its
content hash and not written again, and only documents still ``stored`` are processed.  When a run
gets nothing through (every feed failed), the next run waits twice as long as the last, up to
``max_backoff``; one good run restores the normal interval.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from geowire.errors import ConfigError
from geowire.settings import Settings
from geowire.store.db import Store

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}


def parse_interval(text: str) -> float:
    """Seconds in ``15m``, ``0.1s``, ``2h``, ``500ms`` or a bare number of seconds."""
    m = _INTERVAL.match(text)
    if not m or float(m.group(1)) <= 0:
        raise ConfigError(f"invalid interval {text!r}: use e.g. 15m, 30s, 1h")
    return float(m.group(1)) * _UNIT_SECONDS[m.group(2)]


@dataclass(frozen=True)
class WatchRun:
    """One pass over the feeds."""

    run: int
    started: dt.datetime
    stored: int
    existing: int
    duplicates: int
    failed: int
    processed: int
    events: int
    ok: bool
    next_delay: float  # seconds until the next run (0 after the last)


def next_delay(every: float, failures: int, *, max_backoff: float) -> float:
    """The wait after ``failures`` consecutive failed runs: every · 2^failures, capped."""
    return min(every * 2.0**failures, max(every, max_backoff))


def run_once(store: Store, settings: Settings, feeds_file: Path, *, run: int) -> WatchRun:
    """Ingest the feeds once and process what is new."""
    from geowire.ingest import ingest_sources
    from geowire.pipeline import process_pending

    started = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    report = ingest_sources(store, settings, [], feeds_file=feeds_file)
    processed = process_pending(store, settings)
    came_through = report.stored + report.existing + report.duplicates + report.skipped
    ok = report.failed == 0 or came_through > 0
    return WatchRun(
        run=run,
        started=started,
        stored=report.stored,
        existing=report.existing,
        duplicates=report.duplicates,
        failed=report.failed,
        processed=processed.documents,
        events=processed.events,
        ok=ok,
        next_delay=0.0,
    )


def watch_feeds(
    store: Store,
    settings: Settings,
    feeds_file: Path,
    *,
    every: float,
    max_runs: int | None = None,
    max_backoff: float = 3600.0,
    sleep: Callable[[float], None] = time.sleep,
    on_run: Callable[[WatchRun], None] = lambda r: None,
) -> list[WatchRun]:
    """Run :func:`run_once` every ``every`` seconds (backing off on failure), ``max_runs`` times
    (forever when None); return the runs (the last 100)."""
    runs: list[WatchRun] = []
    failures = 0
    n = 0
    while max_runs is None or n < max_runs:
        n += 1
        result = run_once(store, settings, feeds_file, run=n)
        failures = 0 if result.ok else failures + 1
        last = max_runs is not None and n >= max_runs
        delay = 0.0 if last else next_delay(every, failures, max_backoff=max_backoff)
        result = WatchRun(**{**result.__dict__, "next_delay": delay})
        runs = [*runs[-99:], result]  # bounded when watching forever
        on_run(result)
        if not last:
            store.release()  # readers have the store while we wait
            sleep(delay)
    return runs
