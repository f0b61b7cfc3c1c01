"""Corpus part 16 (issue 11, rcp1): training documents whose reactions name no party of their own —
"condemned the test", "rejected the demand", "welcomed the move" — so that the recipient is the
actor of an act told in an earlier sentence (news guidelines §5, implied recipients). The checks
every training part shares are in test_corpus_training_parts.py."""

from __future__ import annotations

from .test_corpus_training_parts import raw_part


def test_corpus_part16_recipients_named_only_in_earlier_sentences() -> None:
    implied = 0
    for d in raw_part(16):
        for ev in d["events"]:
            if ev["recipient"] and not any(t in ev["sentence"] for t in ev["recipient_text"]):
                assert d["text"].index(ev["recipient_text"][0]) < d["text"].index(ev["sentence"])
                implied += 1
    assert implied >= 10
