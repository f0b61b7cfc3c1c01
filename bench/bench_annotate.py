"""Benchmark the annotate stage against bare spaCy parsing of the same text, in one run.

    .venv/bin/python bench/bench_annotate.py [--words 50000] [--rounds 3] [--json]

The text is the seed articles (read from ../shared/corpus/seeds at run time) repeated until it
holds at least ``--words`` words.  Each measurement runs in a fresh process (so peak RSS is that
measurement's own): bare ``nlp.pipe`` over the texts, then our stage — ``Annotator.pipe`` (with
the ``geowire_blocks_v1`` component) + ``resolve_mentions`` + ``extract_dates`` +
``extract_quantities``.  Model and knowledge-base loading happen before the clock starts; each
side is measured ``--rounds`` times, alternating, and the round with the least CPU time is kept.
CPU time (``time.process_time``) is the headline ratio because it is far less disturbed than wall
time by other work on a shared machine; both are printed.  Target: our stage
no more than 15% slower than bare spaCy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing as mp
import resource
import sys
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "seeds"


def corpus(min_words: int) -> list[str]:
    """The seed texts repeated until they hold at least ``min_words`` words."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no seed texts under {SEEDS}")
    out: list[str] = []
    while sum(len(t.split()) for t in out) < min_words:
        out.extend(texts)
    return out


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def run_bare(texts: list[str], batch_size: int) -> dict[str, float]:
    from geowire.lang import load_language
    from geowire.nlp.annotate import load_pipeline
    from geowire.settings import Settings

    settings = Settings()
    nlp = load_pipeline(load_language(settings.language), model=settings.spacy_model)
    list(nlp.pipe(texts[:1]))  # warm-up
    t0, c0 = time.perf_counter(), time.process_time()
    n_tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    return {
        "seconds": time.perf_counter() - t0,
        "cpu_seconds": time.process_time() - c0,
        "tokens": n_tokens,
        "peak_rss_mb": _peak_rss_mb(),
    }


def run_stage(texts: list[str], batch_size: int) -> dict[str, float]:
    from geowire.actors.kb import load_kb
    from geowire.actors.resolve import resolve_mentions
    from geowire.lang import load_language
    from geowire.nlp.annotate import Annotator
    from geowire.nlp.dates import extract_dates
    from geowire.nlp.quantities import extract_quantities
    from geowire.settings import Settings
    from geowire.types import DocContext

    settings = Settings(batch_size=batch_size)
    lang = load_language(settings.language)
    kb = load_kb(settings, lang)
    annotator = Annotator(settings, lang)
    published = dt.date(2026, 1, 6)

    def stage(items: list[tuple[DocContext, str]]) -> tuple[int, int]:
        n_tokens = n_mentions = 0
        for ctx, a in annotator.pipe(items):
            mentions = resolve_mentions(a.doc, ctx, kb, lang, sentences=a.sentences)
            extract_dates(a.doc, ctx.published, sentences=a.sentences, lang=lang)
            extract_quantities(a.doc, sentences=a.sentences, lang=lang)
            n_tokens += len(a.doc)
            n_mentions += len(mentions)
        return n_tokens, n_mentions

    stage([(DocContext("warm", published), texts[0])])  # warm-up: builds the gazetteer
    items = [(DocContext(f"d{i}", published), t) for i, t in enumerate(texts)]
    t0, c0 = time.perf_counter(), time.process_time()
    n_tokens, n_mentions = stage(items)
    return {
        "seconds": time.perf_counter() - t0,
        "cpu_seconds": time.process_time() - c0,
        "tokens": n_tokens,
        "mentions": n_mentions,
        "peak_rss_mb": _peak_rss_mb(),
    }


def _in_fresh_process(fn_name: str, texts: list[str], batch_size: int) -> dict[str, float]:
    ctx = mp.get_context("spawn")
    with ctx.Pool(1) as pool:
        return pool.apply(globals()[fn_name], (texts, batch_size))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=50_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    texts = corpus(args.words)
    words = sum(len(t.split()) for t in texts)
    best: dict[str, dict[str, float]] = {}
    for _ in range(args.rounds):
        for name in ("run_bare", "run_stage"):
            r = _in_fresh_process(name, texts, args.batch_size)
            if name not in best or r["cpu_seconds"] < best[name]["cpu_seconds"]:
                best[name] = r
    bare, ours = best["run_bare"], best["run_stage"]
    result = {
        "documents": len(texts),
        "words": words,
        "rounds": args.rounds,
        "bare_spacy": {
            "words_per_s": words / bare["seconds"],
            "words_per_cpu_s": words / bare["cpu_seconds"],
            "peak_rss_mb": bare["peak_rss_mb"],
        },
        "annotate_stage": {
            "words_per_s": words / ours["seconds"],
            "words_per_cpu_s": words / ours["cpu_seconds"],
            "peak_rss_mb": ours["peak_rss_mb"],
            "mentions": ours["mentions"],
        },
        "slowdown_cpu": ours["cpu_seconds"] / bare["cpu_seconds"] - 1,
        "slowdown_wall": ours["seconds"] / bare["seconds"] - 1,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{len(texts)} documents, {words} words, best of {args.rounds} rounds")
        for label, key, r in (
            ("bare spaCy nlp.pipe", "bare_spacy", bare),
            ("annotate stage", "annotate_stage", ours),
        ):
            print(
                f"{label:20}: {result[key]['words_per_s']:7.0f} words/s wall, "
                f"{result[key]['words_per_cpu_s']:7.0f} words/CPU-s, peak RSS {r['peak_rss_mb']:6.1f} MB"
            )
        print(
            f"stage / bare CPU time : {ours['cpu_seconds'] / bare['cpu_seconds']:.3f} "
            f"({result['slowdown_cpu']:+.1%}; target <= +15%)"
        )
        print(
            f"stage / bare wall time: {ours['seconds'] / bare['seconds']:.3f} "
            f"({result['slowdown_wall']:+.1%})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
