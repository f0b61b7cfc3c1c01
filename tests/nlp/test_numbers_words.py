"""Figures in words (issue 13): the grammar of nlp/numbers.py over the English and Spanish packs'
number words — units, teens, tens, hyphenated compounds, multipliers with "and", articles,
fractions and vague plurals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geowire.lang import load_language
from geowire.nlp.numbers import number_at, number_grammar, read_number

EN = number_grammar(load_language("en"))
ES = number_grammar(load_language("es"))


def _read(text: str, grammar=EN) -> tuple[str, float, bool] | None:  # noqa: ANN001
    p = read_number(text, 0, grammar)
    return None if p is None else (text[p.start : p.end], p.value, p.vague)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seven tanks", ("seven", 7, False)),
        ("Thirteen ships", ("Thirteen", 13, False)),
        ("forty-eight hours", ("forty-eight", 48, False)),
        ("two dozen howitzers", ("two dozen", 24, False)),
        ("Five hundred soldiers", ("Five hundred", 500, False)),
        ("one hundred and twenty trucks", ("one hundred and twenty", 120, False)),
        ("three thousand rifles", ("three thousand", 3000, False)),
        ("three thousand five hundred men", ("three thousand five hundred", 3500, False)),
        ("two hundred thousand people", ("two hundred thousand", 200_000, False)),
        ("ninety-nine thousand nine hundred and ninety-nine", (None, 99_999, False)),
        ("a dozen drones", ("a dozen", 12, False)),
        ("a hundred tanks", ("a hundred", 100, False)),
        ("an hundred", ("an hundred", 100, False)),
        ("half a dozen ships", ("half a dozen", 6, False)),
        ("two million barrels", ("two million", 2e6, False)),
        ("one and a half billion dollars", ("one and a half billion", 1.5e9, False)),
        ("two and a half thousand troops", ("two and a half thousand", 2500, False)),
        ("four and a half", ("four and a half", 4.5, False)),
        ("dozens of drones", ("dozens", 24, True)),
        ("hundreds of troops", ("hundreds", 200, True)),
        ("tens of thousands of people", ("tens of thousands", 20_000, True)),
        ("several dozen instructors", ("several dozen", 36, True)),
        ("a few hundred troops", ("a few hundred", 300, True)),
    ],
)
def test_numbers_read_figures_in_words(text: str, expected: tuple[str | None, float, bool]) -> None:
    got = _read(text)
    assert got is not None
    assert got[1:] == expected[1:]
    if expected[0] is not None:
        assert got[0] == expected[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two three", "two"),  # two figures, not 23
        ("ten four", "ten"),
        ("twenty thirty", "twenty"),
        ("two and three", "two"),  # "and" joins only after a multiplier
        ("forty and fifty", "forty"),
        ("two dozen four", "two dozen"),  # nothing is added to a dozen
        ("one hundred and", "one hundred"),
        ("two and a dozen", "two"),  # "and a" continues a count only with a fraction
        ("three and a", "three"),
        ("hundreds of soldiers", "hundreds"),
        ("one-year", "one"),  # nlp/quantities.py drops it: a hyphen follows
    ],
)
def test_numbers_read_stops_where_the_grammar_does(text: str, expected: str) -> None:
    got = _read(text)
    assert got is not None and got[0] == expected


@pytest.mark.parametrize(
    "text", ["a deal", "an agreement", "hundred", "thousand years", "half the", "several"]
)
def test_numbers_articles_and_bare_multipliers_are_no_figure(text: str) -> None:
    assert _read(text) is None


def test_numbers_number_at_finds_the_figure_a_position_lies_in() -> None:
    text = "They sent forty-eight tanks and Five hundred soldiers, then several dozen more."
    for word, figure, value in [
        ("eight", "forty-eight", 48),
        ("Five", "Five hundred", 500),
        ("dozen", "several dozen", 36),
    ]:
        p = number_at(text, text.index(word), EN)
        assert p is not None and (text[p.start : p.end], p.value) == (figure, value)
    assert number_at(text, text.index("tanks"), EN) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("cuarenta y ocho", 48), ("dos mil", 2000), ("mil", 1000), ("doscientos cuarenta", 240),
     ("mil millones", 1e9), ("un millón", 1e6), ("decenas de miles", 20_000)],
)  # fmt: skip
def test_numbers_spanish_words_use_the_same_grammar(text: str, value: float) -> None:
    got = _read(text, ES)
    assert got is not None and (got[0], got[1]) == (text, value)


_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split()
)
_UNITS += "sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _spell_below_thousand(n: int, *, conjunction: bool) -> list[str]:
    words: list[str] = []
    if n >= 100:
        words += [_UNITS[n // 100], "hundred"]
        n %= 100
        if n and conjunction:
            words.append("and")
    if n >= 20:
        words.append(_TENS[n // 10] + (f"-{_UNITS[n % 10]}" if n % 10 else ""))
    elif n:
        words.append(_UNITS[n])
    return words


def _spell(n: int, *, conjunction: bool) -> str:
    """``n`` (1 … 999,999,999) in English words, with or without "and" after a hundred."""
    words: list[str] = []
    for scale, name in ((1_000_000, "million"), (1_000, "thousand"), (1, "")):
        part = n // scale % 1000
        if part:
            words += _spell_below_thousand(part, conjunction=conjunction) + ([name] if name else [])
    return " ".join(words)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=999_999_999), st.booleans())
def test_numbers_read_every_spelled_integer(n: int, conjunction: bool) -> None:
    text = _spell(n, conjunction=conjunction)
    p = read_number(text + " tanks", 0, EN)
    assert p is not None and (p.end, p.value) == (len(text), n), text
