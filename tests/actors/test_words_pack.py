"""The actor rules read their words from the language pack they are handed (issue 17): changing the
pack's ``actors`` section changes what they find, and a bad section is a one-line pack error."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc

from geowire.actors.coref import anaphor_kinds, antecedent
from geowire.actors.kb import KnowledgeBase, load_kb
from geowire.actors.resolve import resolve_mentions
from geowire.lang import LanguagePack, LanguagePackError, load_language
from geowire.lang.pack import ActorWords, AnaphorWords, validated
from geowire.nlp.annotate import annotated_from_doc
from geowire.settings import Settings
from geowire.types import ActorMention, DocContext

EN = load_language("en")


def _variant(**actors: Any) -> LanguagePack:
    """English with some words of its ``actors`` section replaced (a fresh pack: nothing compiled)."""
    section = EN.surface.actors.model_copy(update=actors)
    surface = EN.surface.model_copy(update={"actors": section})
    return dataclasses.replace(EN, surface=surface, _memo={})


def _resolve(doc: Doc, kb: KnowledgeBase, lang: LanguagePack) -> list[tuple[str, str | None, str | None]]:
    sentences = annotated_from_doc(doc, lang).sentences
    found = resolve_mentions(doc, DocContext("d", dt.date(2026, 1, 6)), kb, lang, sentences=sentences)
    return [(m.text, m.code, m.sector) for m in found]


def test_words_pack_possessives_drive_the_possessive_rule(
    make_doc: Callable[..., Doc], small_kb: KnowledgeBase
) -> None:
    doc = make_doc("Russia's foreign ministry issued a note.")
    assert _resolve(doc, small_kb, EN) == [("Russia's foreign ministry", "RUS", "GOV")]
    assert _resolve(doc, small_kb, _variant(possessives=())) == [("Russia", "RUS", None)]


def test_words_pack_articles_key_knowledge_base_names(tmp_path: Path) -> None:
    path = tmp_path / "kb.yaml"
    path.write_text("groups:\n  - {code: DPL, name: The Daily Planet, sector: MED}\n", encoding="utf-8")
    english = KnowledgeBase.from_files([path], lang=EN, shipped=False)
    assert [r.code for r in english.refs_for_name("the Daily Planet")] == ["DPL"]
    assert [r.code for r in english.refs_for_name("Daily Planet")] == ["DPL"]
    bare = KnowledgeBase.from_files([path], lang=_variant(articles=()), shipped=False)
    assert bare.refs_for_name("Daily Planet") == []
    assert [r.code for r in bare.refs_for_name("The Daily Planet")] == ["DPL"]


def test_words_pack_office_spellings_make_one_office(small_kb: KnowledgeBase) -> None:
    assert small_kb.office_key("Defense-Minister") == "defence minister"
    plain = KnowledgeBase.from_files([], lang=_variant(office_spellings={}), shipped=False)
    assert plain.office_key("Defense-Minister") == "defense minister"


def test_words_pack_anaphors_come_from_the_pack() -> None:
    chile = ActorMention(0, 5, "Chile", "country", code="CHL", confidence=1.0, how="country-name")
    assert anaphor_kinds(EN)["the bloc"] == frozenset({"igo"})
    assert antecedent([chile], 10, EN, word="the federation") is None
    federation = AnaphorWords(kinds=("country",), words=("the federation",))
    more = _variant(anaphors=(*EN.surface.actors.anaphors, federation))
    assert antecedent([chile], 10, more, word="The Federation") == chile


def test_words_pack_knowledge_base_is_kept_on_the_pack() -> None:
    assert load_kb(Settings(), EN) is load_kb(Settings(), EN)
    other = _variant()
    assert load_kb(Settings(), other) is not load_kb(Settings(), EN)
    assert load_kb(Settings(), other).lang is other


def test_words_pack_bad_actor_section_is_one_line_error() -> None:
    with pytest.raises(LanguagePackError, match=r"surface.yaml: title_wrds: Extra inputs are not permitted"):
        validated(ActorWords, {"title_wrds": ["king"]}, "data/lang/xx/surface.yaml")
    with pytest.raises(LanguagePackError, match=r"anaphors.0.kinds.0"):
        validated(ActorWords, {"anaphors": [{"kinds": ["planet"], "words": ["it"]}]}, "surface.yaml")
