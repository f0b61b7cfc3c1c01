"""Quantities in the text: value, unit and qualifier ("more than $20 billion", "around 5,000",
"up to 250 kilometres", "$1.2bn", "120 military personnel", "two dozen howitzers", "hundreds of
troops").

A regular expression finds the figures in digits (with currency, scale words and qualifiers);
:mod:`geowire.nlp.numbers` reads the figures in words.  The unit is the currency, a measurement
unit written after the number, or else the head noun the number counts (from the parse when there
is one, else the next word).  Years, ordinals, times, designations ("F-16", "Il-76") and
hyphenated durations ("15-year", "one-year") are not quantities; nor is a figure in words that is
one spelled word or compound ("four", "forty-eight") unless it counts a noun after it, never when
it is one ("one of the") or follows a reference word ("the two sides").  The words (qualifiers,
scales, currencies, units, number words, separators) are the language pack's ``numbers`` section,
compiled once per pack (:func:`quantity_rules`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.attrs import IDX, LOWER
from spacy.tokens import Doc, Token

from geowire.lang.pack import LanguagePack, NumberWords
from geowire.nlp.anchors import DIGIT_RUN, finditer_at, is_word, word_start
from geowire.nlp.annotate import doc_text
from geowire.nlp.dates import alternation, date_rules
from geowire.nlp.numbers import NumberGrammar, NumberPhrase, number_grammar, read_number
from geowire.types import Quantity, Sentence

_CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB"}  # signs, not words
_CURRENCY_CHARS = frozenset("$€£¥₽")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_NEXT_WORD = re.compile(r"\s*([A-Za-z][\w\-]*)")
_LAST_WORD = re.compile(r"(\w+)\s+$")
_ISSUED = re.compile(r"\s*([A-Za-z][\w.\-]*)\s+([A-Za-z]+)\b")  # "US dollars", "U.S. dollar"


@dataclass(frozen=True)
class QuantityRules:
    """What the quantity extractor compiles from a pack's ``numbers`` (and its months)."""

    number: re.Pattern[str]
    grammar: NumberGrammar  # figures in words
    qualifier_before: re.Pattern[str]  # a qualifier right before a figure in words
    percent_after: re.Pattern[str]
    references: frozenset[str]
    numbers: NumberWords
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
    number = re.compile(
        rf"(?:(?P<qual>\b(?i:{alternation(nums.qualifiers)}))\s+)?"
        r"(?P<cur>US\$|\$|€|£|¥|₽)?\s?"
        rf"(?<![\w\-./:,])(?P<num>{digits})(?![\d\-/:]|[.,]\d)"
        rf"(?:\s?(?P<scale>(?i:{alternation(nums.scales)}))\b)?"
        rf"(?:\s?(?P<pct>%|{_bounded(nums.percent)}))?(?![A-Za-z])",
    )
    dates = date_rules(lang)
    return QuantityRules(
        number=number,
        grammar=number_grammar(lang),
        qualifier_before=re.compile(rf"\b(?P<qual>(?i:{alternation(nums.qualifiers)}))\s+$"),
        percent_after=re.compile(rf"\s?(?:%|{_bounded(nums.percent)})"),
        references=frozenset(w.lower() for w in nums.references),
        numbers=nums,
        scales={k.lower(): v for k, v in nums.scales.items()},
        qualifiers={k.lower(): v for k, v in nums.qualifiers.items()},
        day_of_month=dates.day_of_month,
        ordinals=tuple(lang.surface.dates.ordinal_suffixes),
        time=re.compile(rf"\s?(?:{_bounded(nums.time_suffixes)})"),
    )


@dataclass
class _Tokens:
    """The doc's token starts, read once when a figure needs them (no Token objects: ~1000 per
    article), and whether it is parsed."""

    doc: Doc
    parsed: bool
    _starts: list[int] | None = None

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = self.doc.to_array(IDX).tolist()
        return self._starts

    def starting(self, words: frozenset[str]) -> list[int]:
        """Where the tokens whose lower case is one of ``words`` start."""
        hashes = {self.doc.vocab.strings[w] for w in words}
        return [s for s, h in zip(self.starts, self.doc.to_array(LOWER).tolist(), strict=True) if h in hashes]

    def at(self, char: int) -> Token | None:
        """The token ``char`` lies in."""
        i = bisect_right(self.starts, char) - 1
        return self.doc[i] if i >= 0 else None


def extract_quantities(doc: Doc, *, sentences: list[Sentence], lang: LanguagePack) -> list[Quantity]:
    """Every quantity in ``doc`` outside credits, in text order."""
    rules = quantity_rules(lang)
    text = doc_text(doc)
    tokens = _Tokens(doc, doc.has_annotation("DEP"))
    found = [
        _quantity(m, tokens, rules) for m in _number_matches(text, rules) if not _is_not_quantity(m, rules)
    ]
    found += _word_quantities(text, tokens, rules)
    return _attach_sentences(_without_overlaps(found), sentences)


def _without_overlaps(found: list[Quantity]) -> list[Quantity]:
    """``found`` in text order, without a quantity that starts inside the one before it."""
    out: list[Quantity] = []
    for q in sorted(found, key=lambda q: (q.start, -q.end)):
        if not out or q.start >= out[-1].end:
            out.append(q)
    return out


def _number_matches(text: str, rules: QuantityRules) -> Iterator[re.Match[str]]:
    """What ``rules.number.finditer(text)`` yields, trying the pattern only where a match can
    start: at a digit run or a number word (a number starts one: nothing word-like may stand
    before it), at the blank or currency sign before it, or at the start of a (1-3 word)
    qualifier before those."""
    starts: set[int] = set()
    for q in (d.start() for d in DIGIT_RUN.finditer(text)):
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


def _quantity(m: re.Match[str], tokens: _Tokens, rules: QuantityRules) -> Quantity:
    value = _number_value(m.group("num"), rules)
    scale = (m.group("scale") or "").lower()
    value *= rules.scales.get(scale, 1.0)
    end = m.end()
    unit: str | None = _CURRENCY.get((m.group("cur") or "").lower())
    if m.group("pct"):
        unit = "%"
    if unit is None:
        unit, end = _unit_after(m.string, m.start("num"), m.end(), tokens, rules)
    start = m.start("qual") if m.group("qual") else m.start("cur") if m.group("cur") else m.start("num")
    qual = rules.qualifiers.get(m.group("qual").lower()) if m.group("qual") else None
    return Quantity(start=start, end=end, text=m.string[start:end], value=value, unit=unit, qualifier=qual)


def _number_value(num: str, rules: QuantityRules) -> float:
    """The value of a figure written in digits (the pack's separators)."""
    nums = rules.numbers
    return float(num.replace(nums.thousands_separator, "").replace(nums.decimal_mark, "."))


def _word_quantities(text: str, tokens: _Tokens, rules: QuantityRules) -> list[Quantity]:
    """The figures in words that count something ("two dozen howitzers", "hundreds of troops")."""
    out = []
    pos = 0
    for a in tokens.starting(rules.grammar.first_words):  # much cheaper than a regex scan
        if a < pos:
            continue
        phrase = read_number(text, a, rules.grammar)
        if phrase is None:
            continue
        pos = phrase.end
        if _counts(text, phrase, tokens, rules):
            out.append(_word_quantity(text, phrase, tokens, rules))
    return out


def _counts(text: str, p: NumberPhrase, tokens: _Tokens, rules: QuantityRules) -> bool:
    """Whether a figure in words is a quantity: not part of a designation or a hyphenated
    modifier ("one-year"), not a time; a lone spelled count only when it is not one, follows no
    reference word ("the two sides") and counts the noun after it."""
    if p.start > 0 and (text[p.start - 1] in "-./:," or is_word(text[p.start - 1])):
        return False
    if text[p.end : p.end + 1] == "-" or rules.time.match(text, p.end):
        return False
    if not p.spelled_only or rules.percent_after.match(text, p.end):
        return True
    before = _LAST_WORD.search(text, max(0, p.start - 30), p.start)
    if p.value == 1 or (before and before.group(1).lower() in rules.references):
        return False
    if tokens.parsed:
        return _counted_noun(tokens, p.last_word) is not None
    last = tokens.at(p.end - 1)  # unparsed: the next token is a content word
    nxt = last.nbor() if last is not None and last.i + 1 < len(tokens.doc) else None
    return nxt is not None and nxt.is_alpha and not nxt.is_stop and not nxt.like_num


def _word_quantity(text: str, p: NumberPhrase, tokens: _Tokens, rules: QuantityRules) -> Quantity:
    qm = rules.qualifier_before.search(text, max(0, p.start - 30), p.start)
    start = qm.start() if qm else p.start
    qual = rules.qualifiers.get(qm.group("qual").lower()) if qm else None
    if qual is None and p.vague:
        qual = rules.numbers.vague_qualifier
    pct = rules.percent_after.match(text, p.end)
    if pct:
        unit: str | None
        unit, end = "%", pct.end()
    else:
        links = rules.numbers.vague_links if p.vague else []
        unit, end = _unit_after(text, p.last_word, p.end, tokens, rules, links=links)
    return Quantity(start=start, end=end, text=text[start:end], value=p.value, unit=unit, qualifier=qual)


def _unit_after(
    text: str, num: int, end: int, tokens: _Tokens, rules: QuantityRules, *, links: list[str] | None = None
) -> tuple[str | None, int]:
    """The unit written after the number that starts at ``num`` and ends at ``end`` (maybe after a
    linking word: "millones de euros", "hundreds of troops"): a currency/measure word, else the
    counted noun."""
    issued = _issued_currency(text, end, rules)
    if issued is not None:
        return issued
    nxt = _NEXT_WORD.match(text, end)
    if nxt and (nxt.group(1).lower() in rules.numbers.linkers or nxt.group(1).lower() in (links or [])):
        nxt = _NEXT_WORD.match(text, nxt.end()) or nxt
    if nxt:
        word = nxt.group(1).lower()
        if word in rules.numbers.currencies:
            return rules.numbers.currencies[word], nxt.end()
        if word in rules.numbers.units:
            return rules.numbers.units[word], nxt.end()
    head = _counted_noun(tokens, num) if tokens.parsed else None
    if head is not None:
        return head.lemma_.lower() or head.lower_, head.idx + len(head)
    if nxt and nxt.group(1).isalpha() and nxt.group(1).islower():
        return nxt.group(1).lower(), nxt.end()
    return None, end


def _issued_currency(text: str, end: int, rules: QuantityRules) -> tuple[str, int] | None:
    """(cx24) A currency word after its issuer right after a figure ("1.3 billion US dollars",
    "40 million Australian dollars"): the issuer's currency and the end of the word, else None."""
    m = _ISSUED.match(text, end)
    if m is None or m.group(2).lower() not in rules.numbers.currencies:
        return None
    code = rules.numbers.currency_issuers.get(m.group(1).lower())
    return (code, m.end()) if code else None


def _counted_noun(tokens: _Tokens, char: int) -> Token | None:
    tok = tokens.at(char)
    if tok is None:
        return None
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
