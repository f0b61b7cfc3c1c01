"""Layout blocks read their credit words and dateline shape from the language pack (issue 17):
another pack's words make its credits, a pack without them has none, a bad pattern is one line."""

from __future__ import annotations

from importlib import resources

import pytest

from geowire.lang import LanguagePack, LanguagePackError
from geowire.lang.pack import Surface, TextWords
from geowire.nlp.blocks import alternation, segment_blocks


def _pack(text: TextWords) -> LanguagePack:
    folder = resources.files("geowire.data").joinpath("lang").joinpath("en")
    return LanguagePack(code="xx", name="test", spacy_model=None, surface=Surface(text=text), folder=folder)


def _kinds(text: str, pack: LanguagePack) -> list[str]:
    return [b.kind for b in segment_blocks(text, pack)]


def test_blocks_credit_words_come_from_the_pack() -> None:
    pack = _pack(
        TextWords(
            credit_agencies=("EFE",),
            credit_labels=("Foto",),
            credit_by=("de",),
            bylines=("Por",),
            dateline_line=r"^\d{1,2} de [a-z]+ de \d{4}$",
        )
    )
    text = (
        "Un cuerpo de texto.\nFoto: Ana Ruiz\nFotos de Luis Gil\n(EFE)\nPor Marta Sol\n"
        "4 de marzo de 2025\nFin."
    )
    assert _kinds(text, pack) == ["body", "credit", "credit", "credit", "credit", "dateline", "body"]


def test_blocks_pack_without_words_finds_no_credits_but_links() -> None:
    text = "A body sentence.\nPhoto: John Poe\n(Reuters)\nSee https://example.org/ now\nMar 2, 2026\nEnd."
    assert _kinds(text, _pack(TextWords())) == ["body", "headline", "body", "credit", "headline", "body"]


def test_blocks_bad_dateline_pattern_is_one_line_pack_error() -> None:
    with pytest.raises(LanguagePackError, match=r"text\.dateline_line") as e:
        segment_blocks("Some text.", _pack(TextWords(dateline_line="(unclosed")))
    assert "\n" not in str(e.value)


def test_blocks_alternation_escapes_words_and_never_matches_when_empty() -> None:
    assert alternation(("AP", "EPA-EFE")) == r"(?:AP|EPA\-EFE)"
    assert alternation(()) == "(?!)"
