"""What claim rules see of one sentence: its text, mentions, dates, quantities and events.

All offsets are document offsets (into ``documents.text``); :class:`SentenceView` converts
between them and sentence-relative regex matches.  Also holds small shared helpers: the
country of a mention, the fallback dates of a sentence, and quantity intervals used to compare figures.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Concatenate, Generic, ParamSpec, TypeVar

from geowire.lang.pack import LanguagePack
from geowire.model.lexicon import CASE_TRAPS, Figures, model_lexicon, required_literals
from geowire.nlp.dates import date_rules
from geowire.nlp.dates import fallback_dates as find_fallback_dates
from geowire.types import (
    ActorMention,
    Claim,
    DateExpr,
    DocContext,
    Event,
    Quantity,
    Sentence,
    date_interval,
)


def mention_country(m: ActorMention) -> str | None:
    """The country a mention stands for or belongs to (None for equipment and unknowns)."""
    if m.kind == "equipment":
        return None
    if m.kind == "country":
        return m.code
    return m.country


def actor_code(m: ActorMention) -> str | None:
    """The actor-level code of a mention: its own code (person id, group, organisation) or country."""
    return m.code or m.country


_V = TypeVar("_V")


class _ByRegex(Generic[_V]):
    """A value per compiled regex, found by the regex's identity: a ``dict`` keyed by the Pattern
    would hash its whole compiled code at every look-up.  Each entry keeps its regex, so an id
    reused by a later regex (the first one freed meanwhile) is not taken for it.  A value may be
    None ("this regex cannot be wrapped"): :meth:`made` tells it from a miss.  ``limit``: start
    afresh when that many regexes are kept."""

    __slots__ = ("_by_id", "_limit")

    def __init__(self, *, limit: int | None = None) -> None:
        self._by_id: dict[int, tuple[re.Pattern[str], _V]] = {}
        self._limit = limit

    def made(self, regex: re.Pattern[str], make: Callable[[re.Pattern[str]], _V]) -> _V:
        """The value kept for ``regex``, else ``make(regex)``, kept for it."""
        hit = self._by_id.get(id(regex))
        if hit is not None and hit[0] is regex:
            return hit[1]
        if self._limit is not None and len(self._by_id) >= self._limit:
            self._by_id.clear()
        value = make(regex)
        self._by_id[id(regex)] = (regex, value)
        return value

    def clear(self) -> None:
        self._by_id.clear()

    def __len__(self) -> int:
        return len(self._by_id)


@dataclass
class SentenceView:
    """One sentence and everything the earlier stages found in it."""

    sentence: Sentence
    ctx: DocContext
    lang: LanguagePack
    mentions: list[ActorMention] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # per regex: whether it may match, its matches, and the match found at each position of the
    # text (:meth:`first_within`) — each found once.  Kept by the regex's identity (:class:`_ByRegex`):
    # hashing a Pattern hashes its whole compiled code, ~50 µs for a list of thousands of names,
    # and these are asked tens of thousands of times per hundred articles
    _may: _ByRegex[bool] = field(default_factory=lambda: _ByRegex(), init=False, repr=False, compare=False)
    _matches: _ByRegex[list[tuple[int, int, re.Match[str]]]] = field(
        default_factory=lambda: _ByRegex(), init=False, repr=False, compare=False
    )
    _at_each: _ByRegex[list[tuple[int, int]] | None] = field(
        default_factory=lambda: _ByRegex(), init=False, repr=False, compare=False
    )
    # the answers of the rules' functions marked :func:`per_view` (what a rule works out once per
    # sentence and asks for again, e.g. its transfer cues), by the function and its arguments; a view
    # made anew (``replace``) starts empty
    _answers: dict[tuple[object, ...], tuple[tuple[object, ...], object]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    # the sentence's text and start, kept as attributes: the rules read them ~7,000 times an article
    text: str = field(init=False, repr=False, compare=False)
    start: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.text, self.start = self.sentence.text, self.sentence.start

    @functools.cached_property
    def _read_dates(self) -> tuple[DateExpr, ...]:
        """:func:`sentence_dates`, worked out once: the rules ask for them many times per sentence,
        after the views' dates are filled (``extract``)."""
        found = sorted(self.dates, key=lambda d: d.start) if self.dates else fallback_dates(self)
        return tuple(not_before(self, d) for d in found)

    @functools.cached_property
    def _lowered(self) -> str | None:
        """The lower-cased text for substring pre-tests (None when it holds a case trap)."""
        text = self.sentence.text
        if not text.isascii() and any(c in text for c in CASE_TRAPS):
            return None
        return text.lower()

    def may_match(self, regex: re.Pattern[str]) -> bool:
        """False only when ``regex`` cannot match the sentence: none of its required strings
        (:func:`~geowire.model.lexicon.required_literals`) is in the text — a cheap substring
        test run before the regex scans, which are most of the claim rules' time.  Inline, with
        the regex's test looked up once (:func:`_pre_test`): the claim rules ask ~2,300 regexes
        of the sentences of an article for the first time, ~20 of each, and the calls cost more
        than the tests."""
        may = self._may._by_id
        hit = may.get(id(regex))
        if hit is not None and hit[0] is regex:
            return hit[1]
        test = _PRE_TESTS.get(id(regex))
        if test is None or test[0] is not regex:
            test = _pre_test(regex)
        _, strings, search = test
        lowered = self._lowered
        if lowered is None or (strings is None and search is None):
            found = True
        elif search is not None:
            found = search(lowered) is not None
        else:
            found = False
            for s in strings or ():  # a plain loop: about twice as fast as any() over a generator
                if s in lowered:
                    found = True
                    break
        may[id(regex)] = (regex, found)
        return found

    def search(self, regex: re.Pattern[str]) -> re.Match[str] | None:
        """``regex.search`` over the sentence text (skipped when it cannot match)."""
        return regex.search(self.sentence.text) if self.may_match(regex) else None

    def finditer(
        self, regex: re.Pattern[str], *, lo: int = 0, hi: int | None = None
    ) -> Iterator[tuple[int, int, re.Match[str]]]:
        """Matches of ``regex`` as (doc start, doc end, match), optionally within doc offsets [lo, hi)
        (the sentence is scanned once per regex)."""
        if not self.may_match(regex):
            return iter(())
        found = self._matches.made(regex, self._scan)
        if hi is None and lo <= self.sentence.start:  # every match starts at or after the sentence
            return iter(found)
        return ((s, e, m) for s, e, m in found if s >= lo and (hi is None or e <= hi))

    def _scan(self, regex: re.Pattern[str]) -> list[tuple[int, int, re.Match[str]]]:
        at = self.sentence.start
        return [(at + m.start(), at + m.end(), m) for m in regex.finditer(self.sentence.text)]

    def first_within(self, regex: re.Pattern[str], lo: int, hi: int) -> re.Match[str] | None:
        """The first match of ``regex`` that starts at or after doc offset ``lo`` and ends by ``hi``,
        as ``regex.search`` over ``self.slice(lo, hi)`` finds it, returned as ``regex.match`` of the
        text from its start up to ``hi`` (its offsets are the sentence text's; ``hi`` ends the text
        for ``\b`` and ``$``, while a lookbehind sees the words before ``lo``).  Where the regex
        matches is found once per sentence and regex, so rules that ask this of many pairs of
        offsets cost one scan, not one per pair (a list of thousands of names)."""
        if not self.may_match(regex):
            return None
        lo, hi = max(0, lo - self.start), max(0, hi - self.start)
        found = self._at_each.made(regex, self._starts)
        if found is None:  # a pattern with inline global flags cannot be wrapped: search the slice
            return regex.search(self.text, lo, hi)
        for i in range(bisect.bisect_left(found, (lo, -1)), len(found)):
            start, end = found[i]
            if start >= hi:
                break
            if end <= hi and (m := regex.match(self.text, start, hi)) is not None:
                return m
        return None

    def _starts(self, regex: re.Pattern[str]) -> list[tuple[int, int]] | None:
        """Where ``regex`` matches at each position of the text, None when it cannot be wrapped."""
        every = _at_each_position(regex)
        return None if every is None else [(m.start(1), m.end(1)) for m in every.finditer(self.text)]

    def slice(self, start: int, end: int) -> str:
        sentence = self.sentence  # not the properties: asked ~1,400 times an article
        return sentence.text[max(0, start - sentence.start) : max(0, end - sentence.start)]

    def countries(self, *, lo: int | None = None, hi: int | None = None) -> list[tuple[str, ActorMention]]:
        """(country, mention) of actor mentions within doc offsets [lo, hi), in text order."""
        out = []
        for m in self.mentions:
            c = mention_country(m)
            if c and (lo is None or m.start >= lo) and (hi is None or m.end <= hi):
                out.append((c, m))
        return out

    def equipment(self) -> list[ActorMention]:
        return [m for m in self.mentions if m.kind == "equipment" and m.code]

    def claim(
        self,
        kind: str,
        fields: dict[str, object],
        spans: dict[str, tuple[int, int]],
        *,
        event_id: str | None = None,
    ) -> Claim:
        """A claim of ``kind`` made by this sentence, with its fields and their evidence spans."""
        return Claim(
            kind=kind,  # type: ignore[arg-type]  # the rule modules pass the Claim kinds only
            doc_id=self.ctx.doc_id,
            sentence_index=self.sentence.index,
            start=self.sentence.start,
            end=self.sentence.end,
            fields=fields,
            field_spans=spans,
            event_id=event_id,
        )

    def event_at(self, start: int, end: int) -> Event | None:
        """The event whose trigger overlaps [start, end), else the sentence's only event."""
        for ev in self.events:
            if ev.trigger.start < end and start < ev.trigger.end:
                return ev
        return self.events[0] if len(self.events) == 1 else None


_P = ParamSpec("_P")
_R = TypeVar("_R")
_KEYED_AS_THEY_ARE = frozenset({int, str, bool, float, type(None), tuple})


def per_view(fn: Callable[Concatenate[SentenceView, _P], _R]) -> Callable[Concatenate[SentenceView, _P], _R]:
    """``fn`` (a rule's function of a sentence and plain arguments, whose answer depends on nothing
    else) answered once per view and arguments: the rules ask some of them again and again of one
    sentence (a cue's mood for each system it may govern, the generic systems for each reading).
    Numbers, strings and tuples are keyed by value, a list by its items, anything else (the
    lexicon) by identity — the answer keeps the arguments, so no other object takes that identity
    while it is kept.  A list answer is copied for each caller."""

    @functools.wraps(fn)
    def answered(view: SentenceView, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        key = (fn, *map(_key, args), *(x for kv in sorted(kwargs.items()) for x in (kv[0], _key(kv[1]))))
        hit = view._answers.get(key)
        if hit is None:
            hit = view._answers[key] = ((args, kwargs), fn(view, *args, **kwargs))
        value = hit[1]
        return list(value) if type(value) is list else value  # type: ignore[return-value]

    return answered


def _key(arg: object) -> object:
    kind = type(arg)
    if kind in _KEYED_AS_THEY_ARE:
        return arg
    if kind is list:
        return (list, *map(_key, arg))  # type: ignore[call-overload]
    return (id, id(arg))


_ONE_SCAN = 16  # required strings from which :meth:`SentenceView.may_match` tests them in one scan
_ONE_SCAN_LONGEST = 100  # characters of the longest string a one-scan pattern is built for (its nesting)
_Search = Callable[[str], "re.Match[str] | None"]
# per regex (by identity, the regex kept): its required strings to test one by one, or the search
# that tests them in one scan, or neither (no pre-test: it may match anywhere)
_PreTest = tuple[re.Pattern[str], tuple[str, ...] | None, _Search | None]
_PRE_TESTS: dict[int, _PreTest] = {}


def _pre_test(regex: re.Pattern[str]) -> _PreTest:
    """How :meth:`SentenceView.may_match` tests ``regex``'s required strings
    (:func:`~geowire.model.lexicon.required_literals`), worked out once per regex: for tens or
    hundreds of strings one scan of a pattern that finds a place in a text iff one of them is a
    substring of it (:func:`string_trie`; about half the time of a test of each), unless a string
    is too long for it; for fewer, each string."""
    needed = required_literals(regex)
    if needed is None:
        test: _PreTest = (regex, None, None)
    elif len(needed) >= _ONE_SCAN and max(map(len, needed)) <= _ONE_SCAN_LONGEST:
        test = (regex, None, re.compile(string_trie(needed)).search)
    else:
        test = (regex, tuple(needed), None)
    if len(_PRE_TESTS) >= 4096:
        _PRE_TESTS.clear()
    _PRE_TESTS[id(regex)] = test
    return test


_Trie = dict[str, "_Trie"]  # character -> the strings' rest; "" marks a string's end


def string_trie(strings: Iterable[str]) -> str:
    """A pattern (no flags) that matches at a place of a text iff one of ``strings`` starts there:
    their trie as nested alternations, a string that another one begins with standing for both
    (the longer one cannot be in a text without it)."""
    root: _Trie = {}
    for s in sorted(strings):
        node = root
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: _Trie) -> str:
        if not node:
            return "(?!)"  # no strings: nothing matches
        if "" in node:
            return ""  # a string ends here: what follows need not match
        alts = [re.escape(ch) + pattern(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return pattern(root)


def dates_compatible(a: dt.date, pa: str | None, b: dt.date, pb: str | None, *, slack_days: int = 0) -> bool:
    """Whether two dates of given precisions can refer to the same day."""
    a0, a1 = date_interval(a, pa)
    b0, b1 = date_interval(b, pb)
    return a0 <= _later(b1, slack_days) and b0 <= _later(a1, slack_days)


def _later(day: dt.date, days: int) -> dt.date:
    """``day`` plus ``days``, held at ``date.max`` (a 9999-12-31 date must not overflow)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max


def fallback_dates(view: SentenceView) -> list[DateExpr]:
    """Dates found by the date stage's small fallback parser (``nlp.dates.fallback_dates``) when
    the date stage gave none for this sentence."""
    return find_fallback_dates(
        view.text, view.ctx.published, offset=view.start, sentence=view.sentence.index, lang=view.lang
    )


def sentence_dates(view: SentenceView) -> list[DateExpr]:
    """The date stage's dates for the sentence, or the fallback parser's when it found none; a
    bound that a negation turns round reads as a floor (:func:`not_before`)."""
    return list(view._read_dates)


_CLAUSE_REACH = 90  # characters before a date where its clause's negation may stand


def not_before(view: SentenceView, d: DateExpr) -> DateExpr:
    """``d`` as the earliest time when a negation in its clause stands before its bound ("will not
    arrive until 2028", "no deliveries before March": not before then — relation ``after``, no
    deadline), its span and text the date's own words without the bound, so that no reader takes it
    for a deadline (``build.date_bounds``); else ``d`` as it is."""
    if d.relation not in ("until", "before"):
        return d
    lex = model_lexicon(view.lang)
    before = view.slice(max(view.start, d.start - _CLAUSE_REACH), d.start)
    cut = [m.end() for m in lex.transfers.clause_start.finditer(before)]
    clause = before[cut[-1] :] if cut else before
    if not any(c.mood == "negated" and c.pattern.search(clause) for c in lex.transfers.moods):
        return d
    bound, _, rest = d.text.partition(" ")
    if not rest.strip() or bound.casefold() not in date_rules(view.lang).relations:
        return d
    rest = rest.lstrip()
    return replace(d, start=d.end - len(rest), text=rest, relation="after")


def forward_date(view: SentenceView, fields: dict[str, object], spans: dict[str, tuple[int, int]]) -> None:
    """A planned claim's date read forward ("will arrive in February" published in January: next
    February, not last): the value ahead of the date expression its ``date`` span holds."""
    span = spans.get("date")
    if span is None:
        return
    d = next((d for d in sentence_dates(view) if (d.start, d.end) == span), None)
    if d is not None and d.ahead is not None:
        fields["date"] = d.ahead.isoformat()


_ROUND_FROM = 100  # a plain figure from here on, if a multiple of ten, may be rounded


def quantity_interval(
    value: float, qualifier: str | None, text: str = "", *, figures: Figures
) -> tuple[float, float]:
    """The range of true values a reported figure allows ("about 5,000" = 4,000–6,000)."""
    low_text = text.lower()
    for word, (lo, hi) in figures.vague_ranges.items():
        if word in low_text:
            return lo, hi
    q = (qualifier or "").lower()
    if q in figures.approximate:
        return value * 0.8, value * 1.2
    if q in figures.at_least:
        return value, value * 1.5
    if q in figures.at_most:  # a bound is given near the figure: "up to 1,000" is not 600
        return value * 0.8, value
    if value.is_integer() and (value < _ROUND_FROM or value % 10):
        return value, value  # a plain count ("17 fighters", "4,830 soldiers") is exact
    return value * 0.95, value * 1.05


def figures_compatible(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def qualifier_before(text_before: str, figures: Figures) -> str | None:
    """A figure's qualifier from the words right before it ("more than" → more-than)."""
    m = figures.qualifier_before.search(text_before)
    if not m:
        return None
    return m.group(1).lower().replace(" ", "-")


def _at_each_position(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """``regex`` as a lookahead: one scan of a text yields its match at every position (group 1);
    None for a pattern that starts with inline global flags ("(?i)…"), which cannot be wrapped.
    Built once per regex, kept by its identity (:class:`_ByRegex`)."""
    return _AT_EACH.made(regex, _wrapped)


def _wrapped(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    try:
        return re.compile(f"(?=({regex.pattern}))", regex.flags)
    except re.error:
        return None


_AT_EACH: _ByRegex[re.Pattern[str] | None] = _ByRegex(limit=256)
