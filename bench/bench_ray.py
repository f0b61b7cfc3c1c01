"""Benchmark ``geowire batch`` on a local Ray with 1 and 2 workers; print articles/s and the ratio.

    .venv/bin/python bench/bench_ray.py [--articles 2000] [--workers 1 2] [--chunk-size 16] [--baseline]
                                        [--cluster] [--json]

The articles are generated here: each is six sentences drawn from our own templates, filled with
country names from ``data/countries.yaml``, invented people, numbers and dates, so no two are near-
duplicates (the batch's dedup keeps them all; the script checks).  They are written as JSON-lines
shards to a temporary directory before the clock starts.  Each worker count gets its own local
Ray (``ray.init(num_cpus=workers)``); the time is the whole ``run_batch`` call — Ray actors
starting and loading the model, per-item ingest in the actors, dedup on the driver, analysis,
Parquet output — so it is what a user waits for; the rate after every actor has loaded the model
("steady") is printed beside it.  On a 2-core machine the driver and Ray's own processes share
the cores with the actors, which caps the 1→2 ratio below 2; other load on the machine (shown as
the load average) distorts both.  ``--baseline`` also times the single-machine path.

``--cluster``: instead of a local Ray, each worker count N runs on a real Ray cluster of N nodes
started on this machine (:func:`geowire.scale.cluster.local_cluster`: ``ray start --head`` plus
N-1 ``ray start --address``, one CPU each), the driver connecting with ``--address`` — so 1→2
workers is 1→2 nodes.  Starting the cluster is not timed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

TEMPLATES = (
    "{a} and {b} signed an agreement on {topic} cooperation in {city} on {day}.",
    "The foreign minister of {a}, {person}, met her counterpart from {b} to discuss {topic}.",
    "{a} accused {b} of violating the {topic} accord, officials said on {day}.",
    "{b} rejected a request from {a} to extradite {person}, a former adviser.",
    "{a} deployed {n} troops near its border with {b} after a week of tension.",
    "{a} sent {n} tonnes of humanitarian aid to {b} following the floods in {city}.",
    "{person}, a spokesman for the government of {a}, praised {b} for its support.",
    "{a} threatened to impose sanctions on {b} over the seizure of a cargo ship.",
    "Protesters gathered outside the embassy of {b} in {city} on {day}, police said.",
    "{a} agreed to release {n} detained fishermen from {b} by the end of {month}.",
    "{b} expelled {n} diplomats from {a}, citing interference in its {topic} policy.",
    "The parliament of {a} ratified a {topic} treaty with {b} by {n} votes.",
    "{a} announced that {n} million dollars in loans to {b} would be suspended.",
    "Talks between {a} and {b} on {topic} ended without agreement in {city} on {day}.",
    "{a} offered to mediate between {b} and its neighbours, {person} told reporters.",
    "{b} said it would buy {n} patrol boats from {a} under a {topic} programme.",
)
TOPICS = (
    "energy",
    "fisheries",
    "border",
    "trade",
    "security",
    "water",
    "health",
    "migration",
    "mining",
    "aviation",
    "customs",
    "railway",
    "telecoms",
    "education",
    "climate",
    "banking",
)
GIVEN = (
    "Ana",
    "Tomas",
    "Ines",
    "Rafael",
    "Maria",
    "Jonas",
    "Lucia",
    "Pavel",
    "Sofia",
    "Karim",
    "Lena",
    "Omar",
)
FAMILY = ("Varga", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Castell", "Novak", "Haddad", "Brenner", "Ruiz")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _countries() -> list[tuple[str, str]]:
    raw = resources.files("geowire.data").joinpath("countries.yaml").read_text(encoding="utf-8")
    return [(c["name"], (c.get("capitals") or [c["name"]])[0]) for c in yaml.safe_load(raw)["countries"]]


def make_articles(n: int, *, seed: int = 7) -> list[dict[str, str]]:
    """``n`` distinct articles (title, date, text) from the templates."""
    rng = random.Random(seed)
    countries = _countries()
    articles = []
    for i in range(n):
        (a, _), (b, city) = rng.sample(countries, 2)
        month = rng.randrange(1, 13)
        sentences = []
        for template in rng.sample(TEMPLATES, 6):
            (x, _), (y, cap) = rng.sample(countries, 2) if rng.random() < 0.3 else ((a, None), (b, city))
            sentences.append(
                template.format(
                    a=x,
                    b=y,
                    city=cap or city,
                    topic=rng.choice(TOPICS),
                    day=rng.choice(DAYS),
                    person=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
                    n=rng.randrange(2, 5000),
                    month=MONTHS[month - 1],
                )
            )
        articles.append(
            {
                "title": f"Dispatch {i}: {a} and {b}",
                "date": f"2025-{month:02d}-{rng.randrange(1, 29):02d}",
                "url": f"https://bench.example/{i}",
                "text": " ".join(sentences),
            }
        )
    return articles


def write_shards(articles: list[dict[str, str]], folder: Path, *, shards: int = 4) -> list[str]:
    paths = []
    for k in range(shards):
        path = folder / f"shard-{k}.jsonl"
        path.write_text("".join(json.dumps(a) + "\n" for a in articles[k::shards]), encoding="utf-8")
        paths.append(str(path))
    return paths


def run(
    paths: list[str], out: Path, *, workers: int, chunk_size: int, address: str | None = None
) -> dict[str, Any]:
    from geowire.scale.ray_batch import run_batch
    from geowire.settings import Settings

    load_before = os.getloadavg()[0]
    report = run_batch(paths, out, Settings(), address=address, workers=workers, chunk_size=chunk_size)
    if report.stored != report.items:
        raise SystemExit(f"dedup dropped articles: stored {report.stored} of {report.items}")
    return {
        "workers": workers,
        "nodes": report.nodes,
        "articles": report.items,
        "events": report.events,
        "seconds": round(report.seconds, 2),
        "articles_per_second": round(report.articles_per_second, 2),
        "startup_seconds": round(report.startup_seconds, 2),
        "steady_articles_per_second": round(report.steady_articles_per_second, 2),
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "cpus": os.cpu_count(),
    }


def run_on_cluster(paths: list[str], tmp: Path, *, workers: int, chunk_size: int) -> dict[str, Any]:
    """``run`` with ``workers`` actors on a fresh ``workers``-node cluster (one CPU a node)."""
    from geowire.scale.cluster import local_cluster

    with local_cluster(nodes=workers, cpus_per_node=1, temp_dir=tmp / f"cluster-{workers}") as cluster:
        saved = dict(os.environ)
        os.environ.update(cluster.driver_env)  # this process is the driver
        try:
            out = tmp / f"out-{workers}"
            result = run(paths, out, workers=workers, chunk_size=chunk_size, address=cluster.address)
        finally:
            os.environ.clear()
            os.environ.update(saved)
    return {**result, "cluster": f"{workers} node(s), 1 CPU each"}


def run_single(paths: list[str]) -> dict[str, Any]:
    """The single-machine path for comparison: ``ingest_sources`` + ``process_pending``, in memory."""
    from geowire.ingest import ingest_sources
    from geowire.pipeline import process_pending
    from geowire.settings import Settings
    from geowire.store.db import open_store

    settings = Settings()
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    with open_store(None) as store:
        ingested = ingest_sources(store, settings, paths)
        processed = process_pending(store, settings)
    seconds = time.perf_counter() - t0
    return {
        "workers": "single-machine (no Ray, 1 process)",
        "articles": len(ingested.items),
        "events": processed.events,
        "seconds": round(seconds, 2),
        "articles_per_second": round(len(ingested.items) / seconds, 2),
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "cpus": os.cpu_count(),
    }


def _ratios(results: list[dict[str, Any]], key: str) -> dict[str, float]:
    base = results[0][key] or 1.0
    return {f"{results[0]['workers']}->{r['workers']}": round(r[key] / base, 2) for r in results[1:]}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--chunk-size", type=int, default=16)
    parser.add_argument("--baseline", action="store_true", help="also time `geowire ingest` (no Ray)")
    parser.add_argument("--cluster", action="store_true", help="N workers on a real N-node Ray cluster")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="geowire-bench-ray-") as tmp:
        paths = write_shards(make_articles(args.articles), Path(tmp))
        results = [
            run_on_cluster(paths, Path(tmp), workers=w, chunk_size=args.chunk_size)
            if args.cluster
            else run(paths, Path(tmp) / f"out-{w}", workers=w, chunk_size=args.chunk_size)
            for w in args.workers
        ]
        single = run_single(paths) if args.baseline else None
    summary: dict[str, Any] = {
        "results": results,
        "single_machine": single,
        "ratio": _ratios(results, "articles_per_second"),
        "steady_ratio": _ratios(results, "steady_articles_per_second"),
    }
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        for r in results:
            print(
                f"{r['workers']} worker(s) on {r['nodes']} node(s): {r['articles']} articles, "
                f"{r['events']} events in {r['seconds']}s "
                f"= {r['articles_per_second']} articles/s; after {r['startup_seconds']}s of model loading "
                f"{r['steady_articles_per_second']} articles/s (load average {r['load_average'][0]} before, "
                f"{r['load_average'][1]} after, {r['cpus']} CPUs)"
            )
        if single:
            print(
                f"single machine (geowire ingest, 1 process): {single['seconds']}s "
                f"= {single['articles_per_second']} articles/s"
            )
        for k, v in summary["ratio"].items():
            print(f"speed-up {k} workers: {v}x (after model loading: {summary['steady_ratio'][k]}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
