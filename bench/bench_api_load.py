"""Load test of the API: 50 clients x 40 requests on loopback against a 300-document store.

    .venv/bin/python bench/bench_api_load.py [--docs 300] [--clients 50] [--requests 40]
        [--workers N] [--store PATH] [--json]

Builds (once, kept at ``--store``) a store of ``--docs`` generated dispatches ingested and coded
by the real pipeline (``geowire ingest``), starts ``geowire serve --workers N`` on a free
loopback port (each worker process opens the store read-only per request: DuckDB admits many
readers, issue 12), and has ``--clients`` threads each send ``--requests`` GETs cycling through
the JSON API (overview, documents, a document, events, an event, actors, dyads, network,
agreements, statements) and two HTML pages.  Printed: errors (non-2xx or no answer), requests
per second and latency p50 / p90 / p99 / max.  Issue 14's target: 0 errors, p99 < 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

COUNTRIES = (
    "France", "Germany", "India", "Japan", "Brazil", "Kenya", "Turkey", "Poland", "Egypt", "Chile",
    "Vietnam", "Norway", "Mexico", "Nigeria", "Indonesia", "Canada",
)  # fmt: skip
SENTENCES = (
    "{a} and {b} signed a defence cooperation agreement in {city} on {day}.",
    "{a} accused {b} of violating its airspace, the foreign ministry said on {day}.",
    "The president of {a} met the prime minister of {b} to discuss trade on {day}.",
    "{a} expelled two diplomats from {b} after the incident on {day}.",
    "{a} will deliver 12 howitzers to {b} next year, officials said.",
    "{a} praised {b} for its help during the floods, a spokesman said on {day}.",
)
GEOWIRE = str(Path(sys.executable).parent / "geowire")  # the installed command beside this Python
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def dispatch(i: int) -> str:
    """A dated markdown dispatch, distinct for every ``i``."""
    a, b = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i * 7 + 3) % len(COUNTRIES)]
    if a == b:
        b = COUNTRIES[(i + 1) % len(COUNTRIES)]
    body = " ".join(
        SENTENCES[(i + k) % len(SENTENCES)].format(a=a, b=b, city=f"the capital ({i})", day=DAYS[(i + k) % 5])
        for k in range(3)
    )
    month, day = 1 + i % 12, 1 + i % 28
    front = f'title: "Dispatch {i}: {a} and {b}"\noutlet: Wire {i % 5}\npublished: 2025-{month:02d}-{day:02d}'
    return f"---\n{front}\n---\n{body} Talks in round {i} went on.\n"


def build_store(store: Path, n_docs: int) -> float:
    """Ingest and code ``n_docs`` dispatches into ``store`` (skipped when it exists)."""
    if store.exists():  # kept from an earlier run: migrated (and repaired) by a writing command
        subprocess.run(
            [GEOWIRE, "check", "--repair", "--db", str(store)], check=True, stdout=subprocess.DEVNULL
        )
        return 0.0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n_docs):
            (Path(tmp) / f"{i:04d}.md").write_text(dispatch(i), encoding="utf-8")
        subprocess.run(
            [GEOWIRE, "ingest", tmp, "--db", str(store), "--json"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    subprocess.run([GEOWIRE, "checkpoint", "--db", str(store)], check=True)
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(store: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    cmd = [GEOWIRE, "serve", "--db", str(store), "--port", str(port)]
    server = subprocess.Popen([*cmd, "--workers", str(workers)], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/overview", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def targets(base: str) -> list[str]:
    """The URLs the clients cycle through (ids taken from the store through the API)."""
    doc = httpx.get(f"{base}/api/documents", timeout=10).json()["items"][0]["id"]
    event = httpx.get(f"{base}/api/events?limit=1", timeout=10).json()["items"][0]["id"]
    return [
        "/api/overview", "/api/documents", f"/api/documents/{doc}", "/api/events?limit=50",
        f"/api/events/{event}", "/api/actors", "/api/dyads", "/api/network", "/api/agreements",
        "/api/statements", "/documents", "/events",
    ]  # fmt: skip


def client(base: str, paths: list[str], n: int, offset: int, out: list[tuple[float, bool]]) -> None:
    with httpx.Client(base_url=base, timeout=30, headers={"accept": "application/json"}) as http:
        for k in range(n):
            path = paths[(offset + k) % len(paths)]
            started = time.perf_counter()
            try:
                ok = http.get(path).status_code < 300
            except httpx.HTTPError:
                ok = False
            out.append((time.perf_counter() - started, ok))


def load(base: str, clients: int, requests: int) -> dict[str, Any]:
    paths = targets(base)
    results: list[list[tuple[float, bool]]] = [[] for _ in range(clients)]
    threads = [
        threading.Thread(target=client, args=(base, paths, requests, i, results[i])) for i in range(clients)
    ]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    times = sorted(t for r in results for t, _ in r)
    errors = sum(1 for r in results for _, ok in r if not ok)
    q = statistics.quantiles(times, n=100)
    return {
        "requests": len(times),
        "errors": errors,
        "wall_s": round(wall, 2),
        "rps": round(len(times) / wall, 1),
        "p50_ms": round(q[49] * 1000, 1),
        "p90_ms": round(q[89] * 1000, 1),
        "p99_ms": round(q[98] * 1000, 1),
        "max_ms": round(times[-1] * 1000, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--workers", type=int, default=max(2, os.cpu_count() or 2))
    parser.add_argument(
        "--store", type=Path, default=Path(tempfile.gettempdir()) / "geowire-bench-api.duckdb"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    built = build_store(args.store, args.docs)
    port = free_port()
    server = start_server(args.store, port, args.workers)
    try:
        result = load(f"http://127.0.0.1:{port}", args.clients, args.requests)
    finally:
        server.terminate()
        server.wait(timeout=30)
    result.update(docs=args.docs, clients=args.clients, workers=args.workers, store_build_s=round(built, 1))
    if args.json:
        print(json.dumps(result))
        return
    print(
        f"{result['clients']} clients x {args.requests} requests, {args.workers} server workers, "
        f"{args.docs}-document store: {result['requests']} requests, {result['errors']} errors, "
        f"{result['rps']} req/s, p50 {result['p50_ms']} ms, p90 {result['p90_ms']} ms, "
        f"p99 {result['p99_ms']} ms, max {result['max_ms']} ms"
    )


if __name__ == "__main__":
    main()
