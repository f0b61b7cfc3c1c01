"""Date expressions in the text, resolved against the publication date.

Absolute dates ("7 May 2025", "Jan. 3, 2026", "October 2025", "in 2022", "since 1999") resolve
on their own; relative ones ("last year", "last week", "on Monday", "four years ago", "Jan. 3", "in October")
need the publication date and are skipped when it is unknown.  Each has a precision (day, month,
year) and a relation (on, since, until, before, after).  Durations ("15-year", "four years",
"for two decades") are not dates.  Photo credits are skipped, and so is the date of a dateline
that opens a paragraph ("ANKARA, 4 March 2024 — …"): it says when the story was filed, which is
the publication date, not when anything in the sentence happened.

Every word and pattern comes from the language pack's ``dates`` section (docs/languages.md),
compiled once per pack (:func:`date_rules`).  This is the one date extractor: ingest's written
dates and datelines (:func:`find_written_date`, :func:`written_date_at`), the event coder's year
safety net (:func:`year_cue`) and the model's fallback dates (:func:`fallback_dates`) are here too.

A date that would fall outside what Python can hold (a publication date of 0001-01-01 and "last
year", "99999 days ago") is no date: resolution never raises.  :func:`shift_days` and
:func:`year_start` are the safe arithmetic for other stages that move dates.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING, Literal, NamedTuple, Protocol, cast

from geowire.lang.pack import LanguagePack, LanguagePackError
from geowire.nlp.anchors import DIGIT_RUN, word_start
from geowire.types import DateExpr, DatePrecision, Sentence

if TYPE_CHECKING:  # spaCy is loaded by the annotator; ingest reads written dates without it
    from spacy.tokens import Doc, Token

Relation = Literal["on", "since", "until", "before", "after"]
Scope = Literal["own", "other", "outside"]
DATELINE_LINES = 5  # a dateline opens one of the first non-empty lines
FILED_WITHIN = 31  # days a dateline's date may stand from the publication date and still be counted from
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_FIELD = re.compile(r"\{([A-Z][A-Z_]*)\}")
_AGENCY = r"(?:[ \t]*\([^()\n]{1,40}\))?"
_DASH = r"[ \t]*(?:[—–]|-{1,2}(?=\s)|:(?=\s))"
_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029]")  # what ends a line (nlp/blocks)


@dataclass(frozen=True)
class _Pattern:
    kind: str
    regex: re.Pattern[str]
    anchor: tuple[str, bool]  # a field name (or DIGITS) and whether its words are read in any case
    back: int
    at_anchor: bool


@dataclass(frozen=True)
class Tense:
    """The pack's ``dates.tense`` words as lower-cased sets (:func:`clause_reading`)."""

    future: frozenset[str]
    modal: frozenset[str]
    perfect: frozenset[str]
    infinitive: frozenset[str]
    schedule: frozenset[str]


@dataclass(frozen=True)
class DateRules:
    """What the date extractors compile from a pack's ``dates`` (and ``numbers.cardinals``)."""

    patterns: tuple[_Pattern, ...]
    anchors: dict[tuple[str, bool], re.Pattern[str]]
    months: dict[str, int]  # as written, then lower-cased
    weekdays: dict[str, int]
    relations: dict[str, Relation]
    steps: dict[str, int]
    deixis: dict[str, int]
    units: dict[str, str]
    counts: dict[str, int]
    written: tuple[re.Pattern[str], ...]
    day_of_month: tuple[re.Pattern[str], re.Pattern[str]] | None
    dateline_head: re.Pattern[str]
    dateline_weekday: re.Pattern[str]
    dateline_tail: re.Pattern[str]
    fallback: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]
    year_cue: re.Pattern[str]
    previous_year: re.Pattern[str]
    month_stop: re.Pattern[str]  # a month's full name ending a sentence ("September. ")
    seasons: dict[str, int]  # lower-cased word → the season's first month
    quarters: dict[str, int]  # lower-cased ordinal → 1..4
    tense: Tense


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (escaped, longest first; ``(?!)`` when there are none)."""
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    return "|".join(re.escape(w) for w in ordered) if ordered else "(?!)"


def date_rules(lang: LanguagePack) -> DateRules:
    """The pack's date patterns and lookups, compiled once per pack."""
    return lang.compiled("nlp.dates", _build_rules)


def _build_rules(lang: LanguagePack) -> DateRules:
    words, numbers = lang.surface.dates, lang.surface.numbers
    plain = {name: alternation(ws) for name, ws in words.words.items()} | {
        "MONTH": alternation(words.months),
        "MONTH_FORMS": alternation(words.months),
        "WEEKDAY": alternation(words.weekdays),
        "ORDINAL": alternation(words.ordinal_suffixes),
        "COUNT": alternation(numbers.cardinals),
        "DEIXIS": alternation(words.deixis),
        "SEASON": alternation(words.seasons),
        "QUARTER": alternation(words.quarters),
    }
    fields = plain | {
        "MONTH": f"(?P<mon>{plain['MONTH']})",
        "WEEKDAY": f"(?P<wd>{plain['WEEKDAY']})",
        "YEAR": _YEAR,
    }
    where = f"language pack {lang.code!r}: dates"

    def rx(template: str) -> re.Pattern[str]:
        return _compile(template, fields, where)

    patterns = tuple(
        _Pattern(p.kind, rx(p.pattern), (p.anchor, p.anchor_any_case), p.back, p.at_anchor)
        for p in words.patterns
    )
    lists = {**words.words, "MONTH": list(words.months), "WEEKDAY": list(words.weekdays)}
    lists |= {
        "COUNT": list(numbers.cardinals),
        "DEIXIS": list(words.deixis),
        "ORDINAL": words.ordinal_suffixes,
        "SEASON": list(words.seasons),
        "QUARTER": list(words.quarters),
    }
    anchors = {key: _anchor(key, lists, where) for key in {p.anchor for p in patterns}}
    shape = words.dateline
    fb = words.fallback
    return DateRules(
        patterns=patterns,
        anchors=anchors,
        months=_lookup(words.months),
        weekdays=_lookup(words.weekdays),
        relations={k.lower(): v for k, v in words.relations.items()},
        steps={k.lower(): v for k, v in words.steps.items()},
        deixis={k.lower(): v for k, v in words.deixis.items()},
        units={k.lower(): v for k, v in words.units.items()},
        counts={k.lower(): v for k, v in numbers.cardinals.items()},
        written=tuple(rx(w) for w in words.written),
        day_of_month=(rx(words.day_of_month[0]), rx(words.day_of_month[1])) if words.day_of_month else None,
        dateline_head=rx(f"{shape.place}(?:,[ \t]*{shape.place})?{_AGENCY},[ \t]*"),
        dateline_weekday=rx(f"(?:{shape.weekday})?"),
        dateline_tail=rx(f"{shape.time}{_AGENCY}{_DASH}"),
        fallback=(rx(fb.day), rx(fb.month), rx(fb.year)),
        year_cue=rx(fb.year_cue),
        previous_year=rx(fb.previous_year),
        month_stop=re.compile(rf"\b(?:{alternation(_full_names(words.months))})\.(?=\s)"),
        seasons={k.lower(): v for k, v in words.seasons.items()},
        quarters={k.lower(): v for k, v in words.quarters.items()},
        tense=Tense(**{k: frozenset(w.lower() for w in ws) for k, ws in words.tense.model_dump().items()}),
    )


def _full_names(months: dict[str, int]) -> list[str]:
    """Each month's longest written forms ("September", not "Sept"): a full stop after one ends a
    sentence, after a shorter form it marks the abbreviation."""
    longest = {n: max(len(f) for f, m in months.items() if m == n) for n in set(months.values())}
    return [f for f, n in months.items() if len(f) == longest[n]]


def _lookup(forms: dict[str, int]) -> dict[str, int]:
    """``forms`` as written, then lower-cased (a form as written wins)."""
    out = {k.lower(): v for k, v in forms.items()}
    return {**out, **forms}


def _compile(template: str, fields: dict[str, str], where: str) -> re.Pattern[str]:
    def field(m: re.Match[str]) -> str:
        if m.group(1) not in fields:
            raise LanguagePackError(f"{where}: no word list {m.group(1)!r} for {template!r}")
        return fields[m.group(1)]

    try:
        return re.compile(_FIELD.sub(field, template))
    except re.error as e:
        raise LanguagePackError(f"{where}: {template!r} is not a valid pattern: {e}") from e


def _anchor(key: tuple[str, bool], words: dict[str, list[str]], where: str) -> re.Pattern[str]:
    """What finds the starts of the anchor's words (the shortest of each family: "Jan" for
    "January" too)."""
    name, any_case = key
    if name == "DIGITS":
        return DIGIT_RUN
    if name not in words:
        raise LanguagePackError(f"{where}: no word list {name!r} to anchor a pattern at")
    shortest = [w for w in words[name] if not any(w != v and w.startswith(v) for v in words[name])]
    if not any_case:
        return re.compile(alternation(shortest))
    ordered = sorted(shortest, key=len, reverse=True)
    return re.compile("|".join("".join(_case_class(c) for c in w) for w in ordered) or "(?!)")


_BMP = "".join(map(chr, range(0x10000)))


@lru_cache(maxsize=512)
def _case_class(c: str) -> str:
    """A character class of exactly what ``c`` matches under ``re.IGNORECASE`` ("s" → ``[Ssſ]``):
    scanning with it is several times faster than an ignore-case pattern."""
    found = re.findall(re.escape(c), _BMP, re.IGNORECASE)
    return re.escape(c) if len(found) < 2 else "[" + "".join(re.escape(x) for x in found) + "]"


def _anchor_starts(anchor: re.Pattern[str], text: str) -> list[int]:
    """Every position where ``anchor`` matches (digit runs: where each starts; words: overlapping
    ones too, so "yesterdaYesterday" gives both)."""
    if anchor is DIGIT_RUN:
        return [m.start() for m in DIGIT_RUN.finditer(text)]
    out = []
    m = anchor.search(text)
    while m is not None:
        out.append(m.start())
        m = anchor.search(text, m.start() + 1)
    return out


def shift_days(date: dt.date, days: int) -> dt.date:
    """``date`` moved by ``days``, held within ``date.min``..``date.max`` (never raises)."""
    try:
        return date + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def year_start(year: int) -> dt.date | None:
    """1 January of ``year``, or None when Python cannot hold that year (0, 10000)."""
    return dt.date(year, 1, 1) if dt.MINYEAR <= year <= dt.MAXYEAR else None


def extract_dates(
    doc: Doc, published: dt.date | None, *, sentences: list[Sentence], lang: LanguagePack
) -> list[DateExpr]:
    """Every date expression in ``doc`` outside credits, in text order, without overlaps; a date
    without its year read as the tense of its clause says (:func:`clause_reading`) where ``doc`` is
    parsed ("since" dates always back)."""
    from geowire.nlp.annotate import doc_text

    rules = date_rules(lang)
    found = _find(doc_text(doc), published, rules)
    backs = {(f.expr.start, f.expr.end): f.back for f in found if f.back is not None}
    dates = _attach_sentences([f.expr for f in found], sentences)
    parsed = doc.has_annotation("DEP")
    out = []
    for d in dates:
        back = backs.get((d.start, d.end))
        if d.ahead is None and back is None:
            out.append(_read(d, _bound_reading(d)))  # one reading only ("next month", "in 2024")
            continue
        out.append(_read(d, clause_reading(doc, d, rules) if parsed else _bound_reading(d), back))
    return out


def find_dates(text: str, published: dt.date | None, *, lang: LanguagePack) -> list[DateExpr]:
    """Every date expression in ``text`` but a leading dateline's, in text order, without overlaps.

    Relative words count from the day the story was filed: a dateline's own date where it stands
    near ``published`` (within :data:`FILED_WITHIN` days), else ``published``."""
    return [f.expr for f in _find(text, published, date_rules(lang))]


class _Found(NamedTuple):
    expr: DateExpr
    back: dt.date | None  # a day without its year read strictly back, where that differs from expr.value


def _find(text: str, published: dt.date | None, rules: DateRules) -> list[_Found]:
    found = _scan(text, published, rules)
    filed = _dateline_date(text, [f.expr for f in found], rules)
    if filed is not None and published is not None and 0 < abs((filed - published).days) <= FILED_WITHIN:
        found = _scan(text, filed, rules)
    kept = {id(d) for d in _without_dateline(text, [f.expr for f in found], rules)}
    return [f for f in found if id(f.expr) in kept]


def _scan(text: str, published: dt.date | None, rules: DateRules) -> list[_Found]:
    """Every date expression in ``text``, in text order, without overlaps (the dateline's too)."""
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    starts = _candidate_starts(text, rules)
    stops = _stops(text, rules)
    for pattern, at in zip(rules.patterns, starts, strict=True):
        for m in _matches_before_stops(pattern.regex, text, at, stops):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if pattern.kind in _FROM_BEFORE:
                expr = _later(m, [f.expr for f in found], rules)
            else:
                expr = _resolve(pattern.kind, m, published, rules)
            if expr is not None:
                back = _strictly_back(expr.value, published) if pattern.kind in _YEARLESS_DAYS else None
                found.append(_Found(expr, back))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f.expr.start)


_YEARLESS_DAYS = frozenset({"mon-day", "day-mon"})
_FROM_BEFORE = frozenset({"later"})  # kinds counted from a date found before them (:func:`_later`)
_SENTENCE_END = re.compile(r"[.!?;](?=\s)")


def _later(m: re.Match[str], before: list[DateExpr], rules: DateRules) -> DateExpr | None:
    """ "a year later", "two months later" — (cx29) and "the following year / spring", "later that
    year", "that same month" — counted from the last date said before it in its sentence, at that
    date's precision or coarser ("in 2022 … a year later" is 2023, "in July 2024 … the following
    spring" 2025); None when the sentence says none before it, or the step is finer than that date
    ("in 2022 … a week later")."""
    g = m.groupdict()
    said = [d for d in before if d.end <= m.start() and not _SENTENCE_END.search(m.string, d.end, m.start())]
    if not said:
        return None
    base = max(said, key=lambda d: d.end)
    season = rules.seasons.get((g["unit"] or "").lower())
    if season is not None:  # "in July 2024 … the following spring": the next such season, as a year
        year = base.value.year + (1 if base.precision == "year" or base.value.month >= season else 0)
        first = dt.date(year, 1, 1)
        return DateExpr(start=m.start(), end=m.end(), text=m.group(0), value=first, precision="year")
    n = _steps_on(g, rules)
    unit = rules.units.get((g["unit"] or "").lower())
    if n is None or unit is None:
        return None
    value: tuple[dt.date, DatePrecision]
    if unit in ("year", "decade"):
        value = dt.date(base.value.year + n * (10 if unit == "decade" else 1), 1, 1), "year"
    elif unit == "month" and base.precision in ("month", "day"):
        idx = base.value.year * 12 + base.value.month - 1 + n
        value = dt.date(idx // 12, idx % 12 + 1, 1), "month"
    elif unit in ("week", "day") and base.precision == "day":
        day = base.value + dt.timedelta(days=n * (7 if unit == "week" else 1))
        value = (day, "day") if unit == "day" else (_week_month(day), "month")
    else:
        return None
    start = m.start()
    return DateExpr(start=start, end=m.end(), text=m.group(0), value=value[0], precision=value[1])


def _steps_on(g: dict[str, str | None], rules: DateRules) -> int | None:
    """How many units a "later" expression counts on: its number ("two years later"), one for "the
    following year", none for "later that year"."""
    raw = (g.get("n") or "").lower()
    if raw:
        return int(raw) if raw.isdigit() else rules.counts.get(raw)
    return 1 if g.get("next") else 0 if g.get("same") else None


def _strictly_back(value: dt.date, published: dt.date | None) -> dt.date | None:
    """A day without its year that its value puts after the publication's month ("on 10 February"
    in January: read as this year's, as a plan may mean) read back: the year before's; else None."""
    if published is None or (value.year, value.month) <= (published.year, published.month):
        return None
    try:
        return value.replace(year=value.year - 1)
    except ValueError:  # 29 February
        return None


# A date is read within its line and its sentence: a line break (every line is a block of its own,
# nlp/blocks) or a month's full name ending a sentence ("… in September." then "2. The next …")
# ends what a pattern may read, lookaheads included, so "in September" stays a month there.


def _stops(text: str, rules: DateRules) -> list[int]:
    """Sorted offsets a date may not run past: each line break, and the end of each full month
    name followed by a full stop and a blank ("May. ", not the abbreviation's "Sept. ")."""
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    ends = [m.end() for m in rules.month_stop.finditer(text)]
    return sorted(breaks + ends)


def _matches_before_stops(
    pattern: re.Pattern[str], text: str, starts: Iterable[int], stops: list[int]
) -> Iterator[re.Match[str]]:
    """What ``nlp.anchors.finditer_at`` yields, each match read no further than the first stop after its
    start (``\\b`` and lookbehinds still see the text before it)."""
    pos = 0
    for p in starts:
        if p < pos:
            continue
        i = bisect_right(stops, p)
        m = pattern.match(text, p, stops[i] if i < len(stops) else len(text))
        if m is not None:
            yield m
            pos = m.end()


# Where a pattern can match at all.  Every pattern names its anchor (a digit run, a month, a
# weekday, a deictic word, a unit, "ago") and how many words before it a match may start (a
# relation, "last", a count); trying the patterns only there finds exactly what ``finditer`` finds
# over the whole text, without trying every position of an ~800-word article (most of the stage's
# time).


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


def _candidate_starts(text: str, rules: DateRules) -> list[list[int]]:
    """For each pattern, sorted positions where it may match (a superset of its match starts)."""
    steps: dict[tuple[tuple[str, bool], int], list[int]] = {}  # the anchors, then the words before

    def step(anchor: tuple[str, bool], n: int) -> list[int]:
        if (anchor, n) not in steps:
            steps[anchor, n] = (
                [k for q in step(anchor, n - 1) for k in _words_before(text, q)]
                if n
                else _anchor_starts(rules.anchors[anchor], text)
            )
        return steps[anchor, n]

    memo: dict[tuple[tuple[str, bool], int, bool], list[int]] = {}
    for p in rules.patterns:
        key = (p.anchor, p.back, p.at_anchor)
        if key not in memo:
            memo[key] = sorted(
                {k for n in range(0 if p.at_anchor else 1, p.back + 1) for k in step(p.anchor, n)}
            )
    return [memo[p.anchor, p.back, p.at_anchor] for p in rules.patterns]


def _without_dateline(text: str, dates: list[DateExpr], rules: DateRules) -> list[DateExpr]:
    """``dates`` less those of a dateline heading one of the first lines ("LIMA, 4 Mar 2024:",
    "QUITO, Monday 4 March 2024 —"): the day, and the weekday before it if any."""
    found = _dateline(text, dates, rules)
    if found is None:
        return dates
    _, start, end = found
    return [e for e in dates if not start <= e.start < end]


def _dateline_date(text: str, dates: list[DateExpr], rules: DateRules) -> dt.date | None:
    """The date of a dateline heading one of the first lines, if any."""
    found = _dateline(text, dates, rules)
    return None if found is None else found[0].value


def _dateline(text: str, dates: list[DateExpr], rules: DateRules) -> tuple[DateExpr, int, int] | None:
    """The date of a dateline heading one of the first lines, with where the dateline's line
    starts and where its date's tail (a time, the agency, the dash) ends."""
    for d in dates:
        line_start = text.rfind("\n", 0, d.start) + 1
        if sum(1 for line in text[:line_start].split("\n") if line.strip()) >= DATELINE_LINES:
            break
        head = dateline_head(text, line_start, rules)
        tail = rules.dateline_tail.match(text, d.end)
        if d.precision == "day" and head == d.start and tail is not None:
            return d, line_start, tail.end()
    return None


def dateline_head(text: str, pos: int, rules: DateRules) -> int | None:
    """Where the date of a dateline opening at ``pos`` would start (after the place, the agency, a
    comma and maybe a weekday), or None when no dateline head stands there."""
    head = rules.dateline_head.match(text, pos)
    if head is None:
        return None
    weekday = rules.dateline_weekday.match(text, head.end())
    return weekday.end() if weekday else head.end()


def _attach_sentences(dates: list[DateExpr], sentences: list[Sentence]) -> list[DateExpr]:
    starts = [s.start for s in sentences]
    out = []
    for d in dates:
        i = bisect_right(starts, d.start) - 1
        if i < 0 or d.start >= sentences[i].end or sentences[i].block == "credit":
            continue
        out.append(replace(d, sentence=sentences[i].index))
    return out


def _resolve(kind: str, m: re.Match[str], published: dt.date | None, rules: DateRules) -> DateExpr | None:
    g = m.groupdict()
    rel = (g.get("rel") or "").lower()
    start = m.start("rel") if rel in rules.relations else _value_start(m)
    relation: Relation = rules.relations.get(rel, "on")
    value = _value(kind, g, published, rules)
    if value is None:
        return None
    date, precision = value
    end = m.end()
    ahead = _ahead(kind, g, published, rules) if rel not in rules.steps else None  # "last Monday": said
    return DateExpr(
        start=start,
        end=end,
        text=m.string[start:end],
        value=date,
        precision=precision,
        relation=relation,
        ahead=ahead if ahead != date else None,
    )


def _ahead(kind: str, g: Groups, p: dt.date | None, rules: DateRules) -> dt.date | None:
    """A weekday, a month or a day of a month without its year read forward from the publication
    ``p``: the next such day or month (the values above read them as the last one, as reports of
    what happened mostly mean)."""
    if p is None:
        return None
    try:
        if kind == "weekday":
            target = _word(rules.weekdays, g["wd"])
            return None if target is None else _weekday_from(p, target, forward=True)
        if kind == "mon":
            month = _month(g, rules)
            return dt.date(_year_of(p, month, forward=True), month, 1)
        if kind in ("mon-day", "day-mon"):
            month, day = _month(g, rules), int(g["day"] or 0)
            return dt.date(_year_of(p, month, day, forward=True), month, day)
        if kind == "period-end" and g.get("mon") and not g.get("year"):
            month = _month(g, rules)
            return dt.date(_year_of(p, month, forward=True), month, 1)
        if kind in ("season", "quarter") and not (g.get("which") or g.get("of_year") or g.get("year")):
            value = _part_of_year(g, p, rules, _first_month(kind, g, rules), forward=True)
            return None if value is None else value[0]
    except (ValueError, OverflowError):
        return None
    return None


def _weekday_from(p: dt.date, target: int, *, forward: bool, today: bool = True) -> dt.date:
    """The day of weekday ``target`` (Monday 0) nearest ``p`` forward or back; ``p`` itself when
    it is that weekday and ``today``, else the one a week away."""
    days = ((target - p.weekday()) if forward else (p.weekday() - target)) % 7 or (0 if today else 7)
    return p + dt.timedelta(days=days if forward else -days)


def _year_of(p: dt.date, month: int, day: int = 0, *, forward: bool, shift: int = 0) -> int:
    """The year of ``month`` (of its ``day``; 0: the month as a whole) read forward from ``p``
    (this year when it is on or after ``p``, else the next) or back (on or before ``p``, else the
    year before); ``shift``: compare with the month that many months after ``p``'s instead."""
    at, now = (month, day), (p.month + shift, p.day if day else 0)
    if forward:
        return p.year if at >= now else p.year + 1
    return p.year if at <= now else p.year - 1


def _value_start(m: re.Match[str]) -> int:
    """Where the date itself starts (after a preposition that is not a relation)."""
    starts = [m.start(name) for name, value in m.groupdict().items() if value is not None and name != "rel"]
    return min(starts, default=m.start())


Groups = dict[str, str | None]
Value = tuple[dt.date, DatePrecision] | None


def _value(kind: str, g: Groups, published: dt.date | None, rules: DateRules) -> Value:
    try:
        return _VALUE[kind](g, published, rules)
    except (ValueError, OverflowError):
        return None  # "31 February", a year out of range: not a date


def _word(table: dict[str, int], word: str | None) -> int | None:
    """``word`` looked up as written, then lower-cased."""
    word = word or ""
    return table[word] if word in table else table.get(word.lower())


def _month(g: Groups, rules: DateRules) -> int:
    month = _word(rules.months, g["mon"])
    if month is None:
        raise ValueError(f"not a month: {g['mon']!r}")
    return month


def _iso(g: Groups, p: dt.date | None, rules: DateRules) -> Value:
    return dt.date(int(g["year"] or 0), int(g["m"] or 0), int(g["d"] or 0)), "day"


def _day_month_year(g: Groups, p: dt.date | None, rules: DateRules) -> Value:
    return dt.date(int(g["year"] or 0), _month(g, rules), int(g["day"] or 0)), "day"


def _day_month(g: Groups, p: dt.date | None, rules: DateRules) -> Value:
    if p is None:
        return None
    month, day = _month(g, rules), int(g["day"] or 0)
    return dt.date(_year_of(p, month, forward=False, shift=1), month, day), "day"  # next month's: this year


def _month_year(g: Groups, p: dt.date | None, rules: DateRules) -> Value:
    return dt.date(int(g["year"] or 0), _month(g, rules), 1), "month"


def _month_only(g: Groups, p: dt.date | None, rules: DateRules) -> Value:
    if p is None:
        return None
    month, step = _month(g, rules), rules.steps.get((g.get("rel") or "").lower())
    if step == -1:  # "last March": the year before's
        return dt.date(p.year - 1, month, 1), "month"
    ahead = step == 1  # "next March": after this month
    return dt.date(_year_of(p, month, forward=ahead, shift=1 if ahead else 0), month, 1), "month"


def _year(g: Groups, p: dt.date | None, rules: DateRules) -> Value:
    return dt.date(int(g["year"] or 0), 1, 1), "year"


def _relative_unit(g: Groups, p: dt.date | None, rules: DateRules) -> Value:
    step = rules.steps.get((g["which"] or "").lower())
    unit = rules.units.get((g["unit"] or "").lower())
    if p is None or step is None:
        return None
    return _unit_from(p, unit, step)


def _unit_from(p: dt.date, unit: str | None, step: int) -> Value:
    """The year, month or week ``step`` of them from the publication ``p``'s."""
    if unit == "year":
        return dt.date(p.year + step, 1, 1), "year"
    if unit == "week":
        return _week_month(shift_days(p, 7 * step)), "month"
    month_index = p.year * 12 + p.month - 1 + step
    return dt.date(month_index // 12, month_index % 12 + 1, 1), "month"


def _week_month(day: dt.date) -> dt.date:
    """The month of a week named from ``day``, the publication moved by whole weeks: no precision is
    a week, so "this week" is the publication's month (never one after it, as "earlier this week"
    on a month's last Tuesday would be if the week's Thursday dated it), "last week" the month of the
    day seven before and "next week" that of the day seven after."""
    return dt.date(day.year, day.month, 1)


def _ago(g: Groups, p: dt.date | None, rules: DateRules) -> Value:
    raw = (g["n"] or "").lower()
    n = int(raw) if raw.isdigit() else rules.counts.get(raw)
    unit = rules.units.get((g["unit"] or "").lower())
    if p is None or n is None or unit is None:
        return None
    if unit in ("year", "decade"):
        return dt.date(p.year - n * (10 if unit == "decade" else 1), 1, 1), "year"
    if unit == "month":
        idx = p.year * 12 + p.month - 1 - n
        return dt.date(idx // 12, idx % 12 + 1, 1), "month"
    return p - dt.timedelta(days=n * (7 if unit == "week" else 1)), "day"


def _weekday(g: Groups, p: dt.date | None, rules: DateRules) -> Value:
    target = _word(rules.weekdays, g["wd"])
    if p is None or target is None:
        return None
    step = rules.steps.get((g.get("rel") or "").lower())  # "next Monday", "last Monday": not today
    return _weekday_from(p, target, forward=step == 1, today=step not in (1, -1)), "day"


def _deixis(g: Groups, p: dt.date | None, rules: DateRules) -> Value:
    shift = rules.deixis.get((g["word"] or "").lower())
    if p is None or shift is None:
        return None
    return p + dt.timedelta(days=shift), "day"


def _season(g: Groups, p: dt.date | None, rules: DateRules) -> Value:
    if not (g.get("rel") or g.get("which") or g.get("year")):
        return None  # "the fall in prices", "a spring offensive": no date
    return _part_of_year(g, p, rules, _first_month("season", g, rules), forward=False)


def _quarter(g: Groups, p: dt.date | None, rules: DateRules) -> Value:
    return _part_of_year(g, p, rules, _first_month("quarter", g, rules), forward=False)


def _first_month(kind: str, g: Groups, rules: DateRules) -> int:
    """The first month of a season's or a quarter's three."""
    if kind == "season":
        return rules.seasons[(g["season"] or "").lower()]
    return 3 * rules.quarters[(g["q"] or "").lower()] - 2


def _part_of_year(g: Groups, p: dt.date | None, rules: DateRules, first: int, *, forward: bool) -> Value:
    """The year of a season or quarter (three months from ``first``): the stated one; else, read
    from the publication ``p``, after "last" the latest one over, after "next" the first one not
    begun, after "this" the publication's, and with no such word the latest one begun (``forward``:
    the one going on or the next)."""
    if g.get("year"):
        return dt.date(int(g["year"] or 0), 1, 1), "year"
    if p is None:
        return None
    if g.get("of_year"):  # "the third quarter of next year"
        start_of = year_start(p.year + rules.steps.get((g["of_year"] or "").lower(), 0))
        return None if start_of is None else (start_of, "year")
    now, start = p.year * 12 + p.month - 1, first - 1  # months since year 0; the part's first month
    step = rules.steps.get((g.get("which") or "").lower())
    if step == 0:
        year = p.year
    elif step == -1:
        year = (now - start - 3) // 12
    elif step == 1:
        year = (now - start) // 12 + 1
    else:
        year = -((start + 2 - now) // 12) if forward else (now - start) // 12
    start_of = year_start(year)
    return None if start_of is None else (start_of, "year")


def _period_end(g: Groups, p: dt.date | None, rules: DateRules) -> Value:
    """The end of a period: a year's is its last month ("by the end of the year", "by the end of
    2026", "by year-end": December), a month's or a week's the month ("by the end of March", "at
    the end of next month"); a month without its year reads back as a bare month does."""
    if g.get("year"):
        year, month = int(g["year"] or 0), _month(g, rules) if g.get("mon") else 12
        return dt.date(year, month, 1), "month"
    if g.get("mon"):
        return _month_only({"mon": g["mon"]}, p, rules)
    unit = rules.units.get((g.get("unit") or g.get("unit2") or "").lower())
    step = rules.steps.get((g.get("which") or "").lower(), 0)  # "the end of the year": this year's
    if p is None or unit is None:
        return None
    return (dt.date(p.year + step, 12, 1), "month") if unit == "year" else _unit_from(p, unit, step)


_VALUE: dict[str, Callable[[Groups, dt.date | None, DateRules], Value]] = {
    "iso": _iso, "day-mon-year": _day_month_year, "mon-day-year": _day_month_year,
    "mon-day": _day_month, "day-mon": _day_month, "mon-year": _month_year, "mon": _month_only,
    "year": _year, "rel-unit": _relative_unit, "ago": _ago, "weekday": _weekday, "deixis": _deixis,
    "season": _season, "quarter": _quarter, "period-end": _period_end,
}  # fmt: skip


def find_written_date(text: str, *, lang: LanguagePack) -> tuple[dt.date, re.Match[str]] | None:
    """The first full written date (day, month and year: the pack's ``written`` patterns, then an
    ISO date) in ``text``, with its match (metadata values and datelines)."""
    rules = date_rules(lang)
    best: tuple[dt.date, re.Match[str]] | None = None
    for pattern in (*rules.written, _ISO_WRITTEN):
        for m in pattern.finditer(text):
            date = _written_value(m, rules)
            if date is not None and (best is None or m.start() < best[1].start()):
                best = (date, m)
                break
    return best


def written_date_at(text: str, pos: int, *, lang: LanguagePack) -> tuple[dt.date, re.Match[str]] | None:
    """A full written date starting exactly at ``pos`` and followed by a dateline's end (a time or
    the agency, then a dash or a colon), with its match."""
    rules = date_rules(lang)
    for pattern in (*rules.written, _ISO_WRITTEN):
        m = pattern.match(text, pos)
        if m is None or rules.dateline_tail.match(text, m.end()) is None:
            continue
        date = _written_value(m, rules)
        if date is not None:
            return date, m
    return None


_ISO_WRITTEN = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")  # 2026-01-06


def _written_value(m: re.Match[str], rules: DateRules) -> dt.date | None:
    g = m.groupdict()
    month = int(g["mnum"]) if g.get("mnum") else _word(rules.months, g["mon"])
    try:
        return dt.date(int(g["year"] or 0), month or 0, int(g["day"] or 0))
    except ValueError:
        return None


def fallback_dates(
    text: str, published: dt.date | None, *, offset: int, sentence: int, lang: LanguagePack
) -> list[DateExpr]:
    """Dates a small parser finds in a sentence the date stage found none in (the model's claim
    rules): a day and month (the year from the publication date if not given), a capitalised month
    ("may" is the verb), a year after a preposition; ``offset`` is the sentence's start."""
    rules = date_rules(lang)
    year = published.year if published else None
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    for rx, kind in zip(rules.fallback, ("day", "month", "year"), strict=True):
        for m in rx.finditer(text):
            s, e = offset + m.start(), offset + m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            value = _fallback_value(m, kind, year, rules)
            if value is None:
                continue
            relation: Relation = "since" if m.groupdict().get("since") else "on"
            precision = cast(DatePrecision, kind)
            found.append(DateExpr(s, e, m.group(0), value, precision, relation=relation, sentence=sentence))
            taken.append((s, e))
    return sorted(found, key=lambda d: d.start)


def _fallback_value(m: re.Match[str], kind: str, year: int | None, rules: DateRules) -> dt.date | None:
    g = m.groupdict()
    try:
        if kind == "year":
            return dt.date(int(g["year"] or 0), 1, 1)
        if kind == "month" and (g["mon"] or "x")[0].islower():  # "may" the verb, "march" the noun
            return None
        y = int(g["year"]) if g.get("year") else year
        day = int(g["day"]) if kind == "day" else 1
        return dt.date(y, _month(g, rules), day) if y else None
    except ValueError:
        return None


@dataclass(frozen=True)
class YearCue:
    """A year a sentence states when the date stage found no date in it (the event coder's safety
    net): the year's 1 January and the words that said it."""

    value: dt.date
    text: str


def year_cue(text: str, published: dt.date | None, *, lang: LanguagePack) -> YearCue | None:
    """A year stated in ``text`` ("in 2023", "since 1999": not after the publication year), else
    the year before publication ("last year", its words lower-cased)."""
    rules = date_rules(lang)
    m = rules.year_cue.search(text)
    if m and (published is None or int(m.group("year")) <= published.year):
        return YearCue(dt.date(int(m.group("year")), 1, 1), m.group(0))
    last = rules.previous_year.search(text) if published is not None else None
    if published is not None and last and (start := year_start(published.year - 1)):
        return YearCue(start, last.group(0).lower())
    return None


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


# A date without its year ("in February", "on Thursday", "in the spring") has two readings: the
# last such month or day (what reports of what happened mean) and the next one (what plans mean).
# Where the parse shows the clause the date hangs on, its tense chooses: a past or perfect clause
# the last ("arrived in November"), a future, modal or progressive one the next ("will meet on
# Thursday", "are heading to Finland in February", "is expected to begin in June"); a present
# clause the next only for a bound ("stays until March") or a word of schedule ("due in March");
# "since" always the last.  Otherwise both stay (the value and ``ahead``) for the coder and the
# model to choose by the event's or claim's own modality.


class Time(Enum):
    """The time of the verb a date hangs on, as its auxiliaries and form tell it."""

    PAST = "past"  # "arrived", "has arrived", "would have arrived"
    PRESENT = "present"  # "arrives", "is due"
    AHEAD = "ahead"  # "will arrive", "could arrive", "is arriving", "plans to arrive"


_AUX_DEPS = frozenset({"aux", "auxpass"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
_VERB_POS = frozenset({"VERB", "AUX"})
_REACH = 12  # tokens a date's verb is looked for above it


def clause_reading(doc: Doc, d: DateExpr, rules: DateRules) -> bool | None:
    """Whether the clause ``d`` hangs on in the parsed ``doc`` reads it forward (True: the next
    such day, month or season), back (False: the last one) or leaves it open (None)."""
    if d.relation == "since":
        return False
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    time, scheduled = _clause_time(span.root, rules.tense)
    bound = d.relation in ("until", "before")
    if time is Time.PAST:
        return None if bound else False  # "was extended until March" may reach ahead
    if time is Time.AHEAD or scheduled or (time is Time.PRESENT and bound):
        return True
    return None


def _bound_reading(d: DateExpr) -> bool | None:
    """The reading of a date whose clause is not parsed: "since" dates back, the others both ways."""
    return False if d.relation == "since" else None


def _read(d: DateExpr, forward: bool | None, back: dt.date | None = None) -> DateExpr:
    """``d`` with the value ``reading`` chooses and no other reading left (``back``: the day's
    strict reading back, where it differs); ``d`` itself for None."""
    if forward is None:
        return d
    if forward:
        return replace(d, value=d.ahead or d.value, ahead=None)
    return replace(d, value=back or d.value, ahead=None)


def _clause_time(tok: Token, tense: Tense) -> tuple[Time | None, bool]:
    """The time of the verb ``tok`` (a date's root) hangs on, and whether a word of schedule
    stands on the way ("due in March", "the drill planned for May")."""
    scheduled = False
    for t in _heads(tok, _REACH):
        scheduled = scheduled or _lower(t) in tense.schedule or _lemma(t) in tense.schedule
        if _is_verb(t):
            return _verb_time(_reporting_verb(tok, t), tense), scheduled
    return None, scheduled


def _reporting_verb(tok: Token, verb: Token) -> Token:
    """The verb a date before a reported clause's subject dates: the parser hangs "on Friday" of
    "said on Friday it would send …" on "send"; standing between "said" and "it", it is said's."""
    subjects = [c.i for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if verb.dep_ == "ccomp" and verb.head.i < tok.i < min(subjects, default=-1):
        return verb.head
    return verb


def _verb_time(verb: Token, tense: Tense, *, depth: int = 0) -> Time | None:
    """A verb's time from its auxiliaries and its form: ahead (future, modal, progressive, an
    infinitive under a present or future verb or under none: a headline's "X to visit Y"), past
    (past, perfect, "would have"), present (a present finite verb or auxiliary), else None."""
    auxes = [c for c in verb.children if c.dep_ in _AUX_DEPS]
    words = {_lower(a) for a in auxes} | {_lemma(a) for a in auxes}
    perfect = bool(words & tense.perfect)
    if words & tense.future:
        return Time.AHEAD
    if words & tense.modal:
        return Time.PAST if perfect else Time.AHEAD
    if perfect or any(_is(a, "Tense", "Past") for a in auxes):
        return Time.PAST
    if words & tense.infinitive or (_is(verb, "VerbForm", "Inf") and verb.dep_ == "xcomp"):
        above = next((t for t in _heads(verb.head, _REACH) if t.i != verb.i and _is_verb(t)), None)
        if above is None:
            return Time.AHEAD
        governor = _verb_time(above, tense, depth=depth + 1) if depth < 3 else None
        return Time.AHEAD if governor in (Time.AHEAD, Time.PRESENT) else None
    if _is(verb, "Tense", "Past") and _is(verb, "VerbForm", "Fin"):
        return Time.PAST
    if auxes and _is(verb, "Aspect", "Prog"):
        return Time.AHEAD  # "are heading to Finland in February"
    if any(_is(t, "Tense", "Pres") and _is(t, "VerbForm", "Fin") for t in (verb, *auxes)):
        return Time.PRESENT
    return None


def _heads(tok: Token, reach: int) -> Iterator[Token]:
    """``tok`` and at most ``reach`` tokens above it."""
    yield tok
    for _ in range(reach):
        if tok.head.i == tok.i:
            return
        tok = tok.head
        yield tok


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in _VERB_POS and tok.dep_ not in _AUX_DEPS


def _is(tok: Token, feature: str, value: str) -> bool:
    return value in tok.morph.get(feature, [])


def _lower(tok: Token) -> str:
    return tok.text.lower()


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def iter_date_patterns(lang: LanguagePack) -> Iterator[str]:
    """The kinds of the pack's date patterns, in the order they are tried (for documentation)."""
    yield from (p.kind for p in date_rules(lang).patterns)
