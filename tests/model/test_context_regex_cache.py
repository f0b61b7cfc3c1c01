"""One identity cache per regex (:class:`geowire.model.context._ByRegex`) serves both the per-sentence
findings and the wrapped "match at each position" patterns; it keeps a None ("this regex cannot be
wrapped") as a value, not as a miss, so such a regex is tried once."""

from __future__ import annotations

import datetime as dt
import re

from geowire.lang import load_language
from geowire.model import context
from geowire.model.context import SentenceView, _ByRegex
from geowire.types import DocContext, Sentence


def test_context_cache_keeps_none_as_a_value() -> None:
    cache: _ByRegex[str | None] = _ByRegex()
    rx = re.compile("howitzers")
    calls: list[re.Pattern[str]] = []

    def make(regex: re.Pattern[str]) -> str | None:
        calls.append(regex)
        return None

    assert cache.made(rx, make) is None
    assert cache.made(rx, make) is None
    assert calls == [rx] and len(cache) == 1


def test_context_cache_tells_equal_patterns_apart_and_starts_afresh_at_its_limit() -> None:
    cache: _ByRegex[int] = _ByRegex(limit=2)
    a, b, c = re.compile("drones"), re.compile("drones", re.IGNORECASE), re.compile("(?:drones)")
    assert [cache.made(rx, lambda r: len(r.pattern)) for rx in (a, b)] == [6, 6]
    assert len(cache) == 2
    assert cache.made(c, lambda r: len(r.pattern)) == 10
    assert len(cache) == 1  # the limit reached: the others were let go


def test_context_a_regex_that_cannot_be_wrapped_is_tried_once() -> None:
    rx = re.compile("(?i)frigates?")  # inline global flags: no lookahead can hold it
    context._AT_EACH.clear()
    assert context._at_each_position(rx) is None
    assert context._at_each_position(rx) is None
    assert len(context._AT_EACH) == 1
    text = "Two Frigates and a frigate sailed."
    view = SentenceView(
        Sentence(0, 50, 50 + len(text), text),
        DocContext(doc_id="d", published=dt.date(2027, 1, 1)),
        load_language("en"),
    )
    found = view.first_within(rx, 60, 84)
    assert found is not None and found.group() == "frigate"
    assert view.first_within(rx, 50, 84) is not None and len(context._AT_EACH) == 1
