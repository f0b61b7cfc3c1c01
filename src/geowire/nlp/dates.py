"""Date expressions in the text, resolved against the publication date.

Absolute dates ("7 May 2025", "Jan. 3, 2026", "October 2025", "in 2022", "since 1999") resolve
on their own; relative ones ("last year", "on Monday", "four years ago", "Jan. 3", "in October")
need the publication date and are skipped when it is unknown.  Each has a precision (day, month,
year) and a relation (on, since, until, before, after).  Durations ("15-year", "four years",
"for two decades") are not dates.  Photo credits are skipped, and so is the date of a dateline
that opens a paragraph ("ANKARA, 4 March 2024 — …"): it says when the story was filed, which is
the publication date, not when anything in the sentence happened.

A date that would fall outside what Python can hold (a publication date of 0001-01-01 and "last
year", "99999 days ago") is no date: resolution never raises.  :func:`shift_days` and
:func:`year_start` are the safe arithmetic for other stages that move dates.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import Literal, Protocol, cast

from spacy.tokens import Doc

from geowire.nlp.anchors import DIGIT_RUN, finditer_at, word_start
from geowire.nlp.annotate import doc_text
from geowire.types import DateExpr, DatePrecision, Sentence

Relation = Literal["on", "since", "until", "before", "after"]
Scope = Literal["own", "other", "outside"]
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "several": None, "few": None,
}  # fmt: skip

_MON = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_REL = (
    r"(?:(?P<rel>(?i:since|until|till|through|before|after|by|prior to|from|in|on|during|of|early|late|mid))"
    r"[\s-]+)?"
)
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    (
        "day-mon-year",
        re.compile(rf"\b{_REL}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}\.?,?\s+{_YEAR}\b"),
    ),
    ("mon-day-year", re.compile(rf"\b{_REL}{_MON}\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b")),
    ("mon-day", re.compile(rf"\b{_REL}{_MON}\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![,\s]*\d)")),
    ("day-mon", re.compile(rf"\b{_REL}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}\b(?![,.\s]*\d)")),
    ("mon-year", re.compile(rf"\b{_REL}{_MON}\.?,?\s+{_YEAR}\b")),
    (
        "mon",
        re.compile(
            rf"\b(?P<rel>(?i:in|since|until|by|last|this|next|early|late|mid))[\s-]+{_MON}\b(?![.\s]*\d)"
        ),
    ),
    (
        "year",
        re.compile(
            rf"\b(?P<rel>(?i:since|until|till|through|before|after|by|in|from|during|of|early|late|mid|the))"
            rf"[\s-]+{_YEAR}\b(?![-‐–]?\s*(?:year|month|day|\d))"
        ),
    ),
    ("rel-unit", re.compile(r"\b(?P<which>(?i:last|this|next|past))\s+(?P<unit>year|month)\b")),
    (
        "ago",
        re.compile(
            r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"fifteen|twenty|thirty)\s+(?P<unit>years?|months?|weeks?|days?|decades?)\s+ago\b",
            re.IGNORECASE,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:(?P<rel>(?i:on|last|this|next|since|until|by))\s+)?"
            r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    ("deixis", re.compile(r"\b(?P<word>yesterday|today|tomorrow)\b", re.IGNORECASE)),
]
# a dateline at the head of a paragraph (the form ``ingest.metadata.inline_dateline`` reads):
# "PLACE[, REGION][ (Agency)], " before the date, "[ (Agency)] —" or ":" after it
_PLACE = r"[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|de|da|do|del|la|el|al|es|of)){0,4}"
_AGENCY = r"(?:[ \t]*\([^()\n]{1,40}\))?"
_DATELINE_HEAD = re.compile(
    rf"{_PLACE}(?:,[ \t]*{_PLACE})?{_AGENCY},[ \t]*(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?"
)
_TIME = r"(?:,?[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]*[A-Z]{2,4})?)?"
_DATELINE_TAIL = re.compile(rf"{_TIME}{_AGENCY}[ \t]*(?:[—–]|-{{1,2}}(?=\s)|:(?=\s))")
DATELINE_LINES = 5  # a dateline opens one of the first non-empty lines
_RELATION = {
    "since": "since", "from": "since", "until": "until", "till": "until", "through": "until",
    "by": "before", "before": "before", "prior to": "before", "after": "after",
}  # fmt: skip


def shift_days(date: dt.date, days: int) -> dt.date:
    """``date`` moved by ``days``, held within ``date.min``..``date.max`` (never raises)."""
    try:
        return date + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def year_start(year: int) -> dt.date | None:
    """1 January of ``year``, or None when Python cannot hold that year (0, 10000)."""
    return dt.date(year, 1, 1) if dt.MINYEAR <= year <= dt.MAXYEAR else None


def extract_dates(doc: Doc, published: dt.date | None, *, sentences: list[Sentence]) -> list[DateExpr]:
    """Every date expression in ``doc`` outside credits, in text order, without overlaps."""
    text = doc_text(doc)
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    starts = _candidate_starts(text)
    for kind, pattern in _PATTERNS:
        for m in finditer_at(pattern, text, starts[kind]):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            expr = _resolve(kind, m, published)
            if expr is not None:
                found.append(expr)
                taken.append((m.start(), m.end()))
    found = _without_dateline(text, sorted(found, key=lambda d: d.start))
    return _attach_sentences(found, sentences)


# Where a pattern can match at all.  Every pattern starts (after ``\b``) with a digit run, a
# month, a weekday, a deictic word, or a word (a relation, "last", a count) followed by blanks and
# one of those or "year"/"month"; so its matches can only start at these anchors or at the word(s)
# right before them.  Trying the patterns only there finds exactly what ``finditer`` finds over
# the whole text, without trying every position of an ~800-word article (most of the stage's time).
_MONTH_AT = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_WEEKDAY_AT = re.compile(r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
_UNIT_AT = re.compile(r"year|month")
_AGO_AT = re.compile(r"[Aa][Gg][Oo]")  # exactly what (?i:ago) matches
# exactly what (?i:yesterday|today|tomorrow) matches ("ſ" is a case variant of "s")
_DEIXIS_AT = (
    re.compile(r"[Yy][Ee][Ssſ][Tt][Ee][Rr][Dd][Aa][Yy]"),
    re.compile(r"[Tt][Oo](?:[Dd][Aa][Yy]|[Mm][Oo][Rr][Rr][Oo][Ww])"),
)


def _words_before(text: str, q: int, *, hyphen: bool = True, words: int = 2) -> list[int]:
    """The starts of the word before the blanks before ``q``, and of the word before that when a
    single space separates them ("prior to"): where a relation word ending there would start."""
    j = q
    while j > 0 and (text[j - 1].isspace() or (hyphen and text[j - 1] == "-")):
        j -= 1
    k = word_start(text, j)
    if j == q or k == j:
        return []
    out = [k]
    if words > 1 and k > 1 and text[k - 1] == " ":
        k2 = word_start(text, k - 1)
        if k2 < k - 1:
            out.append(k2)
    return out


def _ago_starts(text: str, q: int) -> list[int]:
    """Where "<n> <unit> ago" ending in the "ago" at ``q`` would start."""
    unit = _words_before(text, q, hyphen=False, words=1)
    return _words_before(text, unit[0], hyphen=False, words=1) if unit else []


def _candidate_starts(text: str) -> dict[str, list[int]]:
    """For each pattern, sorted positions where it may match (a superset of its match starts)."""
    digits = [m.start() for m in DIGIT_RUN.finditer(text)]
    months = [m.start() for m in _MONTH_AT.finditer(text)]
    weekdays = [m.start() for m in _WEEKDAY_AT.finditer(text)]
    before_digits = [k for q in digits for k in _words_before(text, q)]
    before_months = [k for q in months for k in _words_before(text, q)]
    on_digits = sorted({*digits, *before_digits})
    on_months = sorted({*months, *before_months})
    return {
        "iso": digits,
        "day-mon-year": on_digits,
        "mon-day-year": on_months,
        "mon-day": on_months,
        "day-mon": on_digits,
        "mon-year": on_months,
        "mon": sorted(set(before_months)),
        "year": sorted(set(before_digits)),
        "rel-unit": sorted({k for m in _UNIT_AT.finditer(text) for k in _words_before(text, m.start())}),
        "ago": sorted({k for m in _AGO_AT.finditer(text) for k in _ago_starts(text, m.start())}),
        "weekday": sorted({*weekdays, *(k for q in weekdays for k in _words_before(text, q))}),
        "deixis": sorted(m.start() for rx in _DEIXIS_AT for m in rx.finditer(text)),
    }


def _without_dateline(text: str, dates: list[DateExpr]) -> list[DateExpr]:
    """``dates`` less those of a dateline heading one of the first lines ("LIMA, 4 Mar 2024:",
    "QUITO, Monday 4 March 2024 —"): the day, and the weekday before it if any."""
    for d in dates:
        line_start = text.rfind("\n", 0, d.start) + 1
        if sum(1 for line in text[:line_start].split("\n") if line.strip()) >= DATELINE_LINES:
            break
        head = _DATELINE_HEAD.match(text, line_start)
        tail = _DATELINE_TAIL.match(text, d.end)
        if d.precision == "day" and head is not None and head.end() == d.start and tail is not None:
            return [e for e in dates if not line_start <= e.start < tail.end()]
    return dates


def _attach_sentences(dates: list[DateExpr], sentences: list[Sentence]) -> list[DateExpr]:
    from dataclasses import replace

    starts = [s.start for s in sentences]
    out = []
    for d in dates:
        i = bisect_right(starts, d.start) - 1
        if i < 0 or d.start >= sentences[i].end or sentences[i].block == "credit":
            continue
        out.append(replace(d, sentence=sentences[i].index))
    return out


def _resolve(kind: str, m: re.Match[str], published: dt.date | None) -> DateExpr | None:
    g = m.groupdict()
    rel = (g.get("rel") or "").lower()
    start = m.start("rel") if rel in _RELATION else _value_start(m)
    relation = cast(Relation, _RELATION.get(rel, "on"))
    value = _value(kind, g, published)
    if value is None:
        return None
    date, precision = value
    end = m.end()
    return DateExpr(
        start=start, end=end, text=m.string[start:end], value=date, precision=precision, relation=relation
    )


def _value_start(m: re.Match[str]) -> int:
    """Where the date itself starts (after a preposition that is not a relation)."""
    starts = [m.start(name) for name, value in m.groupdict().items() if value is not None and name != "rel"]
    return min(starts, default=m.start())


def _value(
    kind: str, g: dict[str, str | None], published: dt.date | None
) -> tuple[dt.date, DatePrecision] | None:
    try:
        return _VALUE[kind](g, published)
    except (ValueError, OverflowError):
        return None  # "31 February", a year out of range: not a date


def _month(g: dict[str, str | None]) -> int:
    return MONTHS[(g["mon"] or "")[:3].lower()]


def _iso(g: dict[str, str | None], p: dt.date | None) -> tuple[dt.date, DatePrecision]:
    return dt.date(int(g["year"] or 0), int(g["m"] or 0), int(g["d"] or 0)), "day"


def _day_month_year(g: dict[str, str | None], p: dt.date | None) -> tuple[dt.date, DatePrecision]:
    return dt.date(int(g["year"] or 0), _month(g), int(g["day"] or 0)), "day"


def _day_month(g: dict[str, str | None], p: dt.date | None) -> tuple[dt.date, DatePrecision] | None:
    if p is None:
        return None
    month, day = _month(g), int(g["day"] or 0)
    year = p.year if (month, day) <= (p.month, p.day) or month - p.month < 2 else p.year - 1
    return dt.date(year, month, day), "day"


def _month_year(g: dict[str, str | None], p: dt.date | None) -> tuple[dt.date, DatePrecision]:
    return dt.date(int(g["year"] or 0), _month(g), 1), "month"


def _month_only(g: dict[str, str | None], p: dt.date | None) -> tuple[dt.date, DatePrecision] | None:
    if p is None:
        return None
    month, which = _month(g), (g.get("rel") or "").lower()
    year = p.year
    if which == "last" or (which != "next" and month > p.month):
        year -= 1
    if which == "next" and month <= p.month:
        year += 1
    return dt.date(year, month, 1), "month"


def _year(g: dict[str, str | None], p: dt.date | None) -> tuple[dt.date, DatePrecision]:
    return dt.date(int(g["year"] or 0), 1, 1), "year"


def _relative_unit(g: dict[str, str | None], p: dt.date | None) -> tuple[dt.date, DatePrecision] | None:
    if p is None:
        return None
    step = {"last": -1, "past": -1, "this": 0, "next": 1}[(g["which"] or "").lower()]
    if g["unit"] == "year":
        return dt.date(p.year + step, 1, 1), "year"
    month_index = p.year * 12 + p.month - 1 + step
    return dt.date(month_index // 12, month_index % 12 + 1, 1), "month"


def _ago(g: dict[str, str | None], p: dt.date | None) -> tuple[dt.date, DatePrecision] | None:
    raw = (g["n"] or "").lower()
    n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
    if p is None or n is None:
        return None
    unit = (g["unit"] or "").lower().rstrip("s")
    if unit in ("year", "decade"):
        return dt.date(p.year - n * (10 if unit == "decade" else 1), 1, 1), "year"
    if unit == "month":
        idx = p.year * 12 + p.month - 1 - n
        return dt.date(idx // 12, idx % 12 + 1, 1), "month"
    return p - dt.timedelta(days=n * (7 if unit == "week" else 1)), "day"


def _weekday(g: dict[str, str | None], p: dt.date | None) -> tuple[dt.date, DatePrecision] | None:
    if p is None:
        return None
    target = WEEKDAYS.index((g["wd"] or "").lower())
    back = (p.weekday() - target) % 7
    if (g.get("rel") or "").lower() == "next":
        return p + dt.timedelta(days=(target - p.weekday()) % 7 or 7), "day"
    if (g.get("rel") or "").lower() == "last" and back == 0:
        back = 7
    return p - dt.timedelta(days=back), "day"


def _deixis(g: dict[str, str | None], p: dt.date | None) -> tuple[dt.date, DatePrecision] | None:
    if p is None:
        return None
    shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[(g["word"] or "").lower()]
    return p + dt.timedelta(days=shift), "day"


_VALUE = {
    "iso": _iso, "day-mon-year": _day_month_year, "mon-day-year": _day_month_year,
    "mon-day": _day_month, "day-mon": _day_month, "mon-year": _month_year, "mon": _month_only,
    "year": _year, "rel-unit": _relative_unit, "ago": _ago, "weekday": _weekday, "deixis": _deixis,
}  # fmt: skip


class ParsedToken(Protocol):
    """What :func:`date_scope` reads of a parsed token (a spaCy ``Token`` or a ``TokenView``)."""

    @property
    def i(self) -> int: ...
    @property
    def dep_(self) -> str: ...
    @property
    def head(self) -> ParsedToken: ...


# a relative clause or a reduced one describes a noun; an apposition or an aside stands beside the
# sentence: a date inside one dates what it describes, not an event outside it
_RELATIVE_DEPS = frozenset({"relcl", "acl"})
_ASIDE_DEPS = frozenset({"appos", "parataxis"})
_CLAUSE_DEPS = frozenset(
    {"ROOT", "relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "csubj", "appos", "pcomp"}
)


def date_scope(date: ParsedToken, trigger: ParsedToken) -> Scope:
    """Where a date (its root token) stands to an event's trigger in the dependency parse.

    "outside": the date is in an apposition or aside that does not contain the trigger, or in a
    relative clause (or reduced one) that does not contain it and describes a noun outside which
    the trigger stands ("Russia, which annexed Crimea in 2014, launched missiles on Thursday":
    2014 is outside "launched"; but "the raid carried out on Sunday" dates "raid", and "a
    statement issued on Monday in which they voiced concern" dates "concern"); "own": the date's
    clause is the trigger's; "other": another clause that may still date the event ("Invading
    Georgia in 2008, Moscow called …")."""
    above_trigger = {t.i for t in _ancestors(trigger)}
    for tok in _ancestors(date):
        if tok.i in above_trigger:
            break
        if tok.dep_ in _ASIDE_DEPS or (tok.dep_ in _RELATIVE_DEPS and tok.head.i not in above_trigger):
            return "outside"
    return "own" if _clause_head(date).i == _clause_head(trigger).i else "other"


def _ancestors(tok: ParsedToken) -> Iterator[ParsedToken]:
    """``tok`` and the tokens above it up to its sentence's root."""
    yield tok
    while tok.head.i != tok.i:
        tok = tok.head
        yield tok


def _clause_head(tok: ParsedToken) -> ParsedToken:
    """The head of the clause ``tok`` is in (the first token above it that heads a clause)."""
    for t in _ancestors(tok):
        if t.dep_ in _CLAUSE_DEPS:
            return t
    return t


def iter_date_patterns() -> Iterator[str]:
    """The names of the date patterns, in the order they are tried (for documentation)."""
    yield from (kind for kind, _ in _PATTERNS)
