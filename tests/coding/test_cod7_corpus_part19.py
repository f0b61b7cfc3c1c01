"""Corpus part 19 (issue 11, cod7): training documents written for right candidates the decider
loses on real news — acts named by a noun with a possessive actor ("X's expulsion of Y"), parties in
passive agents and relative clauses, meetings whose topic names a third party, joint strikes, bloc
measures — beside sentences that hold no event (declining to comment, standing non-recognition, a
treaty cited). The checks every training part shares are repeated here for this part."""

from __future__ import annotations

import re

from geowire.actors.kb import shipped_kb
from geowire.coding.corpus import read_corpus, split_of
from geowire.lang import load_language

from .test_corpus_training_parts import part_path, raw_part

PART = 19
NO_COMMENT = re.compile(r"\b(?:declined|refused) to (?:comment|elaborate)\b")


def test_cod7_part19_documents_hash_to_train() -> None:
    docs = read_corpus([part_path(PART)])
    assert len(docs) >= 40
    assert {split_of(d.id) for d in docs} == {"train"}
    assert all(d.id.startswith(f"a{PART}-") for d in docs)
    assert len({d.id for d in docs}) == len(docs)


def test_cod7_part19_events_name_their_words_and_known_codes() -> None:
    kb = shipped_kb(load_language("en"))
    known = set(kb.countries) | set(kb.organisations) | set(kb.groups)
    for d in raw_part(PART):
        for ev in d["events"]:
            assert ev["sentence"] in d["text"] and ev["trigger"] in ev["sentence"], d["id"]
            for role in ("actor", "recipient"):
                assert len(ev[role]) == len(ev[f"{role}_text"]), d["id"]
                assert all(t in d["text"] for t in ev[f"{role}_text"]), d["id"]
                assert set(ev[role]) <= known, (d["id"], ev[role])


def test_cod7_part19_declining_to_comment_is_never_annotated() -> None:
    seen = 0
    for d in raw_part(PART):
        for sentence in re.split(r"(?<=[.?!])\s+", d["text"]):
            if NO_COMMENT.search(sentence):
                seen += 1
                here = [ev for ev in d["events"] if ev["sentence"] in sentence]
                assert not [ev for ev in here if NO_COMMENT.search(ev["trigger"] + " to comment")], d["id"]
    assert seen >= 6


def test_cod7_part19_is_rich_in_possessive_event_nouns() -> None:
    """ "Algeria's decision to halt …", "Minsk's expulsion of …": the possessor is the actor."""
    possessive = [
        ev
        for d in raw_part(PART)
        for ev in d["events"]
        if any(f"{t}'s {ev['trigger']}" in ev["sentence"] for t in ev["actor_text"])
    ]
    assert len(possessive) >= 8
