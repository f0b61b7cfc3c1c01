"""Issue 11 (event precision): a definite event noun that only points back to an act already made
("the pact lapses", "under the accord") is no new event, unless the verb over it, a clause of it or
its own words make it one. Hand-built parses test the mechanism without a model; the coder tests
run the English parser. Sentences written for these tests."""

from __future__ import annotations

import copy

import pytest

from geowire.coding.categorize import is_trigger, parse_lexicon
from geowire.lang.pack import LanguagePackError

from .conftest import EN, LEXICON, find
from .conftest import hand_doc as _doc

# "The pact lapses in May."
LAPSES = _doc([
    ("The", "the", "DET", "det", 1),
    ("pact", "pact", "NOUN", "nsubj", 2),
    ("lapses", "lapse", "VERB", "ROOT", 2),
    ("in", "in", "ADP", "prep", 2),
    ("May", "May", "PROPN", "pobj", 3),
])  # fmt: skip

# "Oslo signed the pact."
SIGNED = _doc([
    ("Oslo", "Oslo", "PROPN", "nsubj", 1),
    ("signed", "sign", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3),
    ("pact", "pact", "NOUN", "dobj", 1),
])  # fmt: skip

# "Trade grew under the pact."
UNDER = _doc([
    ("Trade", "trade", "NOUN", "nsubj", 1),
    ("grew", "grow", "VERB", "ROOT", 1),
    ("under", "under", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 4),
    ("pact", "pact", "NOUN", "pobj", 2),
])  # fmt: skip

# "Quito broke the pact."
BROKE = _doc([
    ("Quito", "Quito", "PROPN", "nsubj", 1),
    ("broke", "break", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3),
    ("pact", "pact", "NOUN", "dobj", 1),
])  # fmt: skip

# "Its pact lapses."
ITS = _doc([
    ("Its", "its", "PRON", "poss", 1),
    ("pact", "pact", "NOUN", "nsubj", 2),
    ("lapses", "lapse", "VERB", "ROOT", 2),
])  # fmt: skip

# "Peru's pact lapses."
PERUS = _doc([
    ("Peru", "Peru", "PROPN", "poss", 2),
    ("'s", "'s", "PART", "case", 0),
    ("pact", "pact", "NOUN", "nsubj", 3),
    ("lapses", "lapse", "VERB", "ROOT", 3),
])  # fmt: skip

# "A pact lapses."
A_PACT = _doc([
    ("A", "a", "DET", "det", 1),
    ("pact", "pact", "NOUN", "nsubj", 2),
    ("lapses", "lapse", "VERB", "ROOT", 2),
])  # fmt: skip

# "The pact they signed lapses."
THEY_SIGNED = _doc([
    ("The", "the", "DET", "det", 1),
    ("pact", "pact", "NOUN", "nsubj", 4),
    ("they", "they", "PRON", "nsubj", 3),
    ("signed", "sign", "VERB", "relcl", 1),
    ("lapses", "lapse", "VERB", "ROOT", 4),
])  # fmt: skip

# "Lima called the pact a triumph."
CALLED = _doc([
    ("Lima", "Lima", "PROPN", "nsubj", 1),
    ("called", "call", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3),
    ("pact", "pact", "NOUN", "dobj", 1),
    ("a", "a", "DET", "det", 5),
    ("triumph", "triumph", "NOUN", "oprd", 1),
])  # fmt: skip

# "Rome lifted some of the sanctions."
SOME_OF = _doc([
    ("Rome", "Rome", "PROPN", "nsubj", 1),
    ("lifted", "lift", "VERB", "ROOT", 1),
    ("some", "some", "PRON", "dobj", 1),
    ("of", "of", "ADP", "prep", 2),
    ("the", "the", "DET", "det", 5),
    ("sanctions", "sanction", "NOUN", "pobj", 3),
])  # fmt: skip


@pytest.mark.parametrize(
    ("doc", "noun"),
    [(LAPSES, 1), (UNDER, 4), (CALLED, 3)],
    ids=["subject-of-a-non-act", "framing-preposition", "judged"],
)
def test_cod4_back_reference_is_no_trigger(doc, noun: int) -> None:  # noqa: ANN001
    assert not is_trigger(doc, doc[noun], LEXICON)


@pytest.mark.parametrize(
    ("doc", "noun"),
    [(SIGNED, 3), (BROKE, 3), (PERUS, 2), (ITS, 1), (A_PACT, 1), (THEY_SIGNED, 1), (SOME_OF, 5)],
    ids=[
        "light-verb",
        "undoing-verb",
        "named-possessor",
        "pronoun-possessor",
        "indefinite",
        "acting-clause",
        "quantifier",
    ],
)
def test_cod4_noun_made_a_new_act_stays_a_trigger(doc, noun: int) -> None:  # noqa: ANN001
    assert is_trigger(doc, doc[noun], LEXICON)


def test_cod4_back_references_off_without_determiners() -> None:
    raw = copy.deepcopy(EN.yaml("event_lexicon.yaml"))
    raw["back_references"] = {}
    lex = parse_lexicon(raw, "lex.yaml")
    assert is_trigger(LAPSES, LAPSES[1], lex)


def test_cod4_back_reference_words_are_validated() -> None:
    raw = copy.deepcopy(EN.yaml("event_lexicon.yaml"))
    raw["back_references"] = {**raw["back_references"], "frames": ["Under"]}
    with pytest.raises(LanguagePackError, match=r"lex.yaml: back_references.frames"):
        parse_lexicon(raw, "lex.yaml")


# --- end to end, with the English parser ----------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Norway and Chile signed a fisheries pact in 2019. Chile said that the pact expires next spring.",
        "Ghana and Togo agreed a border deal last year. Under the deal, Togo reopened two crossings.",
        "Peru and Bolivia formed a customs alliance in March. Bolivia said the alliance had doubled trade.",
    ],
)
def test_cod4_coder_back_reference_codes_no_second_agreement(code_text, text: str) -> None:  # noqa: ANN001
    later = [e for e in find(code_text(text), "AGREE") if e.sentence_index > 0]
    assert not later


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Chile said on Monday that it had broken the pact with Norway.", "CHL"),
        ("Argentina signed the fisheries treaty with Uruguay on Friday.", "ARG"),
        ("Spain imposed the sanctions on Venezuela that it had threatened.", "ESP"),
        ("Serbia stepped up its patrols along the border with Kosovo.", "SRB"),
        ("Ethiopia continued the air strikes on Eritrea for a second week.", "ETH"),
    ],
)
def test_cod4_coder_verb_that_acts_on_the_noun_keeps_the_event(code_text, text: str, actor: str) -> None:  # noqa: ANN001
    assert find(code_text(text), actor=actor)


@pytest.mark.model
def test_cod4_act_credited_to_a_named_party_stays_a_candidate(candidates) -> None:  # noqa: ANN001
    cands = candidates("Armenia thanked France for the deliveries of armoured vehicles.")
    assert [e for e, _ in cands if "deliveries" in e.trigger.text]
