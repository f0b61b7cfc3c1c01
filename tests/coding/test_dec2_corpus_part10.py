"""Corpus part 10 (issue 11, dec2): training documents only, so the dev and test splits stay as they were."""

from __future__ import annotations

from pathlib import Path

from geowire.coding.corpus import read_corpus, split_of

PART_10 = Path(__file__).resolve().parents[2] / "corpus" / "authored" / "part_10.jsonl"


def test_corpus_part10_documents_hash_to_train() -> None:
    docs = read_corpus([PART_10])
    assert docs
    assert {split_of(d.id) for d in docs} == {"train"}
    assert {d.split for d in docs} == {"train"}


def test_corpus_part10_events_name_their_words() -> None:
    for d in read_corpus([PART_10]):
        for g in d.gold:
            assert g.sentence in d.text
            assert g.actor, f"{d.id}: an event without an actor"
