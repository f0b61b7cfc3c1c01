"""Publication date and title: metadata → a dateline in the first lines → ``--date`` → unknown.

A dateline is a short line of its own holding a date ("Jan 6, 2026 - 07:03"), or the head of the
first paragraph: a place, a date, maybe the agency, then a dash or a colon ("ANKARA, 4 March
2024 — …", "NAIROBI, March 4, 2024 (Agency) - …", "LIMA, 4 Mar 2024: …", "Tokyo, 2024-03-04 —").
The date is never guessed from the clock: a document with no date stays undated.  Written dates
and the dateline's shape are the language pack's (``dates.written``, ``dates.dateline``), read by
the date extractor's :func:`~geowire.nlp.dates.find_written_date`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Literal

from geowire.ingest.items import ItemError
from geowire.lang.pack import LanguagePack
from geowire.nlp.dates import date_rules, dateline_head, find_written_date, written_date_at
from geowire.types import Reason

DateSource = Literal["metadata", "dateline", "cli", "unknown"]

_WORDS = re.compile(r"[^\W\d_]+")
DATELINE_LINES = 5  # a dateline must be among the first non-empty lines
DATELINE_MAX_CHARS = 120
DATELINE_MAX_OTHER_WORDS = 6  # words on the line besides the date (city, outlet, "Published")


def parse_date(value: object, *, lang: LanguagePack) -> dt.date | None:
    """A date from metadata: a date/datetime, an ISO string, or a date written in the words of
    ``lang``; else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    found = find_date(text, lang=lang)
    return found[0] if found else None


# an ISO date, maybe with a time and a zone; what metadata dates are written as
_ISO_DATE = re.compile(
    r"(?P<y>\d{1,4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[Tt ]+(?P<H>\d{1,2}):(?P<M>\d{1,2})(?::(?P<S>\d{1,2})(?:[.,]\d+)?)?)?"
    r"\s*(?:[Zz]|(?:UTC|GMT)?[+-]\d{1,2}(?::?\d{2})?|UTC|GMT)?"
)
_DATE_LIKE = re.compile(r"[+-]?\d+-\d+-\d+(?:$|[^\d])")


def metadata_date(value: object, *, lang: LanguagePack) -> dt.date | None:
    """Like :func:`parse_date` for a date given as metadata (front-matter, JSON), but a value
    written as an ISO date that does not exist (2024-02-30, 0000-01-01, a 25th hour, year 10000)
    is :class:`ItemError` ``bad-date`` rather than silently nothing."""
    if not isinstance(value, str):
        return parse_date(value, lang=lang)
    text = value.strip()
    m = _ISO_DATE.fullmatch(text)
    if m is not None:
        return _checked_iso(m, text)
    if _DATE_LIKE.match(text):
        raise ItemError(Reason.BAD_DATE, f"not a valid date: {text[:40]!r}")
    return parse_date(text, lang=lang)


def _checked_iso(m: re.Match[str], text: str) -> dt.date:
    g = m.groupdict()
    hour, minute, second = (int(g[k] or 0) for k in ("H", "M", "S"))
    try:
        date = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
    except ValueError as e:
        raise ItemError(Reason.BAD_DATE, f"not a valid date: {text[:40]!r} ({e})") from e
    if hour > 23 or minute > 59 or second > 60:
        raise ItemError(Reason.BAD_DATE, f"not a valid time: {text[:40]!r}")
    return date


def find_date(text: str, *, lang: LanguagePack) -> tuple[dt.date, re.Match[str]] | None:
    """The first full written date (day, month and year) in ``text``, with its match."""
    return find_written_date(text, lang=lang)


def find_dateline(text: str, *, lang: LanguagePack) -> dt.date | None:
    """The date of a dateline among the first lines (``Jan 6, 2026 - 07:03``), if any.

    A line counts as a dateline when it is short, holds a full date and few other words, and
    does not read as a sentence — so a date mentioned in the body is not taken for it — or when
    it opens with one ("ANKARA, 4 March 2024 — Turkish jets …": :func:`inline_dateline`).
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()][:DATELINE_LINES]
    for line in lines:
        date = _line_dateline(line, lang)
        if date is None:
            found = inline_dateline(line, lang=lang)
            date = found[0] if found else None
        if date is not None:
            return date
    return None


def _line_dateline(line: str, lang: LanguagePack) -> dt.date | None:
    """The date of a line that is a dateline as a whole: short, a full date, few other words."""
    if len(line) > DATELINE_MAX_CHARS or line.endswith((".", "?", "!")):
        return None
    found = find_date(line, lang=lang)
    if found is None:
        return None
    date, m = found
    others = _WORDS.findall(line[: m.start()] + " " + line[m.end() :])
    return date if len(others) <= DATELINE_MAX_OTHER_WORDS else None


def inline_dateline(line: str, *, lang: LanguagePack) -> tuple[dt.date, int, int] | None:
    """The date of a dateline opening ``line`` ("LIMA, 4 Mar 2024: …") with the date's offsets.

    The line must start with a place (capitalised words, maybe a region and the agency in
    brackets), a comma, a full date (maybe after its weekday), and then a dash or a colon (maybe
    after a time or the agency): the pack's dateline shape (``nlp.dates.dateline_head``)."""
    start = dateline_head(line, 0, date_rules(lang))
    found = written_date_at(line, start, lang=lang) if start is not None else None
    if found is None:
        return None
    date, m = found
    return date, m.start(), m.end()


def resolve_date(
    text: str, *, metadata: dt.date | None, cli: dt.date | None, lang: LanguagePack
) -> tuple[dt.date | None, DateSource]:
    """Publication date and how it was found, in order metadata → dateline → cli → unknown."""
    if metadata is not None:
        return metadata, "metadata"
    dateline = find_dateline(text, lang=lang)
    if dateline is not None:
        return dateline, "dateline"
    if cli is not None:
        return cli, "cli"
    return None, "unknown"


TITLE_MAX_CHARS = 200


def title_from_text(text: str, *, lang: LanguagePack) -> str | None:
    """The first line when it reads as a headline: short, and not ending like a sentence."""
    first = text.split("\n", 1)[0].strip()
    if not first or len(first) > TITLE_MAX_CHARS or first.endswith((".", ",", ";", ":")):
        return None
    if find_dateline(first, lang=lang) is not None:  # a dateline, not a headline
        return None
    return first


# A dateline's head: a place opening the line, maybe the agency in brackets, then a dash
# ("UNITED NATIONS (Wire) —", "NAIROBI, March 4, 2024 (Agency) -", "Geneva, 4 March 2024 —").
# Punctuation and capitals only: no word of any language.
_DATELINE_HEAD = re.compile(
    r"[ \t]*(?P<place>[A-Z][^\s,()—–]*(?:[ \t]+[^\s,()—–]+){0,4})(?P<rest>,[^\n()—–]{0,60}?)?[ \t]*"
    r"(?:\((?P<agency>[A-Z][^()\n]{0,39})\)[ \t]*)?(?:—|–|--|-(?=[ \t]))[ \t]*"
)
LEAD_TITLE_CHARS = 80
_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t]+(?=[\"“‘'(\[]?[A-Z])")


def _dateline_head(line: str) -> re.Match[str] | None:
    """The dateline opening ``line``: a place in capitals with an agency in brackets, a comma or
    another word in capitals after it ("OSLO (NTX) —", "KHARKIV, Ukraine —", "UNITED NATIONS —"), or
    any place with a comma and a date ("Geneva, 4 March 2024 (AFP) —"); not "NATO – Russia talks",
    "Russia, China – talks" nor "The minister (Labour) — …"."""
    m = _DATELINE_HEAD.match(line)
    if m is None:
        return None
    place, rest = m.group("place").strip(), m.group("rest")
    capitals = place.isupper() and (" " in place or rest is not None or m.group("agency") is not None)
    dated = rest is not None and any(c.isdigit() for c in rest)
    return m if dated or capitals else None


def _first_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()][:DATELINE_LINES]


def dateline_agency(text: str, *, is_place: Callable[[str], bool] = lambda _: False) -> str | None:
    """The agency in brackets of the dateline opening the text or one of its first lines
    ("UNITED NATIONS (Wire) — …" → "Wire"): the outlet of wire copy that names none.  A bracketed
    place (``is_place``: "TRIPOLI (Lebanon) —") is no agency: the first such dateline gives None."""
    for line in _first_lines(text):
        m = _dateline_head(line)
        if m is not None and m.group("agency"):
            agency = m.group("agency").strip()
            return None if is_place(agency) else agency
    return None


def lead_title(text: str, *, limit: int = LEAD_TITLE_CHARS) -> str | None:
    """What to show for a document without a title: its first sentence after the dateline,
    shortened to ``limit`` characters at a word's end ("…" marks a cut).  For display only: a
    document's stored title stays what its source gave (or its headline line)."""
    lines = _first_lines(text)
    if not lines:
        return None
    line = lines[0]
    head = _dateline_head(line)
    lead = line[head.end() :] if head is not None and head.end() < len(line) else line
    sentence = _SENTENCE_END.split(lead.strip(), maxsplit=1)[0]
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1].rsplit(" ", 1)[0] if " " in sentence[: limit - 1] else sentence[: limit - 1]
    return cut.rstrip(" ,;:") + "…"
