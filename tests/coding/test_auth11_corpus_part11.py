"""Corpus part 11 (issue 11, auth11): training documents only, rich in future, hypothetical and
negated acts, denials, reported speech and analysis prose with no event; dev and test unchanged.
The checks every training part shares are in test_corpus_training_parts.py."""

from __future__ import annotations

from collections import Counter

from .test_corpus_training_parts import raw_part


def test_corpus_part11_is_rich_in_acts_that_did_not_happen() -> None:
    """What the issue asks for: non-asserted acts and sentences with no event at all."""
    docs = raw_part(11)
    modality = Counter(ev["modality"] for d in docs for ev in d["events"])
    assert min(modality["future"], modality["hypothetical"], modality["negated"]) >= 20
    denials = [ev for d in docs for ev in d["events"] if ev["trigger"].startswith("den")]
    assert len(denials) >= 10 and all(ev["event"] == "REJECT" for ev in denials)
    # analysis pieces hold sentences with no event (judgements, predictions, counterfactuals)
    for d in docs:
        if d["genre"] == "analysis":
            with_event = {ev["sentence"] for ev in d["events"]}
            assert any(s.strip() not in " ".join(with_event) for s in d["text"].split(". ")), d["id"]
