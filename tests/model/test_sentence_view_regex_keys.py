"""SentenceView keeps what it found per regex by the regex's identity: a compiled Pattern's hash
is worked out from its whole compiled code at every call, which for a pattern listing thousands
of names cost more than the scans the cache saves."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from geowire.lang import load_language
from geowire.model import context
from geowire.model.context import SentenceView
from geowire.types import DocContext, Sentence

_CTX = DocContext(doc_id="d", published=dt.date(2025, 1, 1))


class _CountingPattern:
    """A compiled pattern that counts how often it is hashed and scanned (re.Pattern cannot be
    subclassed); everything else is the real pattern's."""

    def __init__(self, pattern: str) -> None:
        self.real = re.compile(pattern, re.IGNORECASE)
        self.hashed = 0
        self.scans = 0

    def __hash__(self) -> int:
        self.hashed += 1
        return hash(self.real)

    def finditer(self, text: str, *args: Any) -> Any:
        self.scans += 1
        return self.real.finditer(text, *args)

    def search(self, text: str, *args: Any) -> Any:
        self.scans += 1
        return self.real.search(text, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def _view(text: str, start: int = 100) -> SentenceView:
    sentence = Sentence(index=0, start=start, end=start + len(text), text=text)
    return SentenceView(sentence, _CTX, load_language("en"))


def test_sentence_view_regex_lookups_never_hash_the_pattern():
    view = _view("The navy bought two frigates and four frigates more.")
    rx = _CountingPattern(r"\bfrigates?\b")
    for _ in range(5):
        assert view.may_match(rx)  # type: ignore[arg-type]
        found = [(s, e) for s, e, _m in view.finditer(rx)]  # type: ignore[arg-type]
        assert view.first_within(rx, 100, 200) is not None  # type: ignore[arg-type]
    assert found == [(m.start() + 100, m.end() + 100) for m in rx.real.finditer(view.text)]
    assert rx.hashed == 0
    assert rx.scans == 1  # finditer scans the sentence once; first_within's scan is its own pattern's


def test_sentence_view_finditer_scans_once_per_regex_and_sentence():
    view = _view("Tanks, more tanks and yet more tanks.")
    rx = _CountingPattern(r"tanks")
    first = list(view.finditer(rx))  # type: ignore[arg-type]
    again = list(view.finditer(rx, lo=107))  # type: ignore[arg-type]
    assert len(first) == 3 and len(again) == 2
    assert rx.scans == 1


def test_sentence_view_equal_patterns_of_other_identity_get_their_own_entries():
    view = _view("The frigates sailed.")
    a = re.compile("frigates")
    b = re.compile("frigates", re.IGNORECASE)
    c = re.compile("(?:frigates)")
    assert [m.group() for _s, _e, m in view.finditer(a)] == ["frigates"]
    assert [m.group() for _s, _e, m in view.finditer(b)] == ["frigates"]
    assert [m.group() for _s, _e, m in view.finditer(c)] == ["frigates"]
    assert view.search(re.compile("sank")) is None


def test_at_each_position_is_built_once_per_regex():
    rx = re.compile(r"\bcorvettes?\b")
    context._AT_EACH.clear()
    first = context._at_each_position(rx)
    assert first is context._at_each_position(rx)
    assert len(context._AT_EACH) == 1
    assert first is not None and first.pattern == rf"(?=({rx.pattern}))"


def test_lexicon_pattern_lists_compile_their_alternation_once(monkeypatch):  # noqa: ANN001
    from geowire.model import lexicon

    calls: list[tuple[str, ...]] = []
    real = lexicon.compile_any

    def counting(patterns: list[str] | tuple[str, ...]) -> re.Pattern[str]:
        calls.append(tuple(patterns))
        return real(patterns)

    monkeypatch.setattr(lexicon, "compile_any", counting)
    kind = lexicon.AgreementKind(kind="treaty", patterns=["treat(?:y|ies)", "pact"])
    first = kind.regex
    assert all(kind.regex is first for _ in range(5))
    assert calls == [("treat(?:y|ies)", "pact")]
    assert first.search("They signed a PACT.") is not None
    assert kind == lexicon.AgreementKind(kind="treaty", patterns=["treat(?:y|ies)", "pact"])
