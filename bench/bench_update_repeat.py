"""Repeat one incremental update on a copy of a prepared store, best of N (issue 12).

    .venv/bin/python bench/bench_update_repeat.py STORE N_EVENTS [--batch 1000] [--repeat 3] [--day0 D]

``STORE`` is a synthetic store of ``N_EVENTS`` events with its model built, made first (as
``bench_store_scale.py`` makes it: ``populate`` + ``rebuild_model``) when the file does not
exist, and kept for the next run; each round copies it, adds the same
``--batch`` new events as ``bench_store_scale.py``'s update step, and times ``update_model`` —
then does the same into an empty store.  Prints the best wall and CPU seconds of each and their
ratios.  Run it with two source trees (``PYTHONPATH=…/src``) alternately to compare them on a
shared machine, where one-off timings are too noisy: CPU seconds are the steadier figure.
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


def best_update(
    source: str | None, n: int, batch: int, repeat: int, tmp: Path, day0: int | None = None
) -> tuple[float, float]:
    """Best wall and CPU seconds of ``update_model`` for ``batch`` new events into a copy of
    ``source`` (an empty store when None), their articles published over the 7 days from ``day0``
    (by default the store's last 3 days and the next 4)."""
    from geowire.model.build import update_model
    from geowire.store.db import open_store

    walls, cpus = [], []
    for round_ in range(repeat):
        path = tmp / f"round{round_}.duckdb"
        if source is not None:
            shutil.copy(source, path)
        first = scale.span_days(n) - 3 if day0 is None else day0
        scale.populate(str(path), n, batch, day0=first, span=7, store_span=scale.span_days(n))
        store = open_store(str(path))
        docs = [r["id"] for r in store.query("SELECT id FROM documents WHERE id >= ?", [f"d{n // 10:010d}"])]
        wall, cpu = time.perf_counter(), time.process_time()
        update_model(store, docs)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        store.close()
        path.unlink()
    return min(walls), min(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store")
    parser.add_argument("events", type=int)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--day0", type=int, help="the batch's first publication day (default: the store's span − 3)"
    )
    args = parser.parse_args()
    from geowire.model.build import date_bounds, default_language, model_lexicon, place_names

    lang = default_language()  # loaded once per process, not a cost of the update
    place_names(lang=lang)
    model_lexicon(lang)
    date_bounds(lang)
    if not Path(args.store).exists():
        scale.step_generate(args.store, args.events)
        print(f"built {args.store}: {scale.step_rebuild(args.store, args.events)}")
    with tempfile.TemporaryDirectory() as tmp:
        into = best_update(args.store, args.events, args.batch, args.repeat, Path(tmp), args.day0)
        empty = best_update(None, args.events, args.batch, args.repeat, Path(tmp), args.day0)
    print(
        f"into the store {into[0]:.3f} s (CPU {into[1]:.3f}), into an empty one {empty[0]:.3f} s"
        f" (CPU {empty[1]:.3f}): ratio {into[0] / empty[0]:.2f}× (CPU {into[1] / empty[1]:.2f}×)"
    )


if __name__ == "__main__":
    main()
