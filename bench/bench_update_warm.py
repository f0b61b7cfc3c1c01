"""An update into a store already open and used: two batches, the second timed (issue 12, `upd11`).

    .venv/bin/python bench/bench_update_warm.py STORE N_EVENTS [--batch 1000]

``STORE`` is a prepared synthetic store of ``N_EVENTS`` events with its model built (as
``bench_update_repeat.py`` makes it).  A copy gets two ``--batch``es of new events over the same 7
days (as ``bench_store_scale.py``'s update step makes them, numbered apart); ``update_model`` runs
for the first batch's documents, then, on the same open store, for the second's — whose reads find
DuckDB's buffer pool holding the blocks the first one read (a writer that keeps the store open
between updates).  The same is done into an empty store.  Prints the CPU and wall seconds of each
update and the CPU ratios of the first (cold, as ``bench_update_repeat.py`` measures) and second.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("GEOWIRE_BENCH_EVENTS_PER_DAY", "27000")

import bench_store_scale as scale  # noqa: E402


def two_updates(source: str | None, n: int, batch: int, tmp: Path) -> list[tuple[float, float]]:
    """CPU and wall seconds of the two updates into a copy of ``source`` (an empty store when None)."""
    from geowire.model.build import update_model
    from geowire.store.db import open_store

    path = tmp / "warm.duckdb"
    if source is not None:
        shutil.copy(source, path)
    first, second = n, n + 20 * batch  # the second batch's events (and documents) numbered apart
    day0 = scale.span_days(n) - 3
    for start in (first, second):
        scale.populate(str(path), start, batch, day0=day0, span=7, store_span=scale.span_days(n))
    store = open_store(str(path))
    docs = [r["id"] for r in store.query("SELECT id FROM documents WHERE id >= ?", [f"d{n // 10:010d}"])]
    cut = f"d{second // 10:010d}"
    times = []
    for part in (sorted(d for d in docs if d < cut), sorted(d for d in docs if d >= cut)):
        cpu, wall = time.process_time(), time.perf_counter()
        update_model(store, part)
        times.append((time.process_time() - cpu, time.perf_counter() - wall))
    store.close()
    path.unlink()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store")
    parser.add_argument("events", type=int)
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()
    from geowire.model.build import date_bounds, default_language, model_lexicon, place_names

    lang = default_language()  # loaded once per process, not a cost of the update
    place_names(lang=lang)
    model_lexicon(lang)
    date_bounds(lang)
    with tempfile.TemporaryDirectory() as tmp:
        into = two_updates(args.store, args.events, args.batch, Path(tmp))
        empty = two_updates(None, args.events, args.batch, Path(tmp))
    for name, (a, e) in zip(("first (cold)", "second (warm)"), zip(into, empty, strict=True), strict=True):
        print(
            f"{name}: into the store CPU {a[0]:.3f} s (wall {a[1]:.3f}), into an empty one CPU {e[0]:.3f} s"
            f" (wall {e[1]:.3f}): CPU ratio {a[0] / e[0]:.2f}×"
        )


if __name__ == "__main__":
    main()
