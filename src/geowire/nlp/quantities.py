"""Quantities in the text: value, unit and qualifier ("more than $20 billion", "around 5,000",
"up to 250 kilometres", "$1.2bn", "120 military personnel").

A regular expression finds the numbers (with currency, scale words and qualifiers); the unit is
the currency, a measurement unit written after the number, or else the head noun the number
counts (from the parse when there is one, else the next word).  Years, ordinals, times,
designations ("F-16", "Il-76") and hyphenated durations ("15-year") are not quantities.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from geowire.nlp.anchors import DIGIT_RUN, finditer_at, word_start
from geowire.nlp.annotate import doc_text
from geowire.types import Quantity, Sentence

_CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB"}
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "yuan": "CNY", "rupees": "INR",
}  # fmt: skip
_SCALE = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9,
    "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
_UNITS = {
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "mi", "miles": "mi", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "barrel": "bbl", "barrels": "bbl",
    "percent": "%", "per cent": "%", "%": "%", "kg": "kg", "kilograms": "kg",
}  # fmt: skip
_QUALIFIERS = {
    "around": "about", "about": "about", "approximately": "about", "roughly": "about", "some": "about",
    "nearly": "about", "almost": "about", "an estimated": "about", "more than": "more-than",
    "over": "more-than", "above": "more-than", "at least": "more-than", "upwards of": "more-than",
    "in excess of": "more-than", "less than": "less-than", "fewer than": "less-than", "under": "less-than",
    "below": "less-than", "at most": "less-than", "up to": "up-to", "as many as": "up-to",
    "exactly": "exactly", "just over": "more-than", "just under": "less-than", "almost exactly": "about",
}  # fmt: skip

_QUAL_RE = "|".join(sorted((re.escape(q) for q in _QUALIFIERS), key=len, reverse=True))
_SCALE_RE = r"thousand|million|billion|trillion|mln|mn|bn|tn|trn|k|m|b"
_NUMBER = re.compile(
    rf"(?:(?P<qual>\b(?i:{_QUAL_RE}))\s+)?"
    r"(?P<cur>US\$|\$|€|£|¥|₽)?\s?"
    r"(?<![\w\-./:,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d\-/:]|[.,]\d)"
    rf"(?:\s?(?P<scale>(?i:{_SCALE_RE}))\b)?"
    r"(?:\s?(?P<pct>%|per cent|percent\b))?(?![A-Za-z])",
)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\s$")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s(?:of\s)?{_MONTHS}(?![a-z])")
_NEXT_WORD = re.compile(r"\s*([A-Za-z][\w\-]*)")


def extract_quantities(doc: Doc, *, sentences: list[Sentence]) -> list[Quantity]:
    """Every quantity in ``doc`` outside credits, in text order."""
    text = doc_text(doc)
    token_starts: list[int] | None = None
    found = []
    for m in _number_matches(text):
        if _is_not_quantity(m):
            continue
        if token_starts is None and doc.has_annotation("DEP"):
            token_starts = doc.to_array(IDX).tolist()  # no Token objects: ~1000 per article
        found.append(_quantity(doc, m, token_starts))
    return _attach_sentences(found, sentences)


_CURRENCY_CHARS = frozenset("$€£¥₽")


def _number_matches(text: str) -> Iterator[re.Match[str]]:
    """What ``_NUMBER.finditer(text)`` yields, trying the pattern only where a match can start:
    at a digit run (a number starts one: nothing word-like may stand before it), at the blank or
    currency sign before it, or at the start of a (1-3 word) qualifier before those."""
    starts: set[int] = set()
    for d in DIGIT_RUN.finditer(text):
        q = d.start()
        anchors = [q]
        j = q - 1 if q > 0 and text[q - 1].isspace() else q  # the optional blank after a currency
        if j < q:
            starts.add(j)
        if j > 0 and text[j - 1] in _CURRENCY_CHARS:
            anchors.append(j - 1)
            if text[max(0, j - 3) : j] == "US$":
                anchors.append(j - 3)
        starts.update(anchors)
        for a in anchors:
            starts.update(_qualifier_starts(text, a))
    return finditer_at(_NUMBER, text, sorted(starts))


def _qualifier_starts(text: str, a: int) -> list[int]:
    """Where a qualifier of up to three single-spaced words, ending in blanks before ``a``, starts."""
    j = a
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == a:
        return []
    out: list[int] = []
    for _ in range(3):
        k = word_start(text, j)
        if k == j:
            break
        out.append(k)
        if k < 1 or text[k - 1] != " ":
            break
        j = k - 1
    return out


def _is_not_quantity(m: re.Match[str]) -> bool:
    num, text = m.group("num"), m.string
    if m.group("cur") or m.group("scale") or m.group("pct"):
        return False
    if _YEAR.match(num):
        return True  # a year; dates are extracted elsewhere
    if _MONTH_BEFORE.search(text, max(0, m.start("num") - 12), m.start("num")) or _MONTH_AFTER.match(
        text, m.end()
    ):
        return True  # the day of a date ("Jan 6", "7 May")
    after = text[m.end() : m.end() + 3]
    return after.startswith(("th", "st", "nd", "rd")) or bool(
        re.match(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b)", after)
    )


def _quantity(doc: Doc, m: re.Match[str], token_starts: list[int] | None) -> Quantity:
    value = float(m.group("num").replace(",", ""))
    scale = (m.group("scale") or "").lower()
    value *= _SCALE.get(scale, 1.0)
    end = m.end()
    unit: str | None = _CURRENCY.get((m.group("cur") or "").lower())
    if m.group("pct"):
        unit = "%"
    if unit is None:
        unit, end = _unit_after(doc, m, token_starts)
    start = m.start("qual") if m.group("qual") else m.start("cur") if m.group("cur") else m.start("num")
    qual = _QUALIFIERS.get(m.group("qual").lower()) if m.group("qual") else None
    return Quantity(start=start, end=end, text=m.string[start:end], value=value, unit=unit, qualifier=qual)


def _unit_after(doc: Doc, m: re.Match[str], token_starts: list[int] | None) -> tuple[str | None, int]:
    """The unit written after the number: a currency/measure word, else the counted noun."""
    nxt = _NEXT_WORD.match(m.string, m.end())
    if nxt:
        word = nxt.group(1).lower()
        if word in _CURRENCY_WORDS:
            return _CURRENCY_WORDS[word], nxt.end()
        if word in _UNITS:
            return _UNITS[word], nxt.end()
    head = _counted_noun(doc, m.start("num"), token_starts) if token_starts is not None else None
    if head is not None:
        return head.lemma_.lower() or head.lower_, head.idx + len(head)
    if nxt and nxt.group(1).isalpha() and nxt.group(1).islower():
        return nxt.group(1).lower(), nxt.end()
    return None, m.end()


def _counted_noun(doc: Doc, char: int, token_starts: list[int]) -> Token | None:
    i = bisect_right(token_starts, char) - 1
    if i < 0:
        return None
    tok = doc[i]
    while tok.dep_ in ("compound", "quantmod") and tok.head.i > tok.i and tok.head.like_num:
        tok = tok.head  # "1.2 million": the last number word carries the relation
    head = tok.head
    if tok.dep_ == "nummod" and head.i > tok.i and head.i - tok.i <= 10 and head.pos_ in ("NOUN", "PROPN"):
        return head
    return None


def _attach_sentences(quantities: list[Quantity], sentences: list[Sentence]) -> list[Quantity]:
    starts = [s.start for s in sentences]
    out = []
    for q in quantities:
        i = bisect_right(starts, q.start) - 1
        if i < 0 or q.start >= sentences[i].end or sentences[i].block == "credit":
            continue
        out.append(replace(q, sentence=sentences[i].index))
    return out
