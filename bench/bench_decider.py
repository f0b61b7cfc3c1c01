"""The learned decision stage's share of the pipeline's time, in one run.

    .venv/bin/python bench/bench_decider.py [--words 40000]

The seed-derived corpus of bench_pipeline.py is annotated once (spaCy, actors, dates); then the
coder runs over every document three ways, timed apart: the rule stages alone (``coder=rules``),
the candidate search with features (what the learned stage adds before deciding), and the whole
learned coder (candidates + decisions). Printed: milliseconds per article for each, and the
learned coder's share of a full pipeline pass (annotation + actors + dates + coding).
"""

from __future__ import annotations

import argparse
import time

from bench_pipeline import build_corpus

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
        f"{1000 * (t_learned - t_cands) / n:.1f} ms/article"
    )


if __name__ == "__main__":
    main()
