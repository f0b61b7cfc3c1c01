"""Sentences of the authored corpus to review for unannotated non-asserted events.

    PYTHONPATH=src .venv/bin/python scripts/modal_review.py [--split train|dev] [--unmatched] [--json FILE]

Lists, for the train and dev documents only (never the test split), the sentences where the rule
stages propose a candidate (``Analyzer.candidates``) that carries a cue of a non-asserted act — the
rules read it as future, hypothetical or negated, or a hedge word of the language pack ("could",
"would", "not", "if"…) is an auxiliary, negation, marker or adverb of the words governing the
trigger (``mctx=aux:could``), or it carries a conditional veto or a question mark — and no gold
event stands in that sentence. With ``--unmatched``, sentences that hold gold events are listed
too when a cue-bearing candidate matches none of them (the news scorer's rules,
:class:`geowire.coding.matching.Matcher`).

It is a reading list for annotators, not a rule: each listed sentence is read against
``../shared/eval/news_dev/GUIDELINES.md`` (planned, threatened, possible, conditional, denied or
negated acts between actors are events with their modality; the writer's predictions, opinions and
questions are not) and the corpus is corrected by hand.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from geowire.coding.corpus import CORPUS_DIR, CorpusDoc, read_corpus
from geowire.coding.matching import Matcher, group_countries, same_sentence
from geowire.coding.train import sys_event
from geowire.pipeline import Analyzer
from geowire.settings import Settings
from geowire.types import DocContext, Event

_CUE_FEATURES = frozenset({"question", "veto=conditional"})


@dataclass(frozen=True)
class Flagged:
    """One sentence to review: its document, split, text and the cue-bearing candidates."""

    doc: str
    split: str
    sentence: str
    has_gold: bool
    candidates: tuple[str, ...]


def cues_of(event: Event, features: tuple[str, ...], hedges: frozenset[str]) -> list[str]:
    """The non-asserted cues a candidate carries: its rule modality, a conditional veto, a question
    mark, and a hedge word of the language pack ("could", "not", "if"…) among the auxiliaries,
    negations, markers and adverbs of the words governing its trigger (``mctx=dep:lemma``)."""
    cues = [f"mod={event.modality}"] if event.modality != "asserted" else []
    cues += [f for f in features if f in _CUE_FEATURES]
    cues += [f for f in features if f.startswith("mctx=") and f.rpartition(":")[2] in hedges]
    return cues


def _describe(event: Event, cues: list[str]) -> str:
    actors = ",".join(a.code or "?" for a in event.actors)
    recipients = ",".join(r.code or "?" for r in event.recipients)
    return f"{event.category}:{event.trigger.text!r}({actors}->{recipients}) [{' '.join(sorted(set(cues)))}]"


def flag_doc(doc: CorpusDoc, cands: list[tuple[Event, tuple[str, ...]]], matcher: Matcher, *,
             hedges: frozenset[str], unmatched: bool) -> list[Flagged]:  # fmt: skip
    """The sentences of one document to review (see the module docstring)."""
    by_sentence: dict[str, list[tuple[Event, list[str]]]] = {}
    for event, features in cands:
        cues = cues_of(event, features, hedges)
        if cues:
            by_sentence.setdefault(event.sentence, []).append((event, cues))
    out: list[Flagged] = []
    for sentence, flagged in by_sentence.items():
        gold = [g for g in doc.gold if same_sentence(g, sys_event(flagged[0][0]))]
        if gold and not unmatched:
            continue
        left = [(e, c) for e, c in flagged if not any(matcher.compatible(g, sys_event(e)) for g in gold)]
        if left:
            described = tuple(_describe(e, c) for e, c in left)
            out.append(Flagged(doc.id, doc.split, sentence.strip(), bool(gold), described))
    return out


def review_list(docs: list[CorpusDoc], settings: Settings, *, unmatched: bool) -> list[Flagged]:
    """The flagged sentences of ``docs`` in document order (the rule stages' candidates)."""
    analyzer = Analyzer(settings.with_overrides(coder="rules"))
    matcher = Matcher(group_countries())
    hedges = analyzer.lang.surface.coding.hedges
    by_id = {d.id: d for d in docs}
    items = [(DocContext(doc_id=d.id, published=d.published, title=d.title), d.text) for d in docs]
    out: list[Flagged] = []
    for p in analyzer.prepare(items):
        cands = analyzer.candidates(p)
        out += flag_doc(by_id[p.ctx.doc_id], cands, matcher, hedges=hedges, unmatched=unmatched)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", action="append", choices=["train", "dev"], help="default: train and dev")
    ap.add_argument("--unmatched", action="store_true", help="also sentences with gold")
    ap.add_argument("--json", type=Path, help="write the flagged sentences to this file")
    a = ap.parse_args()
    splits = set(a.split or ["train", "dev"])
    docs = [d for d in read_corpus(sorted(CORPUS_DIR.glob("*.jsonl"))) if d.split in splits]
    flagged = review_list(docs, Settings(), unmatched=a.unmatched)
    for f in flagged:
        print(f"[{f.doc} {f.split}{' gold' if f.has_gold else ''}] {f.sentence}")
        for c in f.candidates:
            print(f"    {c}")
    counts = Counter((f.split, f.has_gold) for f in flagged)
    print(f"{len(flagged)} sentences flagged: " + ", ".join(
        f"{s}{' with gold' if g else ''} {n}" for (s, g), n in sorted(counts.items())))  # fmt: skip
    if a.json:
        a.json.write_text(json.dumps([asdict(f) for f in flagged], indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
