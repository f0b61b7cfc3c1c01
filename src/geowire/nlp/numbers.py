"""Figures written in words: "four", "forty-eight", "two dozen", "five hundred", "one hundred and
twenty", "three thousand five hundred", "a dozen", "half a dozen", and vague ones ("dozens",
"several dozen", "tens of thousands").

The words are the language pack's ``numbers`` section (``spelled``, ``multipliers``, ``articles``,
``fractions``, ``joiners``, ``conjunctions``, ``vague_*``); how they combine is the grammar here:

- spelled words add up when the earlier one is a round figure of at least twenty and the later one
  is below its place ("forty-eight", "doscientos cuarenta"; never "two three" or "ten four");
- a multiplier multiplies the count since the last larger multiplier ("two hundred thousand",
  "three thousand five hundred", "mil millones"); after a power of ten a spelled count may follow,
  with a conjunction or without ("one hundred and twenty");
- an article or a fraction counts one (or a part) of the multiplier after it, and nothing alone;
- a vague plural counts at least two of its unit ("dozens" = 24) times the vague plurals linked
  after it ("tens of thousands" = 20,000); a vague multiple counts some of the multiplier after
  it ("several dozen" = 36).

:func:`read_number` reads the phrase that starts at a position, :func:`number_at` the one a
position lies in; neither judges whether the phrase counts anything (``nlp/quantities.py`` does).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from enum import Enum, auto

from geowire.lang.pack import LanguagePack, NumberWords
from geowire.nlp.dates import alternation

_VAGUE_AT_LEAST = 2  # "dozens": at least two dozen
_MAX_WORDS_BACK = 8  # how far number_at looks back for the start of a phrase
_ROUND_FROM = 20  # "forty-eight", not "ten four"


@dataclass(frozen=True)
class NumberPhrase:
    """A figure in words: its span, value, whether it is vague, and whether it holds only spelled
    words (a lone "four" or "forty-eight", which counts only before a counted noun)."""

    start: int
    end: int
    value: float
    vague: bool = False
    spelled_only: bool = False
    last_word: int = 0  # where its last word starts (the word a counted noun hangs on)


@dataclass(frozen=True)
class NumberGrammar:
    """What :func:`read_number` compiles from a pack's ``numbers``."""

    words: NumberWords
    word: re.Pattern[str]  # one number word at a position
    first_words: frozenset[str]  # the first word of every number word (lower case): where a figure may start
    before: re.Pattern[str]  # a number word and a separator that end at a position
    separator: re.Pattern[str]  # one group per _Sep
    spelled: dict[str, float]
    multipliers: dict[str, float]
    articles: frozenset[str]
    fractions: dict[str, float]
    vague_plurals: dict[str, float]
    vague_multiples: dict[str, float]


def number_grammar(lang: LanguagePack) -> NumberGrammar:
    """The pack's number words and separators, compiled once per pack."""
    return lang.compiled("nlp.numbers", _build_grammar)


def _lower(d: dict[str, float] | dict[str, int]) -> dict[str, float]:
    return {k.lower(): float(v) for k, v in d.items()}


def _build_grammar(lang: LanguagePack) -> NumberGrammar:
    nums = lang.surface.numbers
    every = [*nums.spelled, *nums.multipliers, *nums.articles, *nums.fractions]
    every += [*nums.vague_plurals, *nums.vague_multiples]
    words = rf"(?i:{alternation(every)})(?!\w)" if every else "(?!)"
    joins = [rf"\s+{re.escape(j)}\s+" if j[-1].isalnum() else re.escape(j) for j in nums.joiners]
    blank = r"[^\S\n]+"
    separator = (
        rf"(?P<JOIN>{'|'.join(joins) or '(?!)'})"
        rf"|{blank}(?P<CONJ>(?i:{alternation(nums.conjunctions)})){blank}"
        rf"|{blank}(?P<LINK>(?i:{alternation(nums.vague_links)})){blank}"
        rf"|(?P<SPACE>{blank})"
    )
    return NumberGrammar(
        words=nums,
        word=re.compile(words),
        first_words=frozenset(w.split()[0].lower() for w in every),
        before=re.compile(rf"(?<!\w){words}(?:{separator})$"),
        separator=re.compile(separator),
        spelled=_lower(nums.spelled),
        multipliers=_lower(nums.multipliers),
        articles=frozenset(a.lower() for a in nums.articles),
        fractions=_lower(nums.fractions),
        vague_plurals=_lower(nums.vague_plurals),
        vague_multiples=_lower(nums.vague_multiples),
    )


class _Kind(Enum):
    """What a word of a figure is."""

    NONE = auto()  # nothing read yet
    SPELLED = auto()
    MULTIPLIER = auto()
    ARTICLE = auto()
    FRACTION = auto()
    SEVERAL = auto()  # a vague multiple
    VAGUE = auto()  # a vague plural
    AND_ARTICLE = auto()  # "and a" after a count, before its fraction ("one and a half")


class _Sep(Enum):
    """What stands between two words of a figure (the separator pattern's group names)."""

    FIRST = auto()  # nothing: the first word
    JOIN = auto()
    CONJ = auto()
    LINK = auto()
    SPACE = auto()


_COUNTS_SO_FAR = (_Kind.SPELLED, _Kind.MULTIPLIER, _Kind.ARTICLE, _Kind.FRACTION, _Kind.SEVERAL)


@dataclass
class _State:
    """The figure read so far: finished multiplier groups (value, multiplier), the count since the
    last one, and what the last word was."""

    groups: list[tuple[float, float]] = field(default_factory=list)
    count: float | None = None  # spelled words added up since the last multiplier
    pending: float | None = None  # an article's, fraction's or vague multiple's share of a multiplier
    last: _Kind = _Kind.NONE
    last_value: float = 0.0
    vague: bool = False
    spelled_only: bool = True

    @property
    def value(self) -> float:
        return sum(v for v, _m in self.groups) + (self.count or 0.0)

    @property
    def complete(self) -> bool:
        """Whether the words so far are a figure (an article or "several" alone is not)."""
        return self.last in (_Kind.SPELLED, _Kind.MULTIPLIER, _Kind.VAGUE)


def _place(v: float) -> float:
    return float(10 ** math.floor(math.log10(v))) if v >= 1 else 1.0


def _is_power_of_ten(v: float) -> bool:
    return v >= 100 and _place(v) == v


def _step(st: _State, word: str, sep: _Sep, g: NumberGrammar) -> bool:
    """Take ``word`` after ``sep``; False if it does not continue the figure (``st`` is then
    unchanged)."""
    if st.last is _Kind.NONE:
        return _first(st, word, g)
    if st.last is _Kind.VAGUE:
        unit = g.vague_plurals.get(word)
        if sep is not _Sep.LINK or unit is None or unit <= st.last_value:
            return False
        st.groups = [(st.value * unit, unit)]  # "tens of thousands"
        st.last_value = unit
        return True
    if sep is _Sep.LINK:
        return False
    if st.last is _Kind.AND_ARTICLE or (st.last is _Kind.SPELLED and sep is _Sep.CONJ and word in g.articles):
        return _and_a_fraction(st, word, sep, g)
    mult = g.multipliers.get(word)
    if mult is not None and st.last in _COUNTS_SO_FAR:
        return sep is _Sep.SPACE and _multiply(st, mult)
    add = g.spelled.get(word)
    if add is None:  # "half a dozen"
        return st.last is _Kind.FRACTION and word in g.articles and sep is _Sep.SPACE
    if not _adds(st, add, sep):
        return False
    st.count = (st.count or 0.0) + add
    st.last, st.last_value = _Kind.SPELLED, add
    return True


def _and_a_fraction(st: _State, word: str, sep: _Sep, g: NumberGrammar) -> bool:
    """A count, "and", an article and a fraction add up ("one and a half", then "billion")."""
    if st.last is _Kind.SPELLED:
        st.last = _Kind.AND_ARTICLE
        return True
    fraction = g.fractions.get(word)
    if fraction is None or sep is not _Sep.SPACE:
        return False
    st.count = (st.count or 0.0) + fraction
    st.last, st.last_value = _Kind.SPELLED, fraction
    return True


def _adds(st: _State, add: float, sep: _Sep) -> bool:
    """Whether a spelled ``add`` continues the figure: after a round spelled figure of at least
    twenty, below its place ("forty-eight"), or after a power of ten, below it ("hundred and two")."""
    v = st.last_value
    if st.last is _Kind.SPELLED and sep in (_Sep.SPACE, _Sep.JOIN):
        return v >= _ROUND_FROM and not v % _place(v) and add < _place(v)
    if st.last is _Kind.MULTIPLIER and sep in (_Sep.SPACE, _Sep.CONJ):
        return _is_power_of_ten(v) and add < v
    return False


def _first(st: _State, word: str, g: NumberGrammar) -> bool:
    if word in g.spelled:
        st.count, st.last, st.last_value = g.spelled[word], _Kind.SPELLED, g.spelled[word]
    elif word in g.articles:
        st.pending, st.last = 1.0, _Kind.ARTICLE
    elif word in g.fractions:
        st.pending, st.last = g.fractions[word], _Kind.FRACTION
    elif word in g.vague_multiples:
        st.pending, st.last, st.vague = g.vague_multiples[word], _Kind.SEVERAL, True
    elif word in g.vague_plurals:
        unit = g.vague_plurals[word]
        st.groups, st.last, st.last_value = [(_VAGUE_AT_LEAST * unit, unit)], _Kind.VAGUE, unit
        st.vague = True
    else:
        return False  # a multiplier alone ("hundred") counts nothing
    st.spelled_only = st.last is _Kind.SPELLED
    return True


def _multiply(st: _State, mult: float) -> bool:
    """Multiply the count since the last larger multiplier by ``mult`` ("two hundred thousand")."""
    below = [v for v, m in st.groups if m < mult]
    kept = [(v, m) for v, m in st.groups if m >= mult]
    if any(m == mult for _v, m in kept):
        return False  # "two thousand three thousand": two figures
    share = st.count if st.count is not None else st.pending
    if share is None and not below:
        return False
    share = share or 0.0  # "two hundred thousand": the hundreds are the count
    st.groups = [*kept, ((sum(below) + share) * mult, mult)]
    st.count = st.pending = None
    st.last, st.last_value, st.spelled_only = _Kind.MULTIPLIER, mult, False
    return True


def count_words(g: NumberGrammar) -> list[str]:
    """The words a count of two or more may be found at ("two", "forty", "dozen", "thousand"):
    spelled words of two or more and multipliers; :func:`number_at` reads the whole figure around
    one ("a dozen", "five hundred", "forty-eight")."""
    return [w for w, v in g.spelled.items() if v >= 2] + list(g.multipliers)


def read_number(text: str, start: int, g: NumberGrammar) -> NumberPhrase | None:
    """The longest figure in words that starts at ``start`` (None if none does)."""
    st = _State()
    best: NumberPhrase | None = None
    pos, sep = start, _Sep.FIRST
    while (m := g.word.match(text, pos)) is not None:
        if not _step(st, m.group(0).lower(), sep, g):
            break
        if st.complete:
            best = NumberPhrase(start, m.end(), st.value, st.vague, st.spelled_only, m.start())
        s = g.separator.match(text, m.end())
        if s is None:
            break
        pos, sep = s.end(), _Sep[str(s.lastgroup)]
    return best


def number_at(text: str, pos: int, g: NumberGrammar) -> NumberPhrase | None:
    """The figure in words that ``pos`` lies in, however far before it it starts ("forty-eight"
    around "eight", "Five hundred" at "Five")."""
    starts = [pos]
    for _ in range(_MAX_WORDS_BACK):
        m = g.before.search(text, max(0, starts[-1] - 40), starts[-1])
        if m is None:
            break
        starts.append(m.start())
    for s in reversed(starts):
        phrase = read_number(text, s, g)
        if phrase is not None and phrase.start <= pos < phrase.end:
            return phrase
    return None
