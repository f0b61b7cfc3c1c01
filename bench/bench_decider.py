"""The learned decision stage's share of the pipeline's time, in one run.

    .venv/bin/python bench/bench_decider.py [--words 40000]

The seed-derived corpus of bench_pipeline.py is annotated once (spaCy, actors, dates); then the
coder runs over every document three ways, timed apart: the rule stages alone (``coder=rules``),
the candidate search with features (what the learned stage adds before deciding), and the whole
learned coder (candidates + decisions). Printed: milliseconds per article for each, and the
learned coder's share of a full pipeline pass (annotation + actors + dates + coding). "Decisions
alone" is the time inside ``decide`` (scoring and selecting), less the kept events' completion
(place, context, explanation) it calls back: timed directly, since the learned coder completes
only the kept events and its difference from the candidates-only pass is no measure of it.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from bench_pipeline import build_corpus

import geowire.coding.decide as decide_module
from geowire.actors.resolve import resolve_mentions
from geowire.coding.coder import EventCoder
from geowire.nlp.dates import extract_dates
from geowire.pipeline import Analyzer
from geowire.settings import Settings
from geowire.types import DocContext


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=40_000)
    a = ap.parse_args()
    texts = build_corpus(a.words, 800)
    analyzer = Analyzer(Settings(coder="rules"))
    items = [(DocContext(doc_id=f"b{i}", published=None), t) for i, t in enumerate(texts)]
    t0 = time.process_time()
    prepared = []
    for ctx, ann in analyzer.annotator.pipe(items):
        mentions = resolve_mentions(ann.doc, ctx, analyzer.kb, analyzer.lang, sentences=ann.sentences)
        dates = extract_dates(ann.doc, ctx.published, sentences=ann.sentences, lang=analyzer.lang)
        prepared.append((ctx, ann, mentions, dates))
    annotate = time.process_time() - t0
    rules = EventCoder(analyzer.kb, Settings(coder="rules"), analyzer.lang)
    learned = EventCoder(analyzer.kb, Settings(coder="learned"), analyzer.lang)

    def run(fn) -> float:  # noqa: ANN001
        t = time.process_time()
        for ctx, ann, mentions, dates in prepared:
            fn(ann.doc, ctx, sentences=ann.sentences, mentions=mentions, dates=dates)
        return time.process_time() - t

    t_rules = run(rules.code)
    t_cands = run(learned.code_candidates)
    deciding = _timed_decisions()
    t_learned = run(learned.code)
    n = len(prepared)
    per = {k: 1000 * v / n for k, v in
           {"annotate+actors+dates": annotate, "rules coder": t_rules, "candidates+features": t_cands,
            "learned coder": t_learned}.items()}  # fmt: skip
    for k, v in per.items():
        print(f"{k:24s} {v:7.1f} ms/article")
    total = annotate + t_learned
    print(
        f"{n} articles; learned coder = {100 * t_learned / total:.1f}% of annotate+actors+dates+code "
        f"(rules coder {100 * t_rules / (annotate + t_rules):.1f}%); decisions alone "
        f"{1000 * deciding[0] / n:.1f} ms/article"
    )


def _timed_decisions() -> list[float]:
    """Patch ``decide`` (the coder imports it at each call) to add its CPU seconds, less the
    ``finish`` callbacks it makes, to the returned one-item list."""
    real = decide_module.decide
    spent = [0.0]

    def timed(*args: Any, finish: Callable[[Any], Any] | None = None, **kwargs: Any) -> Any:
        done = [0.0]

        def timed_finish(event: Any) -> Any:
            t = time.process_time()
            try:
                return finish(event)  # type: ignore[misc]  # only passed when given
            finally:
                done[0] += time.process_time() - t

        t = time.process_time()
        kept = real(*args, finish=timed_finish if finish is not None else None, **kwargs)
        spent[0] += time.process_time() - t - done[0]
        return kept

    decide_module.decide = timed
    return spent


if __name__ == "__main__":
    main()
