"""Anchored regex scans shared by the date and quantity extractors.

Their patterns can only match where a few cheap anchors stand (a digit run, a month name, the
word right before one); trying a pattern only at those positions finds exactly what ``finditer``
finds over the whole text, without trying every character of an ~800-word article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

DIGIT_RUN = re.compile(r"\d+")


def is_word(c: str) -> bool:
    """What ``\\w`` matches in a str pattern."""
    return c.isalnum() or c == "_"


def word_start(text: str, end: int) -> int:
    """The start of the run of word characters that ends at ``end`` (``end`` itself if none)."""
    while end > 0 and is_word(text[end - 1]):
        end -= 1
    return end


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, given sorted ``starts`` that include every position
    where a match may start: the leftmost match at or after the end of the previous one."""
    pos = 0
    for p in starts:
        if p < pos:
            continue
        m = pattern.match(text, p)  # ``\b`` and lookbehinds still see the text before ``p``
        if m is not None:
            yield m
            pos = m.end()
