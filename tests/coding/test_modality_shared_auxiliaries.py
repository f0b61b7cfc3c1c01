"""What a coordinated verb shares with the verb it is coordinated with, and the reported "would" of a
threat or pledge (issue 11, mod2): a bare conjunct shares its head's "would" or "not" ("would close
or seal the border"), a conjunct with a tense, a subject, an auxiliary or a negation of its own does
not ("said it would reply and asked X", "would not strike and would pull back"); read as the threat
or the pledge made, a reported "would" is what was said, so the reading is asserted (news
guidelines: a speech act is asserted whatever its content). Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy

from geowire.coding.modality import SPOKEN, modality_for

from .conftest import CUES, modality_of

pytestmark = pytest.mark.model


def test_modality_a_bare_conjunct_shares_the_reported_would(nlp: spacy.Language) -> None:
    text = "Oslo announced that it would close or seal its border with Sweden."
    for verb in ("close", "seal"):
        result = modality_of(nlp, text, verb)
        assert (result.modality, result.reported, result.cue) == ("future", True, "reported-would")


def test_modality_a_bare_conjunct_with_an_object_shares_the_would(nlp: spacy.Language) -> None:
    text = "Oslo announced that it would recall its envoy and expel two Swedish diplomats."
    assert modality_of(nlp, text, "expel").modality == "future"


def test_modality_a_past_conjunct_does_not_share_the_would(nlp: spacy.Language) -> None:
    text = "The minister said Oslo would reply calmly and asked the Swedish government for an apology."
    assert modality_of(nlp, text, "asked").modality == "asserted"


def test_modality_a_conjunct_with_its_own_auxiliary_keeps_its_own(nlp: spacy.Language) -> None:
    # the "not" of the first verb does not reach the second, which has its own "would"
    text = "Oslo said it would not strike the camp and would pull its troops back."
    assert modality_of(nlp, text, "pull").modality == "future"
    assert modality_of(nlp, text, "strike").modality == "negated"


def test_modality_a_bare_conjunct_shares_the_negation(nlp: spacy.Language) -> None:
    text = "Oslo did not recall its envoy or expel any diplomats."
    assert modality_of(nlp, text, "expel").modality == "negated"


def _threat_reading(nlp: spacy.Language, text: str, trigger: str, category: str | None):  # noqa: ANN202
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    return modality_for(tok, cues=CUES, adjustment=None, category=category)


def test_modality_a_reported_would_read_as_the_threat_is_asserted(nlp: spacy.Language) -> None:
    text = "A spokesman for the militia said the group would respond to the raid."
    threat = _threat_reading(nlp, text, "respond", "THREATEN")
    assert threat.modality == "asserted"
    assert any("absorbed" in line for line in threat.cues)
    # read as the act itself, the same words are a future one
    assert _threat_reading(nlp, text, "respond", "ASSAULT").modality == "future"


def test_modality_a_spoken_reading_keeps_a_negation(nlp: spacy.Language) -> None:
    result = modality_of(nlp, "Oslo said it would never strike the camp.", "strike",
                         ignore=frozenset({SPOKEN}))  # fmt: skip
    assert result.modality == "negated"


def test_modality_a_threat_in_the_narrators_future_is_not_absorbed(nlp: spacy.Language) -> None:
    # no reported speech: "will" is the narrator's future, whatever the reading
    text = "The new government will take a harder line on Sweden next year."
    assert _threat_reading(nlp, text, "take", "THREATEN").modality == "future"
