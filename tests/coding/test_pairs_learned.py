"""The learned pair categorizer's parts (issue 11): the marked pairs read from the authored corpus,
the features of a pair, the logistic fit and the override rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from tests.script_loader import load_script

from geowire.coding.corpus import split_of

from .conftest import EN, LEXICON

LABELS = ("AGREE", "ASSAULT", "SANCTION")
pairs = load_script("pairs_model")  # an experiment kept in scripts/ (not shipped): docs/learned.md


def _corpus(tmp_path: Path, text: str, events: list[dict[str, object]]) -> Path:
    path = tmp_path / "part_9.jsonl"
    doc = {"id": "a9-001", "genre": "wire", "published": "2025-01-02", "title": "t", "text": text,
           "events": events}  # fmt: skip
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    return path


def _event(sentence: str, trigger: str, event: str, actor: str, recipient: str | None) -> dict[str, object]:
    parties = {
        "actor": ["XXX"],
        "actor_text": [actor],
        "recipient": ["YYY"] if recipient else [],
        "recipient_text": [recipient] if recipient else [],
    }
    return {"sentence": sentence, "trigger": trigger, "event": event, **parties}


def _sentencizer() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_pairs_corpus_marks_the_actor_nearest_the_clause_in_its_whole_sentence(tmp_path: Path) -> None:
    text = ("Norway talked to Sweden. Later Norway, angry at Sweden, withdrew its envoy from Stockholm. "
            "Sweden complained.")  # fmt: skip
    clause = "Norway, angry at Sweden, withdrew its envoy"
    path = _corpus(tmp_path, text, [_event(clause, "withdrew", "RETREAT", "Norway", "Sweden")])
    (pair,) = pairs.corpus_pairs(_sentencizer(), files=[path])
    assert pair.text == "Later Norway, angry at Sweden, withdrew its envoy from Stockholm."
    assert pair.text[pair.source[0] : pair.source[1]] == "Norway"
    assert pair.target is not None and pair.text[pair.target[0] : pair.target[1]] == "Sweden"
    assert pair.trigger is not None and pair.text[pair.trigger[0] : pair.trigger[1]] == "withdrew"
    assert pair.gold == "YIELD"  # CONCEDE and RETREAT are one PLV label
    assert pair.split == split_of("a9-001")


def test_pairs_corpus_skips_events_whose_actor_is_not_in_the_sentence(tmp_path: Path) -> None:
    text = "Chile sent grain. The shipment reached Peru on Monday."
    events = [_event("The shipment reached Peru", "reached", "AID", "Chile", "Peru"),
              _event("Chile sent grain", "sent", "AID", "Chile", "Peru")]  # fmt: skip
    (pair,) = pairs.corpus_pairs(_sentencizer(), files=[_corpus(tmp_path, text, events)])
    assert pair.text == "Chile sent grain." and pair.target is None  # the recipient is in another sentence


def test_pairs_fit_is_deterministic_and_learns_the_labels() -> None:
    examples = [("bias", "w=strike"), ("bias", "w=raid"), ("bias", "w=deal"), ("bias", "w=pact"),
                ("bias", "w=fine"), ("bias", "w=embargo")] * 3  # fmt: skip
    labels = ["ASSAULT", "ASSAULT", "AGREE", "AGREE", "SANCTION", "SANCTION"] * 3
    first = pairs.fit(examples, labels, classes=LABELS, l2=1e-3)
    assert first == pairs.fit(examples, labels, classes=LABELS, l2=1e-3)
    model = pairs.PairModel(LABELS, first, threshold=0.0)
    assert [model.choose(x, None)[0] for x in examples[:6]] == labels[:6]


def test_pairs_fit_leaves_out_features_seen_once() -> None:
    weights = pairs.fit([("bias", "a"), ("bias", "a"), ("bias", "b")], ["AGREE", "AGREE", "ASSAULT"],
                  classes=LABELS, l2=1e-2)  # fmt: skip
    assert set(weights) == {"bias", "a"}


def test_pairs_model_overrides_the_rules_only_when_sure() -> None:
    weights = {"x": (2.0, 0.0, 0.0), "y": (0.5, 0.0, 0.0)}
    sure = pairs.PairModel(LABELS, weights, threshold=0.7)
    unsure = pairs.PairModel(LABELS, weights, threshold=0.9)
    assert sure.choose(["x"], "SANCTION")[0] == "AGREE"  # p(AGREE) = e²/(e²+2) ≈ 0.79
    assert unsure.choose(["x"], "SANCTION")[0] == "SANCTION"
    assert unsure.choose(["y"], None)[0] == "AGREE"  # no rule decision: the model's label
    probs = sure.probabilities(["x", "x", "unknown"])  # a feature counts once; unknown ones not at all
    assert probs["AGREE"] == pytest.approx(sure.probabilities(["x"])["AGREE"])


@pytest.mark.model
def test_pairs_features_carry_the_rules_decision_and_the_trigger_place() -> None:
    from geowire.nlp.annotate import load_pipeline

    text = "Norway imposed new sanctions on Belarus after the vote."
    src, tgt, trig = (0, 6), (text.index("Belarus"), len(text) - len(" after the vote.")), (7, 14)
    (reading,) = pairs.featurize([(text, src, tgt)], load_pipeline(EN), lexicon=LEXICON, triggers=[trig])
    assert reading is not None and reading.decision is not None
    assert reading.decision.category == "SANCTION"
    assert "rule=SANCTION" in reading.features and "tgt=yes" in reading.features
    assert any(f.startswith("cand=SANCTION|") for f in reading.features)
    assert reading.trigger_place == "path"


def test_pairs_corpus_names_the_malformed_line(tmp_path: Path) -> None:
    from geowire.coding.corpus import CorpusError

    path = tmp_path / "part_9.jsonl"
    path.write_text('{"id": "a9-001", "text": "x"}\n', encoding="utf-8")  # no events
    with pytest.raises(CorpusError, match="part_9.jsonl:1"):
        pairs.corpus_pairs(_sentencizer(), files=[path])


def test_pairs_plv_convention_codes_intent_and_negation_into_the_label() -> None:
    plv_convention = pairs.plv_convention

    assert plv_convention("CONSULT", "future") == "AGREE"  # an intended cooperation
    assert plv_convention("ASSAULT", "future") == "THREATEN"
    assert plv_convention("SANCTION", "future") == "SANCTION"  # the rules keep an intended sanction
    assert plv_convention("AID", "negated") == "REJECT"
    assert plv_convention("YIELD", "negated") == "REJECT"
    assert plv_convention("ACCUSE", "negated") == "ACCUSE"
    assert plv_convention("CONSULT", "hypothetical") == "CONSULT"
