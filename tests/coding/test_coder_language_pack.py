"""The coder's words come from the language pack it is handed: each stage file is validated and
compiled once per pack, a bad or missing file is one LanguagePackError naming it, and the
categorizer reads its function words from the lexicon it is given (no hand-built English in code)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.attrs import LOWER
from spacy.tokens import Doc
from spacy.vocab import Vocab

from geowire.coding.categorize import categorize, parse_lexicon
from geowire.coding.modality import cues_of
from geowire.coding.roles import rules_of
from geowire.lang.pack import LanguagePack, LanguagePackError, Surface
from geowire.yamlio import load_yaml

from .conftest import EN, LEXICON

# a hand-built parse whose tokens know their lower-case form (the negator is looked up by it)
NEVER = Doc(Vocab(lex_attr_getters={LOWER: str.lower}), words=["Chile", "never", "supported", "Peru"],
            lemmas=["Chile", "never", "support", "Peru"], pos=["PROPN", "ADV", "VERB", "PROPN"],
            deps=["nsubj", "advmod", "ROOT", "dobj"], heads=[2, 2, 2, 2])  # fmt: skip


def _pack(folder: Path) -> LanguagePack:
    return LanguagePack(code="xx", name="test", spacy_model=None, surface=Surface(), folder=folder)


def _write(folder: Path, name: str, data: dict[str, Any]) -> None:
    import json

    (folder / name).write_text(json.dumps(data), encoding="utf-8")  # JSON is YAML


def test_coder_language_pack_stage_files_are_compiled_once_per_pack() -> None:
    assert rules_of(EN) is rules_of(EN)
    assert cues_of(EN) is cues_of(EN)
    assert {"he", "she"} <= rules_of(EN).person_pronouns and "it" in rules_of(EN).thing_pronouns
    assert "when" in cues_of(EN).clauses.temporal_marks
    assert cues_of(EN).negation.idiom_verbs == frozenset({"lift"})
    assert "could" in EN.surface.coding.hedges and "yesterday" in EN.surface.coding.time_cues


def test_coder_language_pack_missing_role_field_names_file_and_field(tmp_path: Path) -> None:
    raw = dict(EN.yaml("roles.yaml"))
    del raw["person_pronouns"]
    _write(tmp_path, "roles.yaml", raw)
    with pytest.raises(LanguagePackError, match=r"data/lang/xx/roles.yaml: person_pronouns"):
        rules_of(_pack(tmp_path))


def test_coder_language_pack_unknown_modality_key_is_rejected(tmp_path: Path) -> None:
    raw = dict(EN.yaml("modality.yaml"))
    raw["clauses"] = {**raw["clauses"], "temporal_markers": ["when"]}
    _write(tmp_path, "modality.yaml", raw)
    with pytest.raises(LanguagePackError, match=r"modality.yaml: clauses.temporal_markers"):
        cues_of(_pack(tmp_path))


def test_coder_language_pack_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(LanguagePackError, match="roles.yaml"):
        rules_of(_pack(tmp_path))


def test_coder_language_pack_categorizer_reads_negators_from_the_lexicon_it_is_given() -> None:
    d = categorize(NEVER, source=(0, 1), target=(3, 4), lexicon=LEXICON)
    assert d is not None and d.category == "REJECT" and d.adjustment == "negated"
    raw = load_yaml(EN.text("event_lexicon.yaml"))
    raw["grammar"]["negators"] = []  # a language whose "never" is no negator
    plain = categorize(NEVER, source=(0, 1), target=(3, 4), lexicon=parse_lexicon(raw, "test"))
    assert plain is not None and plain.category == "SUPPORT" and plain.adjustment is None
