"""SentenceView's substring pre-test of a regex with many required strings runs as one scan of a
trie pattern (``context.string_trie``): it must pass exactly the texts the plain loop over the
strings passes."""

from __future__ import annotations

import datetime as dt
import random
import re

from geowire.lang import load_language
from geowire.model import context
from geowire.model.context import SentenceView, string_trie
from geowire.model.lexicon import required_literals
from geowire.types import DocContext, Sentence

_CTX = DocContext(doc_id="d", published=dt.date(2025, 1, 1))


def _found(strings: set[str], text: str) -> bool:
    return any(s in text for s in strings)


def test_string_trie_finds_a_place_iff_one_string_is_a_substring() -> None:
    rng = random.Random(5)
    alphabet = "abc-. ("
    for _ in range(300):
        strings = {"".join(rng.choices(alphabet, k=rng.randint(1, 5))) for _ in range(rng.randint(1, 30))}
        trie = re.compile(string_trie(strings))
        for _ in range(20):
            text = "".join(rng.choices(alphabet, k=rng.randint(0, 40)))
            assert (trie.search(text) is not None) == _found(strings, text), (sorted(strings), text)


def test_string_trie_a_prefix_stands_for_the_longer_strings() -> None:
    pattern = string_trie({"tank", "tanker", "tanks", "frigate"})
    assert re.compile(pattern).search("the tan ship") is None
    assert re.compile(pattern).search("two tankers") is not None
    assert re.compile(string_trie(set())).search("anything") is None


def test_sentence_view_one_scan_pre_test_agrees_with_the_loop() -> None:
    rng = random.Random(9)
    names = sorted({"".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=7)) for _ in range(24)})
    regex = re.compile(r"\b(?:" + "|".join(names) + r")s?\b", re.IGNORECASE)
    needed = required_literals(regex)
    assert needed is not None and len(needed) >= context._ONE_SCAN
    lang = load_language("en")
    texts = [f"Two {names[3].title()}s sailed.", f"A {names[0]} moved.", "Nothing here.",
             f"{names[-1].upper()} strikes", f"{names[5][:4]} {names[5][4:]}", f"x{names[7]}y"]  # fmt: skip
    for text in texts:
        view = SentenceView(Sentence(index=0, start=0, end=len(text), text=text), _CTX, lang)
        assert view.may_match(regex) == _found(set(needed), text.lower())
        if regex.search(text):
            assert view.may_match(regex)
