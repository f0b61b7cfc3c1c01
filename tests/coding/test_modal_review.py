"""The annotators' reading list of scripts/modal_review.py (issue 11): which candidates carry a
non-asserted cue, and which sentences are listed for review (events built by hand, no model)."""

from __future__ import annotations

from tests.script_loader import load_script

from geowire.coding.corpus import CorpusDoc
from geowire.coding.matching import GoldEvent, Matcher, group_countries
from geowire.types import Event, EventActor, Modality, Span

review = load_script("modal_review")  # a reading list kept in scripts/ (not shipped)

HEDGES = frozenset({"could", "not", "if"})
TEXT = "Peru could expel the Chilean envoy. Peru recalled its envoy from Chile."
FIRST, SECOND = TEXT.split(". ")


def _actor(code: str, text: str) -> EventActor:
    at = TEXT.find(text)
    return EventActor(code=code, sector=None, entity_text=text, wikidata=None, start=at, end=at + len(text))


def _event(sentence: str, category: str, trigger: str, modality: Modality = "asserted") -> Event:
    at = TEXT.find(trigger)
    parties = {"actors": (_actor("PER", "Peru"),), "recipients": (_actor("CHL", "Chile"),)}
    return Event(id=f"e-{trigger}", doc_id="a9-001", sentence_index=0, sentence=sentence, sentence_start=0,
                 category=category, trigger=Span(at, at + len(trigger), trigger), modality=modality,
                 **parties)  # fmt: skip


def _doc(*gold: GoldEvent) -> CorpusDoc:
    return CorpusDoc(id="a9-001", genre="wire", published=None, title="t", text=TEXT, gold=gold)


def _gold(sentence: str, category: str) -> GoldEvent:
    return GoldEvent(doc="a9-001", sentence=sentence, event=category, actor=("PER",), recipient=("CHL",))


def test_modal_review_cues_are_the_rule_modality_and_hedges_on_the_trigger() -> None:
    features = ("mctx=aux:could", "mctx=aux:have", "hedge=could", "question", "veto=none")
    cues = review.cues_of(_event(FIRST, "SANCTION", "expel", "hypothetical"), features, HEDGES)
    # a sentence-wide hedge word and a non-hedging auxiliary are no cue of the candidate itself
    assert cues == ["mod=hypothetical", "question", "mctx=aux:could"]
    assert review.cues_of(_event(SECOND, "SANCTION", "recalled"), ("mctx=aux:have",), HEDGES) == []


def test_modal_review_lists_a_cued_candidate_in_a_sentence_without_gold() -> None:
    cands = [
        (_event(FIRST, "SANCTION", "expel", "hypothetical"), ()),
        (_event(SECOND, "SANCTION", "recalled"), ()),
    ]
    (flagged,) = review.flag_doc(_doc(), cands, Matcher(group_countries()), hedges=HEDGES, unmatched=False)
    assert flagged.sentence == FIRST and not flagged.has_gold
    assert flagged.candidates == ("SANCTION:'expel'(PER->CHL) [mod=hypothetical]",)


def test_modal_review_lists_sentences_with_gold_only_when_asked_and_unmatched() -> None:
    cands = [(_event(FIRST, "SANCTION", "expel", "hypothetical"), ())]
    matcher = Matcher(group_countries())
    other = _doc(_gold(FIRST, "ACCUSE"))
    assert review.flag_doc(other, cands, matcher, hedges=HEDGES, unmatched=False) == []
    (flagged,) = review.flag_doc(other, cands, matcher, hedges=HEDGES, unmatched=True)
    assert flagged.has_gold
    annotated = _doc(_gold(FIRST, "SANCTION"))
    assert review.flag_doc(annotated, cands, matcher, hedges=HEDGES, unmatched=True) == []
