"""categorize() on hand-built parses: clauses that change what a trigger means (issue 11) — a
directive verb's object told to act, a sending made for a purpose, an attack made of words, and an
undoing verb with a particle; hyphenated nouns and lemmas the tagger gets wrong."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geowire.coding.categorize import categorize

from .conftest import LEXICON
from .conftest import hand_doc as _doc

ORDER = _doc([
    ("Chile", "Chile", "PROPN", "nsubj", 1),
    ("ordered", "order", "VERB", "ROOT", 1),
    ("Peru", "Peru", "PROPN", "dobj", 1),
    ("to", "to", "PART", "aux", 4),
    ("recall", "recall", "VERB", "xcomp", 1),
    ("its", "its", "PRON", "poss", 6),
    ("consul", "consul", "NOUN", "dobj", 4),
])  # fmt: skip


def test_categorize_directive_with_the_target_as_object_is_a_request() -> None:
    d = categorize(ORDER, source=(0, 1), target=(2, 3), lexicon=LEXICON)
    assert d is not None and d.category == "REQUEST" and d.trigger == 1
    assert d.sense == "verb:order+directive"


def test_categorize_directive_does_not_apply_when_the_object_is_someone_else() -> None:
    doc = _doc([
        ("Chile", "Chile", "PROPN", "nsubj", 1),
        ("told", "tell", "VERB", "ROOT", 1),
        ("soldiers", "soldier", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("shell", "shell", "VERB", "xcomp", 1),
        ("Peru", "Peru", "PROPN", "dobj", 4),
    ])  # fmt: skip
    d = categorize(doc, source=(0, 1), target=(5, 6), lexicon=LEXICON)
    assert d is not None and d.category == "ASSAULT" and d.trigger == 4


def test_categorize_directive_without_a_complement_is_no_demand() -> None:
    doc = _doc([
        ("Chile", "Chile", "PROPN", "nsubj", 1),
        ("told", "tell", "VERB", "ROOT", 1),
        ("Peru", "Peru", "PROPN", "dobj", 1),
        ("everything", "everything", "PRON", "dobj", 1),
    ])  # fmt: skip
    assert categorize(doc, source=(0, 1), target=(2, 3), lexicon=LEXICON) is None


def _parsed(nlp: spacy.Language, text: str) -> Doc:
    return nlp(text)


def test_categorize_sending_for_an_inquiry_is_coded_by_its_purpose(nlp: spacy.Language) -> None:
    doc = _parsed(nlp, "Chile sent auditors to Peru to examine the accounts.")
    d = categorize(doc, source=(0, 1), target=(4, 5), lexicon=LEXICON)
    assert d is not None and d.category == "ACCUSE" and d.mode == "investigate" and d.trigger == 6


def test_categorize_sending_for_talks_is_a_consultation(nlp: spacy.Language) -> None:
    doc = _parsed(nlp, "Brazil dispatched two envoys to Quito to hold talks with the rebels.")
    d = categorize(doc, source=(0, 1), target=(5, 6), lexicon=LEXICON)
    assert d is not None and d.category == "CONSULT"


def test_categorize_sending_for_a_purpose_outside_the_list_stays_a_sending(nlp: spacy.Language) -> None:
    doc = _parsed(nlp, "Chile sent bombers to Peru to bomb the bridges.")
    d = categorize(doc, source=(0, 1), target=(4, 5), lexicon=LEXICON)
    assert d is not None and d.trigger == 1  # the sending, whatever the lexicon calls it


def _attack(participle: tuple[str, str]) -> Doc:
    doc = _doc([
        ("Chile", "Chile", "PROPN", "nsubj", 1),
        ("launched", "launch", "VERB", "ROOT", 1),
        ("an", "an", "DET", "det", 3),
        ("attack", "attack", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 3),
        ("Peru", "Peru", "PROPN", "pobj", 4),
        (",", ",", "PUNCT", "punct", 1),
        (participle[0], participle[1], "VERB", "advcl", 1),
        ("it", "it", "PRON", "dobj", 7),
        ("reckless", "reckless", "ADJ", "oprd", 7),
    ])  # fmt: skip
    doc[7].tag_ = "VBG"
    return doc


def test_categorize_attack_followed_by_words_is_an_accusation() -> None:
    d = categorize(_attack(("calling", "call")), source=(0, 1), target=(5, 6), lexicon=LEXICON)
    assert d is not None and d.category == "ACCUSE" and d.mode == "disapprove"


def test_categorize_attack_followed_by_a_deed_stays_an_assault() -> None:
    d = categorize(_attack(("wounding", "wound")), source=(0, 1), target=(5, 6), lexicon=LEXICON)
    assert d is not None and d.category == "ASSAULT"


def test_categorize_verb_with_particle_is_not_read_as_the_bare_verb_phrase() -> None:
    # "called off the strike" undoes a strike; it is not "call strike" (calling one)
    doc = _doc([
        ("Unions", "union", "NOUN", "nsubj", 1),
        ("called", "call", "VERB", "ROOT", 1),
        ("off", "off", "ADP", "prt", 1),
        ("the", "the", "DET", "det", 4),
        ("strike", "strike", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 4),
        ("Lima", "Lima", "PROPN", "pobj", 5),
    ])  # fmt: skip
    d = categorize(doc, source=(0, 1), target=(6, 7), lexicon=LEXICON)
    assert d is not None and d.category != "PROTEST" and d.category in ("CONCEDE", "RETREAT")


def test_categorize_verb_object_phrase_is_not_undone_again() -> None:
    # "halted aid" is listed as a SANCTION: the listed phrase beats undoing the aid into a yield
    doc = _doc([
        ("Chile", "Chile", "PROPN", "nsubj", 1),
        ("halted", "halt", "VERB", "ROOT", 1),
        ("aid", "aid", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 2),
        ("Peru", "Peru", "PROPN", "pobj", 3),
    ])  # fmt: skip
    d = categorize(doc, source=(0, 1), target=(4, 5), lexicon=LEXICON)
    assert d is not None and d.category == "SANCTION"


def test_categorize_directive_imposing_a_measure_is_the_measure(nlp: spacy.Language) -> None:
    doc = _parsed(nlp, "Chile ordered the weekly Vistazo to suspend publication for a month.")
    d = categorize(doc, source=(0, 1), target=(2, 5), lexicon=LEXICON)
    assert d is not None and d.category == "COERCE"


def test_categorize_event_noun_under_an_undoing_noun_is_undone(nlp: spacy.Language) -> None:
    doc = _parsed(nlp, "Chile declared a cessation of hostilities with Peru.")
    d = categorize(doc, source=(0, 1), target=(7, 8), lexicon=LEXICON)
    assert d is not None and d.category == "RETREAT" and d.sense == "noun:hostility<cessation"


def test_categorize_undoing_noun_reads_its_object(nlp: spacy.Language) -> None:
    doc = _parsed(nlp, "Chile announced the suspension of aid to Peru.")
    d = categorize(doc, source=(0, 1), target=(7, 8), lexicon=LEXICON)
    assert d is not None and d.category == "SANCTION"
    doc = _parsed(nlp, "Chile announced the lifting of sanctions on Peru.")
    d = categorize(doc, source=(0, 1), target=(7, 8), lexicon=LEXICON)
    assert d is not None and d.category == "RETREAT"


def test_categorize_end_of_talks_undoes_nothing(nlp: spacy.Language) -> None:
    doc = _parsed(nlp, "At the end of the talks, Chile thanked Peru.")
    d = categorize(doc, source=(7, 8), target=(9, 10), lexicon=LEXICON)
    assert d is not None and d.category == "SUPPORT"


def test_categorize_hyphenated_event_noun_split_by_the_tokenizer(nlp: spacy.Language) -> None:
    doc = _parsed(nlp, "Chile announced a cease-fire with Peru.")
    assert [t.text for t in doc][3:6] == ["cease", "-", "fire"]
    d = categorize(doc, source=(0, 1), target=(7, 8), lexicon=LEXICON)
    assert d is not None and d.category == "RETREAT" and d.sense == "noun:cease-fire" and d.trigger_end == 6


def test_categorize_repaired_lemma_reads_as_the_listed_verb() -> None:
    # the English tagger lemmatizes "staged" as "stag"; the lexicon lists "stage strike"
    doc = _doc([
        ("Teachers", "teacher", "NOUN", "nsubj", 1),
        ("staged", "stag", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("strike", "strike", "NOUN", "dobj", 1),
        ("against", "against", "ADP", "prep", 1),
        ("Lima", "Lima", "PROPN", "pobj", 4),
    ])  # fmt: skip
    d = categorize(doc, source=(0, 1), target=(5, 6), lexicon=LEXICON)
    assert d is not None and d.category == "PROTEST" and d.mode == "strike"


def test_categorize_reflexive_object_is_no_deployment_or_protection() -> None:
    # ("armed itself" stays the listed MOBILIZE phrase "arm itself": rearming)
    for verb, lemma in (("positioned", "position"), ("defended", "defend"), ("protected", "protect")):
        doc = _doc([
            ("Chile", "Chile", "PROPN", "nsubj", 1),
            (verb, lemma, "VERB", "ROOT", 1),
            ("itself", "itself", "PRON", "dobj", 1),
            ("against", "against", "ADP", "prep", 1),
            ("Peru", "Peru", "PROPN", "pobj", 3),
        ])  # fmt: skip
        assert categorize(doc, source=(0, 1), target=(4, 5), lexicon=LEXICON) is None, verb


def test_categorize_position_with_troops_is_still_a_deployment() -> None:
    doc = _doc([
        ("Chile", "Chile", "PROPN", "nsubj", 1),
        ("positioned", "position", "VERB", "ROOT", 1),
        ("troops", "troop", "NOUN", "dobj", 1),
        ("near", "near", "ADP", "prep", 1),
        ("Peru", "Peru", "PROPN", "pobj", 3),
    ])  # fmt: skip
    d = categorize(doc, source=(0, 1), target=(4, 5), lexicon=LEXICON)
    assert d is not None and d.category == "MOBILIZE"
