"""Issue 11 (event precision): fixed phrases none of whose words is an event ("dealt a blow to", "a
great deal of", "struck a balance"), while a light verb with an event noun ("paid a visit") stays
an event. The idioms are a validated class of the event lexicon. Sentences written for these
tests."""

from __future__ import annotations

import copy

import pytest

from geowire.coding.categorize import is_trigger, parse_lexicon
from geowire.lang.pack import LanguagePackError

from .conftest import EN, LEXICON, find
from .conftest import hand_doc as _doc

# "The vote dealt a blow to Lima."
DEALT = _doc([
    ("The", "the", "DET", "det", 1),
    ("vote", "vote", "NOUN", "nsubj", 2),
    ("dealt", "deal", "VERB", "ROOT", 2),
    ("a", "a", "DET", "det", 4),
    ("blow", "blow", "NOUN", "dobj", 2),
    ("to", "to", "ADP", "prep", 4),
    ("Lima", "Lima", "PROPN", "pobj", 5),
])  # fmt: skip

# "Quito struck a deal with Lima."
STRUCK_DEAL = _doc([
    ("Quito", "Quito", "PROPN", "nsubj", 1),
    ("struck", "strike", "VERB", "ROOT", 1),
    ("a", "a", "DET", "det", 3),
    ("deal", "deal", "NOUN", "dobj", 1),
    ("with", "with", "ADP", "prep", 1),
    ("Lima", "Lima", "PROPN", "pobj", 4),
])  # fmt: skip


def test_cod4_idiom_word_is_no_trigger() -> None:
    assert not is_trigger(DEALT, DEALT[2], LEXICON)


def test_cod4_idiom_word_in_another_phrase_stays_a_trigger() -> None:
    assert is_trigger(STRUCK_DEAL, STRUCK_DEAL[1], LEXICON)
    assert is_trigger(STRUCK_DEAL, STRUCK_DEAL[3], LEXICON)


def test_cod4_idiom_must_hold_a_trigger_word() -> None:
    raw = copy.deepcopy(EN.yaml("event_lexicon.yaml"))
    raw["idioms"] = [*raw["idioms"], "spill bean"]
    with pytest.raises(LanguagePackError, match=r"idioms: idiom 'spill bean' holds no trigger"):
        parse_lexicon(raw, "lex.yaml")


def test_cod4_idiom_has_two_words() -> None:
    raw = copy.deepcopy(EN.yaml("event_lexicon.yaml"))
    raw["idioms"] = ["deal"]
    with pytest.raises(LanguagePackError, match="two or more"):
        parse_lexicon(raw, "lex.yaml")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The court ruling in Lima dealt a heavy blow to Chile's hopes for the pipeline.",
        "Ecuador has invested a great deal of money in its ports, Peru said.",
        "Kenya's president struck a careful balance between Ethiopia and Somalia.",
    ],
)
def test_cod4_coder_idiom_codes_no_event(code_text, text: str) -> None:  # noqa: ANN001
    events = code_text(text)
    assert not find(events, "AGREE")
    assert not find(events, "ASSAULT")


@pytest.mark.model
def test_cod4_coder_paid_visit_is_a_visit(code_text) -> None:  # noqa: ANN001
    assert find(code_text("The Chilean foreign minister paid a visit to Argentina on Tuesday."), "CONSULT")
