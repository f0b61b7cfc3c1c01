"""Corpus part 13 (issue 11, auth13): training documents only, rich in event nouns that name their
party ("Peru's expulsion of the envoy", "a Qatar-brokered truce", "the talks between X and Y"),
background past events and assault verbs of wire copy, beside unannotated contrasts (bare
anaphors, standing relations such as "the Iran-backed militia", judgements); dev and test unchanged.
The checks every training part shares are in test_corpus_training_parts.py."""

from __future__ import annotations

import re

from .test_corpus_training_parts import raw_part


def test_corpus_part13_is_rich_in_event_nouns_with_a_named_party() -> None:
    """What the issue asks for: "X's <noun>", "<noun> of/by/between", "X-brokered" triggers."""
    docs = raw_part(13)
    possessive = 0
    modifier = 0
    for d in docs:
        for ev in d["events"]:
            sentence, trigger = ev["sentence"], ev["trigger"]
            if re.search(r"'s (\w+[ -]){0,1}" + re.escape(trigger), sentence):
                possessive += 1
            if re.search(r"\w-(brokered|led|imposed|sanctioned)", trigger):
                modifier += 1
    assert possessive >= 40
    assert modifier >= 8
    # the contrast class stays unannotated: standing relations named by a modifier
    standing = [
        s
        for d in docs
        for s in re.split(r"(?<=[.?!])\s+", d["text"])
        if re.search(r"\w-(backed|linked)\b", s)
    ]
    assert len(standing) >= 5
