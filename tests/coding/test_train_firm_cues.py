"""Which modality cues the learned modality model may not overrule (issue 11, firm cues): the stated
ones — a negation of the trigger itself, an abstention, a denial, a proposal, an intent — are firm
whatever a retrain's dev figures prefer; dev only chooses what to add to them."""

from __future__ import annotations

from typing import get_args

from geowire.coding.decide import LinearDecider, decide
from geowire.coding.modality import CueKind
from geowire.coding.train import FIRM_ALWAYS, FIRM_CUES, choose_firm
from geowire.types import Event, EventActor, Span


def test_every_firm_kind_is_a_cue_kind() -> None:
    kinds = set(get_args(CueKind))
    assert FIRM_ALWAYS <= kinds
    assert all(v <= kinds for v in FIRM_CUES.values())


def test_the_stated_kinds_are_firm_and_the_inferred_ones_are_not() -> None:
    assert {"trigger-negation", "consideration", "intent", "denial", "abstention"} <= FIRM_ALWAYS
    # a "not" higher up, a modal, a reported "would" or a question: the model may read them otherwise
    assert not FIRM_ALWAYS & {"negation", "modal", "reported-would", "question", "time-ahead"}


def test_a_set_without_the_stated_kinds_is_never_chosen_however_it_scores_on_dev() -> None:
    scores = dict.fromkeys(FIRM_CUES, 0.80)
    scores["none"] = 0.95  # dev would prefer the model to overrule everything
    chosen = choose_firm(scores)
    assert FIRM_ALWAYS <= FIRM_CUES[chosen]


def test_dev_chooses_among_the_sets_that_keep_the_stated_kinds() -> None:
    allowed = [k for k, v in FIRM_CUES.items() if FIRM_ALWAYS <= v]
    assert len(allowed) >= 2  # there is a choice to make on dev
    low, high = sorted(allowed, key=lambda k: len(FIRM_CUES[k]))[:2]
    assert choose_firm({low: 0.91, high: 0.90}) == low  # the better one on dev
    assert choose_firm({low: 0.90, high: 0.90}) == high  # ties: the firmer one


def _actor(code: str) -> EventActor:
    return EventActor(code=code, sector=None, entity_text=code, wikidata=None, start=0, end=1)


def _reading(modality: str) -> Event:
    return Event(id="e", doc_id="d", sentence_index=0, sentence="s", sentence_start=0, category="AID",
                 trigger=Span(0, 4, "ship"), actors=(_actor("PER"),), recipients=(_actor("BOL"),),
                 modality=modality)  # type: ignore[arg-type]  # fmt: skip


# a modality model sure that every reading is a deed
_DEEDS = {"asserted": {"bias": 4.0}, "negated": {"bias": -4.0}, "future": {"bias": -4.0},
          "hypothetical": {"bias": -4.0}}  # fmt: skip


def test_a_stated_proposal_intent_or_negation_survives_a_model_that_reads_a_deed() -> None:
    firm = LinearDecider({"bias": 2.0}, 0.5, 0.5, "m", _DEEDS, assert_margin=0.1, firm_cues=FIRM_ALWAYS)
    for rules, kind in (("hypothetical", "consideration"), ("future", "intent"),
                        ("negated", "trigger-negation")):  # fmt: skip
        kept = decide([(_reading(rules), ("bias", f"cue={kind}"))], firm, threshold=0.5)
        assert kept[0].modality == rules, kind
    # a negation higher up the chain is the model's to read
    kept = decide([(_reading("negated"), ("bias", "cue=negation"))], firm, threshold=0.5)
    assert kept[0].modality == "asserted"
