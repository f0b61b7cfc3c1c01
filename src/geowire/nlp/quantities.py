"""Quantities in the text: value, unit and qualifier ("more than $20 billion", "around 5,000",
"up to 250 kilometres", "$1.2bn", "120 military personnel").

A regular expression finds the numbers (with currency, scale words and qualifiers); the unit is
the currency, a measurement unit written after the number, or else the head noun the number
counts (from the parse when there is one, else the next word).  Years, ordinals, times,
designations ("F-16", "Il-76") and hyphenated durations ("15-year") are not quantities.  The
words (qualifiers, scales, currencies, units, number words, separators) are the language pack's
``numbers`` section, compiled once per pack (:func:`quantity_rules`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from geowire.lang.pack import LanguagePack, NumberWords
from geowire.nlp.anchors import DIGIT_RUN, finditer_at, is_word, word_start
from geowire.nlp.annotate import doc_text
from geowire.nlp.dates import alternation, date_rules
from geowire.types import Quantity, Sentence

_CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB"}  # signs, not words
_CURRENCY_CHARS = frozenset("$€£¥₽")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_NEXT_WORD = re.compile(r"\s*([A-Za-z][\w\-]*)")


@dataclass(frozen=True)
class QuantityRules:
    """What the quantity extractor compiles from a pack's ``numbers`` (and its months)."""

    number: re.Pattern[str]
    number_words: re.Pattern[str] | None  # where a number written as a word starts
    numbers: NumberWords
    cardinals: dict[str, int]
    scales: dict[str, float]
    qualifiers: dict[str, str]
    day_of_month: tuple[re.Pattern[str], re.Pattern[str]] | None
    ordinals: tuple[str, ...]
    time: re.Pattern[str]


def quantity_rules(lang: LanguagePack) -> QuantityRules:
    """The pack's number pattern and lookups, compiled once per pack."""
    return lang.compiled("nlp.quantities", _build_rules)


def _bounded(words: list[str]) -> str:
    """``words`` as an alternation, a word-final ``\b`` after those that end in a word character."""
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    return "|".join(re.escape(w) + (r"\b" if is_word(w[-1]) else "") for w in ordered) or "(?!)"


def _build_rules(lang: LanguagePack) -> QuantityRules:
    nums = lang.surface.numbers
    t, d = re.escape(nums.thousands_separator), re.escape(nums.decimal_mark)
    digits = rf"\d{{1,3}}(?:{t}\d{{3}})+(?:{d}\d+)?|\d+(?:{d}\d+)?"
    words = rf"|(?i:{alternation(nums.quantity_words)})\b" if nums.quantity_words else ""
    number = re.compile(
        rf"(?:(?P<qual>\b(?i:{alternation(nums.qualifiers)}))\s+)?"
        r"(?P<cur>US\$|\$|€|£|¥|₽)?\s?"
        rf"(?<![\w\-./:,])(?P<num>{digits}{words})(?![\d\-/:]|[.,]\d)"
        rf"(?:\s?(?P<scale>(?i:{alternation(nums.scales)}))\b)?"
        rf"(?:\s?(?P<pct>%|{_bounded(nums.percent)}))?(?![A-Za-z])",
    )
    dates = date_rules(lang)
    return QuantityRules(
        number=number,
        number_words=(
            re.compile(rf"\b(?:{alternation(nums.quantity_words)})\b", re.IGNORECASE)
            if nums.quantity_words
            else None
        ),
        numbers=nums,
        cardinals={k.lower(): v for k, v in nums.cardinals.items()},
        scales={k.lower(): v for k, v in nums.scales.items()},
        qualifiers={k.lower(): v for k, v in nums.qualifiers.items()},
        day_of_month=dates.day_of_month,
        ordinals=tuple(lang.surface.dates.ordinal_suffixes),
        time=re.compile(rf"\s?(?:{_bounded(nums.time_suffixes)})"),
    )


def extract_quantities(doc: Doc, *, sentences: list[Sentence], lang: LanguagePack) -> list[Quantity]:
    """Every quantity in ``doc`` outside credits, in text order."""
    rules = quantity_rules(lang)
    text = doc_text(doc)
    token_starts: list[int] | None = None
    found = []
    for m in _number_matches(text, rules):
        if _is_not_quantity(m, rules):
            continue
        if token_starts is None and doc.has_annotation("DEP"):
            token_starts = doc.to_array(IDX).tolist()  # no Token objects: ~1000 per article
        found.append(_quantity(doc, m, token_starts, rules))
    return _attach_sentences(found, sentences)


def _number_matches(text: str, rules: QuantityRules) -> Iterator[re.Match[str]]:
    """What ``rules.number.finditer(text)`` yields, trying the pattern only where a match can
    start: at a digit run or a number word (a number starts one: nothing word-like may stand
    before it), at the blank or currency sign before it, or at the start of a (1-3 word)
    qualifier before those."""
    starts: set[int] = set()
    numbers = [d.start() for d in DIGIT_RUN.finditer(text)]
    if rules.number_words is not None:
        numbers += [w.start() for w in rules.number_words.finditer(text)]
    for q in numbers:
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
    return finditer_at(rules.number, text, sorted(starts))


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


def _is_not_quantity(m: re.Match[str], rules: QuantityRules) -> bool:
    num, text = m.group("num"), m.string
    if m.group("cur") or m.group("scale") or m.group("pct"):
        return False
    if _YEAR.match(num):
        return True  # a year; dates are extracted elsewhere
    if rules.day_of_month is not None:
        before, after_month = rules.day_of_month
        if before.search(text, max(0, m.start("num") - 12), m.start("num")) or after_month.match(
            text, m.end()
        ):
            return True  # the day of a date ("Jan 6", "7 May")
    after = text[m.end() : m.end() + 3]
    return after.startswith(rules.ordinals) or bool(rules.time.match(after))


def _quantity(doc: Doc, m: re.Match[str], token_starts: list[int] | None, rules: QuantityRules) -> Quantity:
    value = _number_value(m.group("num"), rules)
    scale = (m.group("scale") or "").lower()
    value *= rules.scales.get(scale, 1.0)
    end = m.end()
    unit: str | None = _CURRENCY.get((m.group("cur") or "").lower())
    if m.group("pct"):
        unit = "%"
    if unit is None:
        unit, end = _unit_after(doc, m, token_starts, rules)
    start = m.start("qual") if m.group("qual") else m.start("cur") if m.group("cur") else m.start("num")
    qual = rules.qualifiers.get(m.group("qual").lower()) if m.group("qual") else None
    return Quantity(start=start, end=end, text=m.string[start:end], value=value, unit=unit, qualifier=qual)


def _number_value(num: str, rules: QuantityRules) -> float:
    """The value of a figure written in digits (the pack's separators) or as a number word."""
    if not num[0].isdigit():
        return float(rules.cardinals[num.lower()])
    nums = rules.numbers
    return float(num.replace(nums.thousands_separator, "").replace(nums.decimal_mark, "."))


def _unit_after(
    doc: Doc, m: re.Match[str], token_starts: list[int] | None, rules: QuantityRules
) -> tuple[str | None, int]:
    """The unit written after the number (maybe after a linking word: "millones de euros"): a
    currency/measure word, else the counted noun."""
    nxt = _NEXT_WORD.match(m.string, m.end())
    if nxt and nxt.group(1).lower() in rules.numbers.linkers:
        nxt = _NEXT_WORD.match(m.string, nxt.end()) or nxt
    if nxt:
        word = nxt.group(1).lower()
        if word in rules.numbers.currencies:
            return rules.numbers.currencies[word], nxt.end()
        if word in rules.numbers.units:
            return rules.numbers.units[word], nxt.end()
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
