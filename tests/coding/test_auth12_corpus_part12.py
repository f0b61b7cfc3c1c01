"""Corpus part 12 (issue 11, auth12): training documents only, aimed at what the decider misses on
real news (ACCUSE as blame, SANCTION named by its effect, ASSAULT, CONSULT, THREATEN), with hard
negatives; dev and test unchanged.
The checks every training part shares are in test_corpus_training_parts.py."""

from __future__ import annotations

import re
from collections import Counter

from .test_corpus_training_parts import MODALITIES, raw_part

SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")


def test_corpus_part12_leans_on_the_missed_categories_with_hard_negatives() -> None:
    """What the issue asks for: the five categories the decider misses most on real news, every
    modality, and about a third of the sentences with no event at all."""
    docs = raw_part(12)
    events = [ev for d in docs for ev in d["events"]]
    category = Counter(ev["event"] for ev in events)
    for name in ("ACCUSE", "SANCTION", "ASSAULT", "CONSULT", "THREATEN"):
        assert category[name] >= 15, name
    modality = Counter(ev["modality"] for ev in events)
    # 9: five offers of part 12, once coded as the offered act hypothetical, are AGREE asserted since the
    # offers relabelling (issue 11 agree, docs/corpus.md)
    assert min(modality[m] for m in MODALITIES - {"asserted"}) >= 9
    assert sum(ev["reported"] for ev in events) >= 30
    sentences = [s for d in docs for p in d["text"].split("\n\n") for s in SENTENCE_END.split(p)]
    with_event = {ev["sentence"] for ev in events}
    empty = [s for s in sentences if s not in with_event]
    assert len(empty) >= len(sentences) // 3
