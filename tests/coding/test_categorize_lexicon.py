"""The event lexicon of a language pack: the shipped one validates, bad ones fail with a clear
LanguagePackError (a KnowledgeBaseError) naming the file, entry and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from geowire.coding.categorize import lexicon_of, parse_lexicon
from geowire.errors import KnowledgeBaseError
from geowire.lang.pack import LanguagePack, LanguagePackError, Surface
from geowire.types import PLOVER_CATEGORIES
from geowire.yamlio import load_yaml

from .conftest import EN

HEADER = """version: 1
pass_through: [say]
intent: [plan]
light_verbs: [hold]
grammar: {future_auxiliaries: [will], negators: [not], possibility_modals: [may], obligation_modals: [must],
  condition_marks: [if], threat_marks: [unless], failure_verbs: [fail], infinitive_markers: [to],
  partitive_preps: [of]}
"""


def _parse(body: str) -> object:
    return parse_lexicon(load_yaml(HEADER + body), "lex.yaml")


def _pack(folder: Path) -> LanguagePack:
    return LanguagePack(code="xx", name="test", spacy_model=None, surface=Surface(), folder=folder)


def test_categorize_lexicon_shipped_file_loads_and_covers_every_category() -> None:
    lex = lexicon_of(EN)
    categories = {s.category for s in lex.verbs.values()} | {s.category for s in lex.nouns.values()}
    assert categories == set(PLOVER_CATEGORIES)
    assert lex.verbs["condemn"].category == "ACCUSE"
    assert any(rest == ("for",) for rest, _ in lex.verb_phrases["call"])
    assert "never" in lex.grammar.negators and "unless" in lex.grammar.threat_marks


def test_categorize_lexicon_is_compiled_once_per_pack() -> None:
    assert lexicon_of(EN) is lexicon_of(EN)


def test_categorize_lexicon_unknown_category_is_rejected() -> None:
    with pytest.raises(LanguagePackError, match="unknown PLOVER category"):
        _parse("entries:\n  - {category: INVESTIGATE, verbs: [probe]}\n")


def test_categorize_lexicon_word_under_two_categories_is_rejected() -> None:
    body = "entries:\n  - {category: AID, verbs: [donate]}\n  - {category: ASSAULT, verbs: [donate]}\n"
    with pytest.raises(KnowledgeBaseError, match="lex.yaml: verb 'donate'"):
        _parse(body)


def test_categorize_lexicon_malformed_trigger_and_unknown_key_are_rejected() -> None:
    with pytest.raises(KnowledgeBaseError, match="lower-case"):
        _parse("entries:\n  - {category: AID, verbs: [Donate]}\n")
    with pytest.raises(KnowledgeBaseError, match="verbz"):
        _parse("entries:\n  - {category: AID, verbz: [donate]}\n")


def test_categorize_lexicon_without_grammar_words_is_rejected() -> None:
    raw = load_yaml("version: 1\npass_through: []\nintent: []\nlight_verbs: []\nentries: []\n")
    with pytest.raises(LanguagePackError, match="lex.yaml: grammar"):
        parse_lexicon(raw, "lex.yaml")


def test_categorize_lexicon_pack_without_the_file_is_a_language_pack_error(tmp_path: Path) -> None:
    with pytest.raises(LanguagePackError, match="event_lexicon.yaml"):
        lexicon_of(_pack(tmp_path))


def test_categorize_lexicon_is_read_from_the_pack_it_is_given(tmp_path: Path) -> None:
    (tmp_path / "event_lexicon.yaml").write_text(
        HEADER + "entries:\n  - {category: AID, verbs: [donar]}\n", encoding="utf-8"
    )
    lex = lexicon_of(_pack(tmp_path))
    assert set(lex.verbs) == {"donar"} and lex.verbs["donar"].category == "AID"
