"""Offers, pledges and stated readiness as AGREE (issue 11, agree): PLOVER and the news guidelines
code the offer itself as AGREE, asserted (the offering is the act), from the one who offers to the one
offered to; the act offered, if read at all, is only proposed (hypothetical)."""

from __future__ import annotations

import pytest
import spacy

from geowire.coding.modality import OFFER, modality_for

from .conftest import CUES, candidate_events, find, modality_of


@pytest.mark.parametrize(("text", "trigger"), [
    ("Ghana offered to mediate between Togo and Benin.", "mediate"),
    ("Peru said it was ready to host talks with Chile.", "host"),
    ("Austria is willing to take in more refugees from Sudan.", "take"),
    ("Brazil's offer to mediate between Quito and Lima was welcomed.", "mediate"),
])  # fmt: skip
def test_the_act_offered_is_hypothetical_the_offer_made(nlp: spacy.Language, text: str, trigger: str) -> None:
    assert modality_of(nlp, text, trigger).modality == "hypothetical"
    tok = next(t for t in nlp(text) if t.text == trigger)
    made = modality_for(tok, cues=CUES, adjustment="intent")
    assert made.modality == "asserted"
    assert any(OFFER in line or "offer cue" in line for line in made.cues)


def test_an_offer_under_a_modal_stays_hypothetical(nlp: spacy.Language) -> None:
    text = "Chile said it could offer to host talks between Peru and Bolivia."
    tok = next(t for t in nlp(text) if t.text == "host")
    assert modality_for(tok, cues=CUES, adjustment="intent").modality == "hypothetical"


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Ghana offered to mediate between Togo and Benin.", "GHA", "TGO"),
    ("Peru said it was ready to host talks with Chile.", "PER", "CHL"),
    ("Norway offered military trainers to Kenya.", "NOR", "KEN"),
    ("France pledged troops to Mali.", "FRA", "MLI"),
])  # fmt: skip
def test_the_rules_propose_an_asserted_agree_for_an_offer(candidates, text: str, actor: str,  # noqa: ANN001
                                                          recipient: str) -> None:  # fmt: skip
    agree = find(candidate_events(candidates(text)), "AGREE", actor=actor, recipient=recipient)
    assert agree and any(e.modality == "asserted" for e in agree)


def test_a_readiness_to_strike_is_still_a_threat(code_text) -> None:  # noqa: ANN001
    events = code_text("Iran said it was ready to strike Israeli bases.")
    threats = find(events, "THREATEN", actor="IRN")
    assert threats and threats[0].modality == "asserted"
