"""The authored corpus's training-only parts (issue 11: parts 10–14, each written by one helper and
aimed at what the decider missed): every id hashes to train, so the dev and test splits stay as they
were; the genres are halved; every event names its words in the text; every code is one the
knowledge base knows. What each part is rich in is checked in its own test file."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from geowire.actors.kb import shipped_kb
from geowire.coding.corpus import read_corpus, split_of
from geowire.lang import load_language
from geowire.types import PLOVER_CATEGORIES

AUTHORED = Path(__file__).resolve().parents[2] / "corpus" / "authored"
MODALITIES = {"asserted", "negated", "future", "hypothetical"}
# (part number, least documents); the halved genres and the words are checked from part 11 on
PARTS = [(10, 10), (11, 30), (12, 30), (13, 30), (14, 30), (15, 2), (16, 4), (17, 100), (18, 20), (19, 50),
         (20, 30), (22, 10), (23, 3), (24, 40), (25, 20)]  # fmt: skip
# parts 17 (one- and two-sentence briefs), 19, 20, 22, 23, 24, 25 (written to causes, mostly wire) not halved
HALVED = [n for n, _ in PARTS if n >= 11 and n not in (17, 19, 20, 22, 23, 24, 25)]
WRITTEN_WITH_WORDS = [n for n, _ in PARTS if n >= 11]


def part_path(n: int) -> Path:
    return AUTHORED / f"part_{n}.jsonl"


def raw_part(n: int) -> list[dict[str, Any]]:
    """The part's documents as written (the fields `read_corpus` does not keep)."""
    lines = part_path(n).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize(("n", "least"), PARTS)
def test_training_part_documents_hash_to_train(n: int, least: int) -> None:
    docs = read_corpus([part_path(n)])
    assert len(docs) >= least
    assert {split_of(d.id) for d in docs} == {"train"}
    assert {d.split for d in docs} == {"train"}
    assert len({d.id for d in docs}) == len(docs)
    if n >= 11:
        assert all(d.id.startswith(f"a{n}-") for d in docs)


@pytest.mark.parametrize("n", HALVED)
def test_training_part_halves_wire_and_analysis(n: int) -> None:
    genres = Counter(d["genre"] for d in raw_part(n))
    assert set(genres) == {"wire", "analysis"}
    assert abs(genres["wire"] - genres["analysis"]) <= 2


@pytest.mark.parametrize("n", [n for n, _ in PARTS])
def test_training_part_events_name_their_words(n: int) -> None:
    for d in raw_part(n):
        text = d["text"]
        for ev in d["events"]:
            where = f"{d['id']}: {ev.get('trigger')!r}"
            assert ev["sentence"] in text, where
            assert ev["actor"], f"{where}: an event without an actor"
            if n < 11:
                continue
            assert ev["trigger"] in ev["sentence"], where
            assert ev["event"] in PLOVER_CATEGORIES, where
            assert set(ev["alt"]) <= set(PLOVER_CATEGORIES), where
            assert ev["modality"] in MODALITIES, where
            assert isinstance(ev["reported"], bool), where
            for role in ("actor", "recipient"):
                assert len(ev[role]) == len(ev[f"{role}_text"]), where
                assert all(t and t in text for t in ev[f"{role}_text"]), where


@pytest.mark.parametrize("n", WRITTEN_WITH_WORDS)
def test_training_part_codes_are_known_to_the_knowledge_base(n: int) -> None:
    kb = shipped_kb(load_language("en"))
    known = set(kb.countries) | set(kb.organisations) | set(kb.groups)
    used = {c for d in raw_part(n) for ev in d["events"] for c in (*ev["actor"], *ev["recipient"])}
    assert used <= known, sorted(used - known)
