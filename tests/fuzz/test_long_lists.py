"""Hostile text made of one sentence with thousands of listed names or clauses: the rules that
compare pairs of words read each sentence once, not once per pair, and nothing recurses per list
item (review of 2026-12-05: 4,000 names after "that" took 16 s in the transfer rules, 2,500
", it has" clauses 8.5 s in the categorizer, and a long list of countries overflowed the stack
of the role reader).  Counted in calls, never timed."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geowire.coding import categorize as categorize_module
from geowire.lang.pack import load_language
from geowire.model.context import SentenceView
from geowire.pipeline import Analyzer
from geowire.settings import Settings
from geowire.types import DocContext, Sentence

from .conftest import budget

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(Settings())


def _analyse(analyzer: Analyzer, text: str) -> None:
    ctx = DocContext(doc_id="dlong", published=dt.date(2024, 5, 2))
    (analysis,) = analyzer.analyse([(ctx, text)])
    assert analysis.doc_id == "dlong"


def test_a_list_of_thousands_of_countries_neither_recurses_nor_fails(analyzer: Analyzer) -> None:
    names = ", ".join(["Chile"] * 1500)
    _analyse(analyzer, f"Envoys said that {names} sold rifles to Peru.")


def test_the_categorizer_tries_a_long_sentence_once(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each actor pair tries the words that can be triggers, not every word of the sentence."""
    calls = 0
    decide = categorize_module._decide_token

    def counting(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        return decide(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(categorize_module, "_decide_token", counting)
    n = 400
    _analyse(analyzer, "Bolivia blamed Chile" + ", it has" * n + ".")
    assert calls < 100 * n  # trying every word for every pronoun: 362,747 (quadratic; 60 a pronoun now)


def _view(text: str) -> SentenceView:
    sentence = Sentence(index=0, start=100, end=100 + len(text), text=text)
    ctx = DocContext(doc_id="d", published=None)
    return SentenceView(sentence=sentence, ctx=ctx, lang=load_language("en"))


_BREAK = re.compile(r"[;:]|,\s+(?:and|but)\b|\bwhile\b", re.IGNORECASE)
_LISTED = re.compile(r"\b(?:sent|sold)\b[^;:]*?(?P<comma>,)\s+(?:[A-Z]\w+\s+){1,3}(?:sent|sold)\b")
_WORDS = st.lists(
    st.sampled_from(["Chile", "Peru", "sent", "sold", "guns", "while", "and", "but", ",", ";", ":", "then"]),
    max_size=30,
)


@budget(ci=40, long=2_000)
@given(_WORDS, st.integers(0, 200), st.integers(0, 200))
def test_first_within_is_the_search_of_the_slice(words: list[str], a: int, b: int) -> None:
    """:meth:`SentenceView.first_within` finds what a search of the slice between two offsets finds."""
    text = " ".join(words)
    view = _view(text)
    lo, hi = 100 + min(a, b) % (len(text) + 1), 100 + max(a, b) % (len(text) + 1)
    lo, hi = min(lo, hi), max(lo, hi)
    for regex in (_BREAK, _LISTED):
        # only offsets at word edges, as the rules ask (mentions and cues start and end words)
        if not _at_edge(text, lo - 100) or not _at_edge(text, hi - 100):
            continue
        expected = regex.search(view.slice(lo, hi))
        found = view.first_within(regex, lo, hi)
        assert (found is None) == (expected is None)
        if found is not None and expected is not None:
            assert (found.start(), found.end()) == (lo - 100 + expected.start(), lo - 100 + expected.end())
            if "comma" in regex.groupindex:
                assert found.start("comma") == lo - 100 + expected.start("comma")


def _at_edge(text: str, i: int) -> bool:
    return i in (0, len(text)) or text[i - 1] == " " or text[i] == " "


def test_matches_are_found_once_per_sentence_and_regex() -> None:
    view = _view("Chile sent guns; Peru sold rifles, and Bolivia sent boats")
    first = list(view.finditer(_BREAK))
    assert [m for _s, _e, m in view.finditer(_BREAK)] == [m for _s, _e, m in first]  # the same objects
    later = [(s, e) for s, e, _m in first if s >= 120]
    assert [(s, e) for s, e, _m in view.finditer(_BREAK, lo=120)] == later


def test_first_within_reads_whole_words_and_any_pattern() -> None:
    """An offset inside a word does not cut it into a match ("sold" in "soldiers", the transfer
    rules' listed clause reaching 40 characters past a name), and a pattern with inline flags is
    searched as it is (review12)."""
    from geowire.model.lexicon import model_lexicon

    text = "Chile sent rifles to Peru in the spring of last year, Argentine soldiers trained crews."
    view = _view(text)
    listed = model_lexicon(load_language("en")).transfers.listed_clause
    cut = 100 + text.index("soldiers") + 4  # inside "soldiers"
    assert view.first_within(listed, 100, cut) is None
    flagged = re.compile(r"(?i)peru")
    found = view.first_within(flagged, 100, 100 + len(text))
    assert found is not None and found.group(0) == "Peru"
