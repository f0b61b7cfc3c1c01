"""categorize() on hand-built parses (no model): a possessed event noun names its own participants,
so it links no other pair of actors. Sentences written for these tests."""

from __future__ import annotations

from geowire.coding.categorize import categorize

from .conftest import LEXICON
from .conftest import hand_doc as _doc

# "Mexico's reaction reflects Cuba's presence"
REFLECTS = _doc([
    ("Mexico", "Mexico", "PROPN", "poss", 2),
    ("'s", "'s", "PART", "case", 0),
    ("reaction", "reaction", "NOUN", "nsubj", 3),
    ("reflects", "reflect", "VERB", "ROOT", 3),
    ("Cuba", "Cuba", "PROPN", "poss", 6),
    ("'s", "'s", "PART", "case", 4),
    ("presence", "presence", "NOUN", "dobj", 3),
])  # fmt: skip

# "Ottawa misjudges Oslo and doubts its commitment"
DOUBTS = _doc([
    ("Ottawa", "Ottawa", "PROPN", "nsubj", 1),
    ("misjudges", "misjudge", "VERB", "ROOT", 1),
    ("Oslo", "Oslo", "PROPN", "dobj", 1),
    ("and", "and", "CCONJ", "cc", 1),
    ("doubts", "doubt", "VERB", "conj", 1),
    ("its", "its", "PRON", "poss", 6),
    ("commitment", "commitment", "NOUN", "dobj", 4),
])  # fmt: skip


def test_categorize_owned_noun_of_the_target_is_not_the_sources_event() -> None:
    assert categorize(REFLECTS, source=(0, 3), target=(4, 6), lexicon=LEXICON) is None


def test_categorize_owned_noun_still_codes_its_owner_alone() -> None:
    d = categorize(REFLECTS, source=(4, 6), target=None, lexicon=LEXICON)
    assert d is not None and d.category == "MOBILIZE"


def test_categorize_owned_noun_off_the_path_links_no_pair() -> None:
    assert categorize(DOUBTS, source=(2, 3), target=(0, 1), lexicon=LEXICON) is None


# "Chile said Peru was expelled"
EXPELLED = _doc([
    ("Chile", "Chile", "PROPN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1),
    ("Peru", "Peru", "PROPN", "nsubjpass", 4),
    ("was", "be", "AUX", "auxpass", 4),
    ("expelled", "expel", "VERB", "ccomp", 1),
])  # fmt: skip

# "Chile faced sanctions"
FACED = _doc([
    ("Chile", "Chile", "PROPN", "nsubj", 1),
    ("faced", "face", "VERB", "ROOT", 1),
    ("sanctions", "sanction", "NOUN", "dobj", 1),
])  # fmt: skip

# "Chile faced Peruvian sanctions"
FACED_WHOSE = _doc([
    ("Chile", "Chile", "PROPN", "nsubj", 1),
    ("faced", "face", "VERB", "ROOT", 1),
    ("Peruvian", "Peruvian", "ADJ", "amod", 3),
    ("sanctions", "sanction", "NOUN", "dobj", 1),
])  # fmt: skip


def test_categorize_passive_off_the_path_is_not_the_sources_act() -> None:
    assert categorize(EXPELLED, source=(0, 1), target=None, lexicon=LEXICON) is None


def test_categorize_event_undergone_is_not_the_subjects_act() -> None:
    assert categorize(FACED, source=(0, 1), target=None, lexicon=LEXICON) is None


def test_categorize_event_undergone_keeps_the_actor_named_in_its_phrase() -> None:
    d = categorize(FACED_WHOSE, source=(2, 3), target=(0, 1), lexicon=LEXICON)
    assert d is not None and d.category == "SANCTION"
