"""The language pack loader: one validated pack per language, one-line errors."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from geowire.lang import LanguagePackError, load_language
from geowire.lang.pack import Section, validated
from geowire.settings import Settings


def test_english_pack_loads_once_with_its_parser() -> None:
    pack = load_language("en")
    assert pack is load_language("en")
    assert pack.code == "en" and pack.spacy_model
    assert pack.has("roles.yaml") and not pack.has("nothing.yaml")


def test_settings_choose_the_pack() -> None:
    assert Settings().language == "en"
    with pytest.raises(ValidationError):
        Settings(language="English!")


def test_unknown_pack_is_one_line() -> None:
    with pytest.raises(LanguagePackError) as e:
        load_language("zz")
    assert "\n" not in str(e.value) and "zz" in str(e.value)


def test_missing_file_is_one_line() -> None:
    with pytest.raises(LanguagePackError) as e:
        load_language("en").text("absent.yaml")
    assert "absent.yaml" in str(e.value)


def test_compiled_is_built_once_per_pack() -> None:
    pack = load_language("en")
    calls: list[int] = []

    def build(_: object) -> int:
        calls.append(1)
        return 7

    assert pack.compiled("test:seven", build) == 7 == pack.compiled("test:seven", build)
    assert calls == [1]


def test_unknown_keys_are_errors() -> None:
    class Words(Section):
        months: tuple[str, ...] = ()

    with pytest.raises(LanguagePackError) as e:
        validated(Words, {"monhts": ["May"]}, "surface.yaml")
    assert "monhts" in str(e.value)
