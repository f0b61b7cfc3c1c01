"""The annotate, actor and coding stages give the same results in a ``--workers`` pool, forked
(sharing the parent's analyzer) or spawned (one analyzer per worker), as in-process."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geowire import pipeline
from geowire.pipeline import analyse_parallel
from geowire.settings import Settings
from geowire.types import DocContext

from .conftest import SEEDS

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _items() -> list[tuple[DocContext, str]]:
    paths = sorted(Path(SEEDS).glob("*.txt"))[:2]
    return [(DocContext(p.name, dt.date(2026, 1, 6)), p.read_text(encoding="utf-8")) for p in paths]


def test_resolve_workers_pool_matches_in_process() -> None:
    items = _items()
    in_process = list(analyse_parallel(items, Settings(), code=False))
    spawned = Settings(workers=2, batch_size=1, worker_start="spawn")
    pooled = list(analyse_parallel(items, spawned, code=False))
    assert pooled == in_process
    assert all(a.mentions for a in pooled)


def test_forked_workers_code_as_in_process() -> None:
    items = _items()
    in_process = list(analyse_parallel(items, Settings()))
    forked = list(analyse_parallel(items, Settings(workers=2, batch_size=1, worker_start="fork")))
    first = pipeline._WORKER
    again = list(analyse_parallel(items, Settings(workers=2, batch_size=1, worker_start="fork")))
    assert forked == in_process == again
    assert first is not None and pipeline._WORKER is first  # the second call reused the parent's analyzer
    assert any(a.events for a in forked)
