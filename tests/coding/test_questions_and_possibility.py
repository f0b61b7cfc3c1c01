"""A direct question reports no event (news guidelines: "Will X mediate?" is no CONSULT), for either
coder; an auxiliary of possibility on the trigger itself ("could attack") is a firm cue the modality
model may not overrule (lead, fourteenth session)."""

from __future__ import annotations

import pytest
import spacy

from geowire.coding.decide import LinearDecider
from geowire.coding.modality import in_direct_question
from geowire.coding.train import FIRM_ALWAYS

from .conftest import CUES

pytestmark = pytest.mark.model


def _token(nlp: spacy.Language, text: str, word: str) -> spacy.tokens.Token:
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "word", "asked"), [
    ("Will Chile mediate between Peru and Bolivia?", "mediate", True),
    ("Could Ghana open an embassy in Taipei?", "open", True),
    ("How can Oslo help the talks in Doha?", "help", True),
    ("Peru expelled the Chilean envoy, but will Chile retaliate?", "expelled", False),
    ("Peru expelled the Chilean envoy, but will Chile retaliate?", "retaliate", True),
    ("Peru expelled the Chilean envoy on Monday.", "expelled", False),
])  # fmt: skip
def test_a_direct_question_main_clause(nlp: spacy.Language, text: str, word: str, asked: bool) -> None:
    assert in_direct_question(_token(nlp, text, word), CUES) is asked


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_no_event_is_coded_in_a_direct_question(coder: str) -> None:
    from geowire.pipeline import Analyzer
    from geowire.settings import Settings
    from geowire.types import DocContext

    analyzer = Analyzer(Settings(coder=coder))
    text = "Will Chile send troops to Peru? Bolivia expelled the Chilean envoy on Monday."
    (result,) = analyzer.analyse([(DocContext("q1", None), text)])
    assert result.events, "the statement after the question is still coded"
    assert all(e.sentence_index == 1 for e in result.events)


def test_possibility_on_the_trigger_is_firm() -> None:
    assert "possibility" in FIRM_ALWAYS
    decider = LinearDecider(
        weights={}, store_threshold=0.25, min_confidence=0.55,
        modality_weights={"asserted": {"bias": 5.0}, "hypothetical": {"bias": -5.0}},
        assert_margin=0.1, firm_cues=frozenset(FIRM_ALWAYS),
    )  # fmt: skip
    assert decider.modality(["bias", "cue=possibility"], "hypothetical") is None
    assert decider.modality(["bias", "cue=modal"], "hypothetical") is not None
