"""Both coders on an authored-corpus split cut into one document per sentence (no article context).

    PYTHONPATH=src .venv/bin/python scripts/isolated_sentences.py [--split dev] [--model FILE]

GSR-style sets code single sentences; the decider is trained on whole articles, where pronouns
have antecedents and implied recipients (the previous subject, the article's main party) give
more readings per trigger. This measures, under the corpus's own guidelines, what the decider
loses without that context (issue 11, gsr5; docs/learned.md, "Why the learned coder loses on
GSR"): every sentence of the split's documents becomes a document with the gold events of that
sentence, and the rule coder and the learned coder are scored as ``geowire train`` scores them,
at a sweep of store thresholds. The test split is refused: it is never inspected.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from geowire.coding.corpus import CorpusDoc, read_corpus
from geowire.coding.decide import load_decider
from geowire.coding.matching import Matcher, group_countries
from geowire.coding.train import _decided, collect, score_docs
from geowire.pipeline import Analyzer
from geowire.settings import Settings
from geowire.types import DocContext


def sentence_docs(docs: list[CorpusDoc], settings: Settings) -> list[CorpusDoc]:
    """Each sentence of ``docs`` (as the pipeline splits them) as a document with its gold events."""
    analyzer = Analyzer(settings.with_overrides(coder="rules"))
    by_id = {d.id: d for d in docs}
    items = [(DocContext(doc_id=d.id, published=d.published, title=d.title), d.text) for d in docs]
    out = []
    for p in analyzer.prepare(items):
        d = by_id[p.ctx.doc_id]
        for s in p.annotated.sentences:
            text = s.text.strip()
            if not text:
                continue
            gold = tuple(dataclasses.replace(g, doc=f"{d.id}#{s.index}") for g in d.gold
                         if g.sentence in text or (len(text) > 20 and text in g.sentence))  # fmt: skip
            out.append(dataclasses.replace(d, id=f"{d.id}#{s.index}", title="", text=text, gold=gold,
                                           fixed_split=d.split))  # fmt: skip
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("train", "dev"), default="dev")
    ap.add_argument("--model", type=Path, help="decider artefact (default: the shipped one)")
    args = ap.parse_args()
    settings = Settings()
    decider = load_decider(args.model)
    matcher = Matcher(group_countries())
    docs = sentence_docs([d for d in read_corpus() if d.split == args.split], settings)
    collected = collect(docs, settings)
    print(f"{args.split}, one document per sentence: {len(docs)} documents,"
          f" {sum(len(d.gold) for d in docs)} gold events")  # fmt: skip
    rows = [("rules", score_docs(collected, lambda dc: dc.rules, matcher))]
    for t in sorted({0.15, 0.2, 0.25, 0.3, 0.35, decider.store_threshold, decider.min_confidence}):
        rows.append((f"learned at {t:.2f}", score_docs(collected, _decided(decider, t), matcher)))
    for name, s in rows:
        p, r, f1 = s["precision"], s["recall"], s["f1"]
        print(f"  {name:<18} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  ({s['system']} events)")


if __name__ == "__main__":
    main()
