"""The date and quantity extractors compile what the language pack gives them; a wrong pattern or
word list is one LanguagePackError line naming it."""

from __future__ import annotations

import dataclasses

import pytest

from geowire.lang import LanguagePackError, load_language
from geowire.lang.pack import DatePattern, DateWords, NumberWords, Surface, validated
from geowire.nlp.dates import date_rules, iter_date_patterns


def _pack_with(dates: DateWords):  # noqa: ANN202
    en = load_language("en")
    return dataclasses.replace(en, code="xx", surface=Surface(dates=dates), _memo={})


def test_dates_pack_patterns_are_the_packs_in_order() -> None:
    kinds = list(iter_date_patterns(load_language("en")))
    # "later" last: it counts from the dates the others found before it (cx15); (cx29) "the following
    # spring" and "later that year" are "later" patterns too
    first_later = kinds.index("later")
    assert kinds[:2] == ["iso", "day-mon-year"] and kinds[first_later - 1] == "deixis"
    assert set(kinds[first_later:]) == {"later"}


def test_dates_pack_unknown_word_list_is_one_line() -> None:
    pack = _pack_with(
        DateWords(patterns=[DatePattern(kind="mon", pattern=r"\b{NOPE} {MONTH}", anchor="MONTH")])
    )
    with pytest.raises(LanguagePackError) as e:
        date_rules(pack)
    assert "NOPE" in str(e.value) and "\n" not in str(e.value)


def test_dates_pack_bad_regex_is_one_line() -> None:
    pack = _pack_with(
        DateWords(patterns=[DatePattern(kind="year", pattern=r"(?P<year>\d{4}", anchor="DIGITS")])
    )
    with pytest.raises(LanguagePackError) as e:
        date_rules(pack)
    assert "not a valid pattern" in str(e.value)


def test_numbers_pack_a_number_word_is_of_one_kind() -> None:
    with pytest.raises(LanguagePackError) as e:
        validated(NumberWords, {"articles": ["a"], "vague_multiples": {"a": 3}}, "surface.yaml numbers")
    assert "'a'" in str(e.value)
    with pytest.raises(LanguagePackError):
        validated(NumberWords, {"spelled": {"dozen": 12}, "articles": ["dozen"]}, "surface.yaml numbers")
    words = {"spelled": {"mil": 1000}, "multipliers": {"mil": 1000}}  # "mil soldados", "dos mil"
    assert validated(NumberWords, words, "surface.yaml numbers").multipliers == {"mil": 1000}


def test_dates_pack_month_numbers_are_checked() -> None:
    with pytest.raises(LanguagePackError):
        validated(DateWords, {"months": {"Smarch": 13}}, "surface.yaml dates")
