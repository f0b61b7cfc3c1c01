"""Benchmark the model layer on synthetic stores of 10^4 … 10^7 events (issue 12, deliverable 5).

    .venv/bin/python bench/bench_store_scale.py [--sizes 10000,100000,1000000] [--ten-million]
                                                [--batch 10000] [--dir DIR] [--json]

For each size N it builds a store of N events in N/10 processed articles with DuckDB SQL (no
per-row Python), then measures, each step in a fresh process so that its peak RSS is its own:

* ``rebuild``: ``model.build.rebuild_model`` (``geowire rebuild``) over the whole store;
* ``queries``: ``store.model.dyad_series`` (USA–CHN by month), the overview page's data
  (``api.views.overview``: counts, latest occurrences, top dyads) and ``store.model.actor_profile``
  (USA) — median of 5 after one warm-up call;
* ``update``: ``model.build.update_model`` for ``--batch`` new events (``--batch``/10 new
  articles of the store's last week, what an ingest or a ``watch`` cycle hands over), into the
  store and into an empty store; the ratio of the two is the incremental cost's growth.

The synthetic news (deterministic: hashes of the row number, so a batch is the same in both
stores): 60 countries with a Zipf-like skew (USA in ~30% of events, USA–CHN ~7% of dyads), 16
PLOVER categories skewed towards CONSULT/AGREE, five crises (RUS–UKR, ISR–IRN, CHN–TWN, IND–PAK,
USA–VEN) where a quarter of the articles fall in two-week bursts of mostly conflict events, 15%
of events without a recipient, 60% dated by their article, 30% by a clause (day), a few by month,
year or not at all.  The store's span grows with N at ~27,000 events a day (the issue's "a year of
news is ~10M events"), so 10^6 events are ~5 weeks and 10^7 a year.  Triggers come from 6 words per
category and the rest of each sentence from a 300-word vocabulary, so mentions of the same dyad,
category and trigger in overlapping windows cluster, others mostly do not.

Targets (issue 12): update into 10M ≤ 1.5× into empty; dyad series over 10M < 100 ms; overview
< 300 ms; actor profile < 300 ms; rebuild of 1M < 60 s with peak RSS < 2 GB (on 2 cores).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EVENTS_PER_DAY = 27_000
EVENTS_PER_DOC = 10
LAYOUT = "date"  # rows written in date order, as a real ingest; "random": article-number order
COUNTRIES = (
    "USA CHN RUS UKR ISR IRN GBR FRA DEU IND PAK TUR SAU JPN KOR PRK TWN SYR IRQ AFG EGY BRA MEX CAN AUS "
    "POL ITA ESP NGA ZAF ETH SDN YEM LBN PSE VEN CUB COL ARG IDN PHL VNM THA MMR BGD KAZ BLR GEO ARM AZE "
    "SRB HUN ROU GRC NLD BEL SWE NOR FIN QAT"
).split()
CATEGORIES = (  # (category, quad class, score), most frequent first
    ("CONSULT", 1, 1.0), ("AGREE", 1, 2.5), ("ACCUSE", 3, -2.0), ("SUPPORT", 1, 5.0),
    ("COOPERATE", 2, 9.5), ("REQUEST", 3, -1.0), ("THREATEN", 3, -6.0), ("REJECT", 3, -4.0),
    ("AID", 2, 10.0), ("SANCTION", 4, -8.0), ("ASSAULT", 4, -10.0), ("MOBILIZE", 4, -7.0),
    ("PROTEST", 3, -5.0), ("CONCEDE", 1, 4.5), ("COERCE", 4, -9.0), ("RETREAT", 4, 6.0),
)  # fmt: skip
CONFLICT = (2, 6, 9, 10, 11, 14)  # indexes of conflict categories, for crisis articles
CRISES = (("RUS", "UKR"), ("ISR", "IRN"), ("CHN", "TWN"), ("IND", "PAK"), ("USA", "VEN"))


def _sql_list(items: list[str] | tuple[str, ...]) -> str:
    return "[" + ", ".join(f"'{x}'" for x in items) + "]"


def crisis_windows(store_span: int) -> list[tuple[int, int]]:
    """The (first, last) day of each crisis of a store spanning ``store_span`` days."""
    width = max(1, min(14, store_span // 5))
    return [(int(store_span * c), int(store_span * c) + width - 1) for c in (0.1, 0.3, 0.55, 0.7, 0.9)]


def _doc_sql(first: int, count: int, day0: int, span: int, crises: list[tuple[int, int]]) -> str:
    """One row per synthetic article: id, day, outlet; a quarter fall in a crisis window when one
    is within the days it spans."""
    inside = [(lo, hi) for lo, hi in crises if day0 <= lo and hi < day0 + span] or [(day0, day0 + span - 1)]
    starts, widths = [lo for lo, _ in inside], [hi - lo + 1 for lo, hi in inside]
    pick = f"CAST(floor(u(i, 2) * {len(inside)}) AS INT) + 1"
    return f"""
    SELECT i AS n, 'd' || lpad(CAST(i AS VARCHAR), 10, '0') AS id,
           CASE WHEN u(i, 1) < 0.25
               THEN list_extract({starts}, {pick})
                    + CAST(floor(u(i, 3) * list_extract({widths}, {pick})) AS INT)
               ELSE {day0} + CAST(floor(u(i, 3) * {span}) AS INT) END AS day,
           'outlet' || CAST(floor(exp(pow(u(i, 4), 1.5) * ln(51))) AS INT) AS outlet
    FROM range({first}, {first + count}) t(i)"""


def _word_macro() -> str:
    """``w(k)``: the k-th pseudo-word (consonant-vowel letters, distinct in their first 5 letters
    for k < 68,600, so distinct triggers never share the clusterer's 5-letter trigger prefix)."""
    c, v = "'bdfgklmnprstvz'", "'aeiou'"
    parts = []
    for i, (alphabet, size) in enumerate(((c, 14), (v, 5), (c, 14), (v, 5), (c, 14), (v, 5))):
        div = 1
        for _, s in ((c, 14), (v, 5), (c, 14), (v, 5), (c, 14), (v, 5))[:i]:
            div *= s
        parts.append(f"substr({alphabet}, CAST((k // {div}) % {size} AS INT) + 1, 1)")
    return "CREATE OR REPLACE TEMP MACRO w(k) AS " + " || ".join(parts)


def _event_sql(crises: list[tuple[int, int]]) -> str:
    """One row per synthetic event mention of the articles in ``syn_docs`` (10 each).

    Each mention reports a real-world event ``e`` of the article's day or the two before (about two
    mentions per event): what happened (category, actor, recipient, trigger, content words, day)
    hashes ``e``; how it is reported (sector, date source, modality) hashes the mention ``j``."""
    n = len(COUNTRIES)
    real_per_day = int(os.environ.get("GEOWIRE_BENCH_EVENTS_PER_DAY", EVENTS_PER_DAY)) // 2
    rank = "least({n} - 1, CAST(floor(exp(pow({u}, 1.5) * ln({n} + 1))) AS INT) - 1)"
    a_rank = rank.format(n=n, u="u(e, 11)")
    r_rank = rank.format(n=n, u="u(e, 12)")
    cat_rank = "least(15, CAST(floor(exp(pow(u(e, 16), 1.2) * ln(17))) AS INT) - 1)"
    crisis_pairs = [list(c) for c in CRISES]
    crisis_of = (
        "CASE "
        + " ".join(
            f"WHEN e // {real_per_day} - 2 BETWEEN {lo} AND {hi} THEN {i}"
            for i, (lo, hi) in enumerate(crises)
        )
        + " ELSE -1 END"
    )
    content = " || ' ' || ".join(f"w(68600 + CAST(floor(u(e, {20 + m}) * 20000) AS INT))" for m in range(6))
    return f"""
    WITH mention AS (
      SELECT j, d.id AS doc_id, d.published,
        d.day * {real_per_day} + CAST(floor(u(j, 40) * {3 * real_per_day}) AS BIGINT) AS e
      FROM range(?, ?) t(j) JOIN syn_docs d ON d.n = j // {EVENTS_PER_DOC}
    ), base AS (
      SELECT *, DATE '2024-01-01' + CAST(e // {real_per_day} AS INT) - 2 AS day,
        {crisis_of} AS k
      FROM mention
    ), real AS (
      SELECT *, (k >= 0 AND u(e, 13) < 0.6) AS in_crisis, {a_rank} AS ar, {r_rank} AS rr,
        u(e, 15) < 0.15 AS no_recipient,
        CASE WHEN k >= 0 AND u(e, 13) < 0.6
             THEN list_extract({list(CONFLICT)}, CAST(floor(u(e, 17) * {len(CONFLICT)}) AS INT) + 1)
             ELSE {cat_rank} END AS ci,
        u(j, 18) AS ds, u(j, 19) AS sec, u(j, 30) AS md
      FROM base
    ), coded AS (
      SELECT *,
        CASE WHEN in_crisis THEN list_extract(list_extract({crisis_pairs}, k + 1),
                 CASE WHEN u(e, 14) < 0.5 THEN 1 ELSE 2 END)
             ELSE list_extract({_sql_list(COUNTRIES)}, ar + 1) END AS a,
        CASE WHEN in_crisis THEN list_extract(list_extract({crisis_pairs}, k + 1),
                 CASE WHEN u(e, 14) < 0.5 THEN 2 ELSE 1 END)
             WHEN no_recipient THEN NULL
             ELSE list_extract({_sql_list(COUNTRIES)},
                               (CASE WHEN rr = ar THEN (rr + 1) % {n} ELSE rr END) + 1)
             END AS r,
        w(CAST(floor(u(e, 17) * 68600) AS INT)) || 's' AS trig,
        {content} AS rest
      FROM real
    )
    SELECT 'ev' || lpad(CAST(j AS VARCHAR), 14, '0'), doc_id, j % {EVENTS_PER_DOC},
      a || ' ' || trig || ' ' || coalesce(r, 'them') || ' ' || rest, 0,
      list_extract({_sql_list([c for c, _, _ in CATEGORIES])}, ci + 1), NULL, []::VARCHAR[], 4, 9, trig,
      '[{{"code": "' || a || '", "sector": ' || CASE WHEN sec < 0.5 THEN '"GOV"' WHEN sec < 0.7 THEN '"MIL"'
          ELSE 'null' END || ', "entity_text": "' || a || '", "kind": "country"}}]',
      CASE WHEN r IS NULL THEN '[]'
           ELSE '[{{"code": "' || r || '", "sector": null, "entity_text": "' || r
                || '", "kind": "country"}}]' END,
      [a], CASE WHEN r IS NULL THEN []::VARCHAR[] ELSE [r] END,
      CASE WHEN ds < 0.6 THEN published WHEN ds < 0.995 THEN day ELSE NULL END,
      CASE WHEN ds < 0.9 THEN 'day' WHEN ds < 0.97 THEN 'month' WHEN ds < 0.995 THEN 'year' ELSE NULL END,
      CASE WHEN ds < 0.6 THEN 'publication' WHEN ds < 0.995 THEN 'clause' ELSE 'unknown' END,
      NULL, NULL,
      list_extract({[q for _, q, _ in CATEGORIES]}, ci + 1),
      list_extract({[s for _, _, s in CATEGORIES]}, ci + 1),
      CASE WHEN md < 0.9 THEN 'asserted' WHEN md < 0.95 THEN 'hypothetical' ELSE 'negated' END,
      false, md < 0.9, 0.8, 'synthetic', []::VARCHAR[]
    FROM coded"""


_EVENT_COLUMNS = 28  # what _event_sql selects, in the order of migration 003 and the ones before 011


def populate(path: str, first_event: int, n_events: int, *, day0: int, span: int, store_span: int) -> None:
    """Insert ``n_events`` synthetic events (and their articles) numbered from ``first_event``."""
    from geowire.store.db import open_store

    store = open_store(path)
    with store.transaction() as con:
        con.execute(
            "CREATE OR REPLACE TEMP MACRO u(i, k) AS (hash(i * 7919 + k * 104729) % 1000003) / 1000003.0"
        )
        first_doc, n_docs = first_event // EVENTS_PER_DOC, -(-n_events // EVENTS_PER_DOC)
        con.execute(_word_macro())
        con.execute(
            "CREATE OR REPLACE TEMP TABLE syn_docs AS SELECT *, DATE '2024-01-01' + day AS published"
            f" FROM ({_doc_sql(first_doc, n_docs, day0, span, crisis_windows(store_span))})"
        )
        con.execute(
            "INSERT INTO documents (id, content_hash, title, outlet, published, published_source, language,"
            " ingested_at, status, text, n_words) SELECT id, id, 'synthetic', outlet, published, 'metadata',"
            " 'en', now(), 'processed', 'synthetic article', 500 FROM syn_docs" + _order("published, n")
        )
        # the synthetic rows give the first columns of `events`; later migrations' columns
        # (event places, …) stay NULL
        names = con.execute(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_name = 'events' ORDER BY ordinal_position"
        ).fetchall()
        columns = [r[0] for r in names][:_EVENT_COLUMNS]
        con.execute(
            f"INSERT INTO events ({', '.join(columns)}) {_event_sql(crisis_windows(store_span))}"
            + _order("published, j"),
            [first_event, first_event + n_events],
        )
        con.execute("DROP TABLE syn_docs")
    store.close()


def _order(keys: str) -> str:
    """The rows' insertion order: by publication date, as a real ingest writes them (the default),
    or in article-number order with random days (``GEOWIRE_BENCH_LAYOUT=random``, the layout of the
    figures before 2026-12-05: a period's events spread over every row group)."""
    return "" if os.environ.get("GEOWIRE_BENCH_LAYOUT", LAYOUT) == "random" else f" ORDER BY {keys}"


def span_days(n_events: int) -> int:
    per_day = int(os.environ.get("GEOWIRE_BENCH_EVENTS_PER_DAY", EVENTS_PER_DAY))
    return max(7, n_events // per_day)


# --- steps, each run in its own process ---------------------------------------------------------------


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def step_generate(path: str, n: int) -> dict[str, Any]:
    t = time.perf_counter()
    populate(path, 0, n, day0=0, span=span_days(n), store_span=span_days(n))
    return {"generate_s": round(time.perf_counter() - t, 2)}


def _children_cpu() -> float:
    """CPU seconds of this process's ended children (a rebuild's clustering workers)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def step_rebuild(path: str, n: int) -> dict[str, Any]:
    from geowire.model.build import rebuild_model
    from geowire.store.db import open_store

    store = open_store(path)
    t = time.perf_counter()
    cpu = time.process_time() + _children_cpu()
    report = rebuild_model(store)
    elapsed, cpu = time.perf_counter() - t, time.process_time() + _children_cpu() - cpu
    dyads = store.scalar("SELECT count(*) FROM occurrence_dyads WHERE level = 'country'")
    usa_chn = store.scalar(
        "SELECT count(*) FROM occurrence_dyads WHERE level = 'country' AND least(source, target) = 'CHN'"
        " AND greatest(source, target) = 'USA'"
    )
    store.close()
    return {
        "rebuild_s": round(elapsed, 2),
        "rebuild_cpu_s": round(cpu, 2),
        "rebuild_peak_rss_mb": round(_peak_mb()),
        "occurrences": report.occurrences,
        "country_dyad_rows": dyads,
        "usa_chn_rows": usa_chn,
    }


def _median_ms(fn: Any, runs: int = 5) -> float:
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return round(statistics.median(times) * 1000, 1)


def step_queries(path: str, n: int) -> dict[str, Any]:
    from geowire.api.views import overview
    from geowire.store.db import open_store
    from geowire.store.model import actor_profile, dyad_series

    store = open_store(path, read_only=True)
    return {
        "dyad_series_ms": _median_ms(lambda: dyad_series(store, a="USA", b="CHN", by="month")),
        "overview_ms": _median_ms(lambda: overview(store)),
        "actor_profile_ms": _median_ms(lambda: actor_profile(store, "USA")),
    }


def _timed_update(
    path: str, first: int, batch: int, *, day0: int, store_span: int
) -> tuple[float, float, int]:
    """Wall and CPU seconds (all threads) of ``update_model`` for ``batch`` new events, and their
    documents."""
    from geowire.model.build import update_model
    from geowire.store.db import open_store

    populate(path, first, batch, day0=day0, span=7, store_span=store_span)
    store = open_store(path)
    docs = [r["id"] for r in store.query("SELECT id FROM documents WHERE id >= ?", [f"d{first // 10:010d}"])]
    t, cpu = time.perf_counter(), time.process_time()
    update_model(store, docs)
    elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
    store.close()
    return elapsed, cpu, len(docs)


def step_update(path: str, n: int, batch: int) -> dict[str, Any]:
    from geowire.model.build import date_bounds, default_language, model_lexicon, place_names

    lang = default_language()  # what an ingest or watch process loads once, not a cost of each update
    place_names(lang=lang)
    model_lexicon(lang)
    date_bounds(lang)
    day0 = span_days(n) - 3  # the newest news: the store's last days and the next few
    into_store, cpu_store, docs = _timed_update(path, n, batch, day0=day0, store_span=span_days(n))
    with tempfile.TemporaryDirectory() as tmp:
        into_empty, cpu_empty, _ = _timed_update(
            str(Path(tmp) / "empty.duckdb"), n, batch, day0=day0, store_span=span_days(n)
        )
    return {
        "update_docs": docs,
        "update_events": batch,
        "update_s": round(into_store, 3),
        "update_empty_s": round(into_empty, 3),
        "update_ratio": round(into_store / into_empty, 2),
        "update_cpu_s": round(cpu_store, 3),
        "update_empty_cpu_s": round(cpu_empty, 3),
        "update_cpu_ratio": round(cpu_store / cpu_empty, 2),
        "update_per_1000_events_s": round(into_store / batch * 1000, 3),
    }


STEPS: dict[str, Any] = {
    "generate": step_generate,
    "rebuild": step_rebuild,
    "queries": step_queries,
    "update": step_update,
}


def _run_step(step: str, path: str, n: int, batch: int) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--step", step, "--path", path, "--n", str(n), "--batch", str(batch)]
    cmd += ["--events-per-day", os.environ["GEOWIRE_BENCH_EVENTS_PER_DAY"]]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def measure(n: int, directory: Path, batch: int) -> dict[str, Any]:
    path = str(directory / f"store_{n}.duckdb")
    row: dict[str, Any] = {"events": n, "days": span_days(n)}
    for step in ("generate", "rebuild", "queries", "update"):
        row |= _run_step(step, path, n, batch)
        row[f"{step}_peak_rss_mb"] = row.get(f"{step}_peak_rss_mb") or None
        print(
            f"  {n:>9,} {step}: {json.dumps({k: v for k, v in row.items() if v is not None})}",
            file=sys.stderr,
        )
    Path(path).unlink(missing_ok=True)
    return {k: v for k, v in row.items() if v is not None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--ten-million", action="store_true", help="also measure 10^7 events")
    parser.add_argument("--batch", type=int, default=10_000, help="new events per incremental update")
    parser.add_argument("--dir", type=Path, default=None, help="where the stores go (default: a temp dir)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--events-per-day", type=int, default=EVENTS_PER_DAY, help="news density (span = N / this)"
    )
    parser.add_argument(
        "--layout",
        choices=("date", "random"),
        default=os.environ.get("GEOWIRE_BENCH_LAYOUT", LAYOUT),
        help="rows in date order as a real ingest (default), or in article-number order with random days",
    )
    parser.add_argument("--step", choices=sorted(STEPS), help=argparse.SUPPRESS)
    parser.add_argument("--path", help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ["GEOWIRE_BENCH_EVENTS_PER_DAY"] = str(args.events_per_day)
    os.environ["GEOWIRE_BENCH_LAYOUT"] = args.layout  # the steps' processes inherit it
    if args.step:
        fn = STEPS[args.step]
        result = fn(args.path, args.n, args.batch) if args.step == "update" else fn(args.path, args.n)
        print(json.dumps(result | {f"{args.step}_peak_rss_mb": round(_peak_mb())}, default=str))
        return
    sizes = [int(s) for s in args.sizes.split(",")] + ([10_000_000] if args.ten_million else [])
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        rows = [measure(n, Path(tmp), args.batch) for n in sizes]
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    keys = [k for k in rows[0] if k != "events"]
    print("events".rjust(12) + "".join(k.rjust(max(12, len(k) + 2)) for k in keys))
    for r in rows:
        print(f"{r['events']:>12,}" + "".join(str(r.get(k)).rjust(max(12, len(k) + 2)) for k in keys))


if __name__ == "__main__":
    main()
