"""The model lexicon is validated once per language pack (issue 17: no module-level loader)."""

import copy
import re

import pytest

from geowire.errors import KnowledgeBaseError
from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon, parse_lexicon
from geowire.nlp.numbers import number_grammar

_WHERE = "data/lang/en/model_lexicon.yaml"
_GRAMMAR = number_grammar(load_language("en"))


def _shipped() -> dict:
    return copy.deepcopy(load_language("en").yaml("model_lexicon.yaml"))


def test_lexicon_shipped_file_loads_once_per_pack():
    lang = load_language("en")
    lex = model_lexicon(lang)
    assert any(k.kind == "strategic partnership" for k in lex.agreements.kinds)
    assert lex.transfers.statuses[0].status == "offered"
    assert model_lexicon(lang) is lex


def test_lexicon_whole_patterns_compile_with_their_case_and_placeholders():
    lex = model_lexicon(load_language("en"))
    assert lex.transfers.denial.flags & re.IGNORECASE
    assert not lex.transfers.demonym.flags & re.IGNORECASE  # "Danish" is case-sensitive
    assert "{role}" not in lex.statements.posted_in.pattern
    assert lex.statements.posted_in.search("the embassy in ")
    assert lex.deployments.count.search("about four hundred marines")


def test_lexicon_counts_in_words_come_from_the_packs_number_grammar():
    lex = model_lexicon(load_language("en"))
    assert "number_words" not in load_language("en").yaml("model_lexicon.yaml")["figures"]
    for text in ("sixty troops", "a thousand soldiers", "seventy instructors"):
        assert lex.deployments.count.search(text), text
    # a word only ends a count: "often" holds no "ten", "someone" no "one"
    assert not lex.deployments.count.search("often soldiers")
    assert not lex.deployments.count.search("one soldier")  # a count of personnel is two or more


def test_lexicon_rejects_bad_pattern_and_unknown_key():
    data = _shipped()
    data["agreements"]["kinds"][0]["patterns"] = ["treaty("]
    with pytest.raises(KnowledgeBaseError, match="does not compile"):
        parse_lexicon(data, _WHERE, numbers=_GRAMMAR)
    data = _shipped()
    data["transfers"]["denial"] = "(denied"
    with pytest.raises(KnowledgeBaseError, match="transfers.denial"):
        parse_lexicon(data, _WHERE, numbers=_GRAMMAR)
    data = _shipped()
    data["surprise"] = 1
    with pytest.raises(KnowledgeBaseError, match="surprise"):
        parse_lexicon(data, _WHERE, numbers=_GRAMMAR)


def test_lexicon_parse_keeps_the_packs_parsed_file_as_read():
    lang = load_language("en")
    raw = lang.yaml("model_lexicon.yaml")
    parse_lexicon(raw, _WHERE, numbers=_GRAMMAR)
    assert "{role}" in raw["statements"]["posted_in"]
