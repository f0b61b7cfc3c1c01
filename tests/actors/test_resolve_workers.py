"""The annotate and actor stages give the same results in a ``--workers`` spawn pool."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geowire.pipeline import analyse_parallel
from geowire.settings import Settings
from geowire.types import DocContext

from .conftest import SEEDS

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_resolve_workers_pool_matches_in_process() -> None:
    paths = sorted(Path(SEEDS).glob("*.txt"))[:2]
    items = [(DocContext(p.name, dt.date(2026, 1, 6)), p.read_text(encoding="utf-8")) for p in paths]
    in_process = list(analyse_parallel(items, Settings(), code=False))
    pooled = list(analyse_parallel(items, Settings(workers=2, batch_size=1), code=False))
    assert pooled == in_process
    assert all(a.mentions for a in pooled)
