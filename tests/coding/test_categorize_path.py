"""categorize() on hand-built parses (no model): the dependency path decides which word triggers."""

from __future__ import annotations

from geowire.coding.categorize import categorize

from .conftest import LEXICON
from .conftest import hand_doc as _doc

URGE = _doc([
    ("Chile", "Chile", "PROPN", "nsubj", 1),
    ("urged", "urge", "VERB", "ROOT", 1),
    ("Peru", "Peru", "PROPN", "dobj", 1),
    ("to", "to", "PART", "aux", 4),
    ("free", "free", "VERB", "xcomp", 1),
    ("the", "the", "DET", "det", 6),
    ("sailors", "sailor", "NOUN", "dobj", 4),
])  # fmt: skip


def test_categorize_path_governing_verb_wins_over_its_complement() -> None:
    d = categorize(URGE, source=(0, 1), target=(5, 7), lexicon=LEXICON)
    assert d is not None and d.category == "REQUEST" and (d.trigger, d.trigger_end) == (1, 2)
    assert d.rule == "lexicon:verb:urge@path"


def test_categorize_path_object_recipient_gets_the_governing_verb() -> None:
    d = categorize(URGE, source=(0, 1), target=(2, 3), lexicon=LEXICON)
    assert d is not None and d.category == "REQUEST" and d.confidence == 0.85


def test_categorize_path_no_recipient_reads_upwards_from_the_actor() -> None:
    d = categorize(URGE, source=(0, 1), target=None, lexicon=LEXICON)
    assert d is not None and d.category == "REQUEST"


def test_categorize_path_pass_through_verb_is_skipped() -> None:
    doc = _doc([
        ("Chile", "Chile", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("it", "it", "PRON", "nsubj", 3),
        ("shelled", "shell", "VERB", "ccomp", 1),
        ("Peru", "Peru", "PROPN", "dobj", 3),
    ])  # fmt: skip
    d = categorize(doc, source=(0, 1), target=(4, 5), lexicon=LEXICON)
    assert d is not None and d.category == "ASSAULT" and d.trigger == 3


def test_categorize_path_light_verb_takes_its_object_noun() -> None:
    doc = _doc([
        ("Chile", "Chile", "PROPN", "nsubj", 1),
        ("held", "hold", "VERB", "ROOT", 1),
        ("talks", "talk", "NOUN", "dobj", 1),
        ("with", "with", "ADP", "prep", 2),
        ("Peru", "Peru", "PROPN", "pobj", 3),
    ])  # fmt: skip
    d = categorize(doc, source=(0, 1), target=(4, 5), lexicon=LEXICON)
    assert d is not None and d.category == "CONSULT" and (d.trigger, d.trigger_end) == (1, 3)
