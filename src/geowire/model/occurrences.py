"""Cluster event mentions across documents into occurrences (one real-world event each).

Two mentions join when they have the same PLOVER category, overlapping actor codes, recipient
codes that overlap (or one side has none), the same modality (see below), dates compatible with
their precision (an event dated only by its article may have happened in the week before
publication), the same period (see below), and similar evidence
(content-word overlap of the sentences, the names of the mentions' own actors and recipients left
out, or the same trigger word), and places that do not differ:
two mentions at different named places ("in Kharkiv", "in Odesa") are two events, while one
without a place (or only a country) may join any.  Clusters are the connected components
(union-find) of that relation, so they do not depend on the order of the events.  Only mentions
that share a block — (category, actor, recipient) — and whose date windows overlap are compared
(a sweep in date order), which keeps clustering near-linear.

An occurrence lies within one calendar month (its :func:`period`): two mentions join only when the
last day each may have happened on (its date, or the publication date of one dated by its
article) falls in the same month; a mention dated only by its year joins only mentions dated by
that year alone, and an undated one only undated ones.  Without it, components chain: mentions
sharing a trigger prefix whose windows overlap pairwise link reports of different talks week after
week, and a month-, year-dated or undated mention bridges all of them, so one "occurrence" came to
hold tens of thousands of mentions over months (issue 12).  Any rule that is a relation between
two mentions and does not depend on the calendar chains without bound (day d joins d + 1, which
joins d + 2 …), while a rule between a mention and the rest of its occurrence would depend on the
order of the events or split occurrences when one joins; the calendar month keeps occurrences
connected components, bounded (their mentions' last days within one month), independent of the
order and unchanged by later events, so an incremental update still equals a rebuild.  The price:
the reports of one event that straddle a month's end (a strike on the 31st reported on the 1st by
an article with no date of its own) make two occurrences.  A period is part of every block, so a
block never holds more than a month's events.

Only mentions of one modality join: an asserted act and a report that it did not happen ("has
not delivered"), or that it will or may happen, are not reports of one event.  Only asserted
occurrences count (``counts``); joined with asserted ones, a denial made its occurrence look
confirmed by one more source, and its sentence could become the summary.  A negated occurrence
beside an asserted one of the same pair is a dispute, which ``compare`` lists under "differ"
(:func:`geowire.store.model.compare`).  The modality is part of every block.

An event dated only by its article — the publication date, whether from metadata or from a
dateline ("KYIV, 5 March 2024 — …") — may have happened in the week before it, so it joins the
reports that date the same event by a weekday ("on Tuesday").
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import heapq
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from geowire.lang.pack import LanguagePack
from geowire.nlp.dates import shift_days
from geowire.store import scores
from geowire.types import date_interval

WORD = re.compile(r"[A-Za-z][A-Za-z-]{2,}")
SIMILARITY = 0.2  # Jaccard of content words above which two sentences describe the same event
PUBLICATION_WINDOW = 7  # days before publication an event dated only by its article may fall in


@dataclass(frozen=True)
class EventRecord:
    """What clustering needs of one stored event mention."""

    id: str
    doc_id: str
    category: str
    actors: tuple[str, ...]  # country-level codes
    recipients: tuple[str, ...]
    sentence: str
    trigger: str = ""
    date: dt.date | None = None
    date_precision: str | None = None
    date_source: str = "publication"
    quad_class: int = 0
    score: float = 0.0
    modality: str = "asserted"
    outlet: str | None = None
    published: dt.date | None = None
    actor_keys: tuple[str, ...] = ()  # actor-level codes ('RUS:GOV')
    recipient_keys: tuple[str, ...] = ()
    place: str | None = None  # the named place it happened at (:func:`named_place`), None if none
    names: tuple[str, ...] = ()  # the texts naming its actors and recipients as countries (:func:`evidence`)


@dataclass
class Occurrence:
    id: str
    members: list[EventRecord] = field(default_factory=list)

    @property
    def category(self) -> str:
        return self.members[0].category


def words(text: str, stop: frozenset[str]) -> frozenset[str]:
    """The content words of a sentence: words of three letters or more, lower-cased, without the
    ``stop`` words (:func:`vocabulary`)."""
    return frozenset(w.lower() for w in WORD.findall(text) if w.lower() not in stop)


def evidence(ev: EventRecord, stop: frozenset[str]) -> frozenset[str]:
    """The words of a mention's sentence that are evidence of its event: its content words
    (:func:`words`) without the words of the texts naming its own actors and recipients as
    countries (``names``: 'Russia', 'the Kremlin', 'U.S. forces').  Two mentions that may join
    share an actor's code (and mostly a recipient's), so such names say nothing more: counted as
    shared words, they made any two reports of a busy pair in a week alike with one more word in
    common (issue 12).  A person's or a group's name ('Nicolás Maduro', 'Rosneft') says more than
    a country's code and stays evidence."""
    bag = words(ev.sentence, stop)
    if not ev.names:
        return bag
    return bag - {w.lower() for name in ev.names for w in WORD.findall(name)}


@dataclass(frozen=True)
class Vocabulary:
    """What clustering reads of a language pack (its ``occurrences`` section): the stop words left
    out of a sentence's content words, the words that name a kind of place ("the Kharkiv region"
    is Kharkiv), and the pattern that splits a location text into parts ("Ukraine in Kharkiv")."""

    stop: frozenset[str] = frozenset()
    place_kinds: frozenset[str] = frozenset()
    place_parts: re.Pattern[str] = re.compile(r",|;")


def vocabulary(lang: LanguagePack) -> Vocabulary:
    """The pack's :class:`Vocabulary`, compiled once per pack."""
    return lang.compiled("occurrences.vocabulary", _compile_vocabulary)


def _compile_vocabulary(lang: LanguagePack) -> Vocabulary:
    section = lang.surface.occurrences
    separators = "|".join(map(re.escape, section.place_separators))
    return Vocabulary(
        stop=frozenset(section.stop_words),
        place_kinds=frozenset(section.place_kinds),
        place_parts=re.compile(r",|;" + (rf"|\b(?:{separators})\b" if separators else "")),
    )


@dataclass(frozen=True)
class PlaceNames:
    """What :func:`named_place` needs to know of place names (built from the actor knowledge base
    by :func:`geowire.model.build.place_names`): the names of whole countries, which are no place
    of their own, and other spellings of one place mapped to its name (all as :func:`place_key`),
    with the pack's words for kinds of place and location parts (:class:`Vocabulary`); ``homes``:
    the country code of each country's names and of its capitals ("manila" → PHL)."""

    countries: frozenset[str] = frozenset()
    spellings: Mapping[str, str] = field(default_factory=dict)
    homes: Mapping[str, str] = field(default_factory=dict)
    vocabulary: Vocabulary = Vocabulary()


_PLACE_WORD = re.compile(r"[\w'’.-]+")


def place_key(name: str, kinds: frozenset[str]) -> str:
    """A place name compared case-blind, without the words for a kind of place (``kinds``)."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(w for w in _PLACE_WORD.findall(folded) if w not in kinds)


def named_place(location: str | None, names: PlaceNames) -> str | None:
    """The most specific place a location text names ("Ukraine in Kharkiv" → "kharkiv", "the city of
    Odesa" → "odesa"): its first part that is not a whole country; None when it names none."""
    for part in names.vocabulary.place_parts.split(location or ""):
        key = place_key(part, names.vocabulary.place_kinds)
        if key and key not in names.countries:
            return names.spellings.get(key, key)
    return None


def places_fit(a: str | None, b: str | None) -> bool:
    """Whether two events' places allow one event: the same place, or one has none."""
    return a is None or b is None or a == b


def alike(prefix_a: str, prefix_b: str, wa: frozenset[str], wb: frozenset[str]) -> bool:
    """Whether two mentions' evidence matches: the same trigger prefix, or sentences whose content
    words have Jaccard ≥ :data:`SIMILARITY` (0.2), as 5·|a ∩ b| ≥ |a ∪ b| without division."""
    if prefix_a and prefix_a == prefix_b:
        return True
    inter = len(wa & wb)
    return 5 * inter >= len(wa) + len(wb) - inter > 0


def trigger_prefix(ev: EventRecord) -> str:
    return ev.trigger.lower()[:5] if ev.trigger else ""


def interval(ev: EventRecord) -> tuple[dt.date, dt.date] | None:
    """The days an event may have happened on (None when nothing is known)."""
    if ev.date is None:
        return None
    if ev.date_source == "publication":
        return shift_days(ev.date, -PUBLICATION_WINDOW), ev.date  # held at date.min (issue 14)
    return date_interval(ev.date, ev.date_precision)


Period = tuple[int, int]


def period(ev: EventRecord) -> Period:
    """The calendar period an occurrence of ``ev`` lies in: (year, month) of the last day it may
    have happened on (:func:`interval`); (year, 0) for an event dated only by its year, (0, 0)
    for one without any date."""
    if ev.date is None:
        return (0, 0)
    if ev.date_source == "publication":
        return (ev.date.year, ev.date.month)
    if ev.date_precision == "year":
        return (ev.date.year, 0)
    last = date_interval(ev.date, ev.date_precision)[1]
    return (last.year, last.month)


def period_days(when: Period) -> tuple[dt.date, dt.date] | None:
    """The first and last day the dates of a period's mentions fall on (None for undated ones):
    a mention's own date always lies in its :func:`period` — its month, or its year."""
    year, month = when
    if year == 0:
        return None
    if month == 0:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def same_occurrence(a: EventRecord, b: EventRecord, wa: frozenset[str], wb: frozenset[str]) -> bool:
    """Whether two event mentions describe the same real-world event."""
    if a.category != b.category or a.modality != b.modality or not set(a.actors) & set(b.actors):
        return False
    if period(a) != period(b):
        return False
    if a.recipients and b.recipients and not set(a.recipients) & set(b.recipients):
        return False
    ia, ib = interval(a), interval(b)
    if ia and ib and not (ia[0] <= ib[1] and ib[0] <= ia[1]):
        return False
    return places_fit(a.place, b.place) and alike(trigger_prefix(a), trigger_prefix(b), wa, wb)


def cluster(
    events: list[EventRecord],
    *,
    stop: frozenset[str],
    together: Iterable[Sequence[int]] = (),
    fresh: frozenset[int] | None = None,
    bags: Sequence[frozenset[str]] | None = None,
) -> list[Occurrence]:
    """Occurrences of ``events`` (each event in exactly one), ordered by their first member id.

    The occurrences are the connected components of :func:`same_occurrence` (with the ``stop``
    words of :func:`evidence`), whatever the input order; the events of each index group in
    ``together`` are joined beforehand (members of an occurrence already found).  With ``fresh``
    (indexes), only pairs with a fresh event are compared: the others were clustered before and
    are joined as ``together`` says.  ``bags``: the events' :func:`evidence` words when they are
    known already (a rebuild's, computed in SQL with its events, the same words:
    :func:`geowire.store.derived.stage_events`), else computed here from their sentences and
    names.  Only events that share a block are compared (see
    :func:`blocks`), in a sweep by date that keeps per block the open occurrences, not every
    open event: near-linear."""
    parts = _Components(events, stop, bags)
    for group in together:
        for i in group[1:]:
            parts.parent[parts.find(i)] = parts.find(group[0])
    for members, wild in blocks(events):
        parts.sweep(members, wild, fresh)
    groups: dict[int, list[EventRecord]] = defaultdict(list)
    for i, e in enumerate(events):
        groups[parts.find(i)].append(e)
    out = [_occurrence(members) for members in groups.values()]
    return sorted(out, key=lambda o: o.members[0].id)


def _occurrence(members: list[EventRecord]) -> Occurrence:
    members.sort(key=lambda e: e.id)
    return Occurrence(id=occurrence_id(members[0].id), members=members)


def occurrence_id(first_event_id: str) -> str:
    """An occurrence's id: a hash of its first (smallest) member event id."""
    return "oc" + hashlib.sha1(first_event_id.encode()).hexdigest()[:14]


_UNDATED = (dt.date.min, dt.date.max)  # an undated event may fall on any day


def blocks(events: list[EventRecord]) -> list[tuple[list[int], frozenset[int] | None]]:
    """The groups of events :func:`same_occurrence` may join, as (members, wildcards).

    An event is in a block per (category, modality, period, actor, recipient) of its own, where
    every pair is compared; one without recipients may join any event of its actors, so each
    (category, modality, period, actor) also has a block where only pairs with a recipient-less
    event (the wildcards) are."""
    by_dyad: dict[tuple[str, str, Period, str, str], list[int]] = defaultdict(list)
    by_actor: dict[tuple[str, str, Period, str], list[int]] = defaultdict(list)
    wild: dict[tuple[str, str, Period, str], set[int]] = defaultdict(set)
    for i, ev in enumerate(events):
        when = period(ev)
        for a in set(ev.actors):
            by_actor[(ev.category, ev.modality, when, a)].append(i)
            if not ev.recipients:
                wild[(ev.category, ev.modality, when, a)].add(i)
            for r in set(ev.recipients):
                by_dyad[(ev.category, ev.modality, when, a, r)].append(i)
    out: list[tuple[list[int], frozenset[int] | None]] = [(m, None) for m in by_dyad.values() if len(m) > 1]
    return out + [(by_actor[k], frozenset(w)) for k, w in wild.items() if len(by_actor[k]) > 1]


class _Part:
    """One occurrence's entry in a block: its members there by word, the union of their words,
    the smallest word count among them and the last day any of them may fall on."""

    __slots__ = ("first", "count", "by_word", "words", "min_size", "hi")

    def __init__(self, j: int, bag: frozenset[str], hi: int) -> None:
        self.first, self.count = j, 1
        self.by_word: dict[str, list[int]] = {}  # filled from the second member on
        self.words: set[str] | frozenset[str] = bag
        self.min_size = len(bag)
        self.hi = hi

    def add(self, j: int, bag: frozenset[str]) -> None:
        """Index member ``j`` by its words (not its words into :attr:`words`: the caller does)."""
        by_word = self.by_word
        if self.count == 1:
            by_word.update((w, [self.first]) for w in self.words)
            self.words = set(self.words)
        self.count += 1
        for w in bag:
            if w in by_word:
                by_word[w].append(j)
            else:
                by_word[w] = [j]


class _Open:
    """The occurrences open in one block during a sweep, indexed for the probe: by word (which
    entries have it), by smallest word count, by last day (a heap, to drop what has closed), and
    per trigger prefix and place one member per occurrence (the one open longest) that has them.
    Entries are keyed by the root of their occurrence when made; one occurrence may have several
    (unions elsewhere are not chased), which costs a lookup, never a wrong answer."""

    def __init__(self) -> None:
        self.parts: dict[int, _Part] = {}
        self.postings: dict[str, set[int]] = defaultdict(set)
        self.by_size: dict[int, set[int]] = defaultdict(set)
        self.closing: list[tuple[int, int]] = []
        self.triggers: dict[str, dict[str | None, list[int]]] = {}

    def add(self, key: int, j: int, bag: frozenset[str], hi: int) -> None:
        part = self.parts.get(key)
        if part is None:
            part = self.parts[key] = _Part(j, bag, hi)
            self.by_size[part.min_size].add(key)
            heapq.heappush(self.closing, (hi, key))
            for w in bag:
                self.postings[w].add(key)
            return
        part.add(j, bag)
        for w in bag - part.words:
            self.postings[w].add(key)
        part.words |= bag
        if len(bag) < part.min_size:
            self._unsize(part.min_size, key)
            part.min_size = len(bag)
            self.by_size[part.min_size].add(key)
        if hi > part.hi:
            part.hi = hi
            heapq.heappush(self.closing, (hi, key))

    def close(self, lo: int) -> None:
        """Drop the entries none of whose members may fall on day ``lo`` or later."""
        while self.closing and self.closing[0][0] < lo:
            _, key = heapq.heappop(self.closing)
            part = self.parts.get(key)
            if part is not None and part.hi < lo:
                del self.parts[key]
                self._unsize(part.min_size, key)
                for w in part.words:
                    self.postings[w].discard(key)

    def candidates(self, bag: frozenset[str]) -> list[int]:
        """The entries that may hold a member sharing enough words with ``bag`` (Jaccard ≥ 0.2 is
        6·|shared| ≥ |bag| + |member|), a superset the caller checks: words most entries have are
        counted as shared by all, the others through their postings; entries sharing none of those
        are still candidates when their smallest member is short enough to match on the common
        words alone.

        Prefix filter: an entry must share at least ``need`` of the other words, where ``need``
        follows from the smallest member size open in the block; one that has none of the
        ``len(rest) - need + 1`` rarest ones shares fewer, so the postings of the ``need - 1``
        most frequent ones (the actors' names, a recipient's) are not read, and an entry found
        through the others is counted as if it had them too."""
        postings, half = self.postings, len(self.parts) / 2
        common, rest = 0, []
        for w in bag:
            n = len(postings.get(w, ()))
            if n > half:
                common += 1
            elif n:
                rest.append((n, w))
        rest.sort()
        base = 6 * common - len(bag)
        smallest = min(self.by_size, default=0)
        skip = min(len(rest), max(0, -(-(smallest - base) // 6) - 1))  # need - 1, need = ⌈(m − base)/6⌉
        shared: dict[int, int] = {}  # a plain dict: a Counter per probe costs more than the counting
        get = shared.get
        for _, w in rest[: len(rest) - skip]:
            for key in postings[w]:
                shared[key] = get(key, 0) + 1
        base += 6 * skip
        parts = self.parts
        found = [key for key, n in shared.items() if 6 * n + base >= parts[key].min_size]
        if smallest <= base:
            for size, keys in self.by_size.items():
                if size <= base:
                    found += [k for k in keys if k not in shared]
        return found

    def _unsize(self, size: int, key: int) -> None:
        keys = self.by_size[size]
        keys.discard(key)
        if not keys:
            del self.by_size[size]


class _Components:
    """Union-find over events, with the sweep that joins them block by block.

    Dates are day numbers (ordinals), words are computed once per event, and within a block the
    category, modality, period, actor and recipient conditions of :func:`same_occurrence` already
    hold, so a pair is joined when :meth:`joins` (the rest of :func:`same_occurrence`) says so."""

    def __init__(
        self, events: list[EventRecord], stop: frozenset[str], bags: Sequence[frozenset[str]] | None = None
    ) -> None:
        self.events = events
        self.parent = list(range(len(events)))
        windows = [interval(e) or _UNDATED for e in events]
        self.lo = [w[0].toordinal() for w in windows]
        self.hi = [w[1].toordinal() for w in windows]
        self.prefix = [trigger_prefix(e) for e in events]
        self.bags = list(bags) if bags is not None else [evidence(e, stop) for e in events]
        self.place = [e.place for e in events]

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        """Join ``j``'s occurrence to ``i``'s (whose root stays, so its block entries stay current)."""
        self.parent[self.find(j)] = self.find(i)

    def joins(self, i: int, j: int) -> bool:
        """:func:`same_occurrence` for two events of one block: overlapping windows, places that
        fit, and alike evidence."""
        return (
            self.lo[i] <= self.hi[j]
            and self.lo[j] <= self.hi[i]
            and places_fit(self.place[i], self.place[j])
            and alike(self.prefix[i], self.prefix[j], self.bags[i], self.bags[j])
        )

    def sweep(self, members: list[int], wild: frozenset[int] | None, fresh: frozenset[int] | None) -> None:
        """Join the events of one block, in order of their first possible day.  Without ``wild``
        every pair may join; with it, only pairs with a wildcard (an event without recipients):
        a wildcard meets every open event, any other event only the open wildcards.  With
        ``fresh``, an event not in it meets only the open fresh events.  Each kind of event
        probes the open events it may meet: one index per (wildcards only, fresh only)."""
        opens: dict[tuple[bool, bool], _Open] = {}
        for j in sorted(members, key=self.lo.__getitem__):
            is_wild = wild is None or j in wild
            is_fresh = fresh is None or j in fresh
            probe = opens.get((not is_wild, not is_fresh))
            if probe is not None and (probe.parts or probe.triggers):
                self._probe(j, probe)
            for only_wild in (False, True) if is_wild and wild is not None else (False,):
                for only_fresh in (False, True) if is_fresh and fresh is not None else (False,):
                    self._add(opens.setdefault((only_wild, only_fresh), _Open()), j)

    def _probe(self, j: int, open_: _Open) -> None:
        lo, bag, prefix, place = self.lo[j], self.bags[j], self.prefix[j], self.place[j]
        by_place = open_.triggers.get(prefix, {}) if prefix else {}
        for at in (place, None) if place is not None else by_place:
            for i in by_place.get(at, ()):
                if self.joins(i, j):
                    self.union(i, j)
        open_.close(lo)
        joined = self.find(j)
        for key in open_.candidates(bag):
            part = open_.parts[key]
            if self.find(key) == joined or 6 * len(bag & part.words) < len(bag) + part.min_size:
                continue  # already joined, or no member can share enough words
            for i in self._sharing(part, bag):
                if self.joins(i, j):
                    self.union(i, j)
                    joined = self.find(j)
                    break

    def _sharing(self, part: _Part, bag: frozenset[str]) -> list[int]:
        """The members of ``part`` that may share enough words with ``bag`` to be alike (6 ×
        shared ≥ both word counts; a shared trigger prefix is found through the trigger index).
        Each needs at least ⌈(|bag| + smallest member)/6⌉ shared words, so one that has none of
        the words left after the ``need - 1`` most frequent shares too few: their member lists
        (the actors' names are in every member's) are not read; a member found through the
        others is counted as if it had those too."""
        if part.count == 1:  # its words and size are the member's: the caller checked them
            return [part.first]
        lists = sorted((part.by_word[w] for w in bag if w in part.by_word), key=len)
        need = -(-(len(bag) + part.min_size) // 6)
        skip = max(0, min(len(lists), need - 1))
        shared: dict[int, int] = {}
        get = shared.get
        for members in lists[: len(lists) - skip]:
            for i in members:
                shared[i] = get(i, 0) + 1
        bags, size = self.bags, len(bag) - 6 * skip
        return [i for i, n in shared.items() if 6 * n >= size + len(bags[i])]

    def _add(self, open_: _Open, j: int) -> None:
        open_.add(self.find(j), j, self.bags[j], self.hi[j])
        prefix = self.prefix[j]
        if prefix:
            by_place = open_.triggers.setdefault(prefix, {})
            longest: dict[int, int] = {}
            for i in [*by_place.get(self.place[j], ()), j]:
                if self.hi[i] >= self.lo[j]:
                    root = self.find(i)
                    if root not in longest or self.hi[i] > self.hi[longest[root]]:
                        longest[root] = i
            by_place[self.place[j]] = list(longest.values())


def summarise(occ: Occurrence) -> dict[str, Any]:
    """The occurrence's row: counts, date (most precise), codes, modality."""
    ms = occ.members
    rank = {"day": 0, "month": 1, "year": 2, None: 3}
    dated = sorted(
        (m for m in ms if m.date),
        key=lambda m: (m.date_source == "publication", rank.get(m.date_precision, 3)),
    )
    seen = sorted(m.published for m in ms if m.published)
    asserted = any(m.modality == "asserted" for m in ms)
    return {
        "id": occ.id,
        "category": occ.category,
        "quad_class": ms[0].quad_class,
        "score": scores.mean([m.score for m in ms]),  # an exact, order-free sum (store.scores)
        "date": dated[0].date if dated else None,
        "date_precision": dated[0].date_precision if dated else None,
        "actor_codes": sorted({c for m in ms for c in m.actors}),
        "recipient_codes": sorted({c for m in ms for c in m.recipients}),
        "actors": sorted({c for m in ms for c in m.actor_keys}),
        "recipients": sorted({c for m in ms for c in m.recipient_keys}),
        "modality": "asserted" if asserted else ms[0].modality,
        "counts": asserted,
        "mention_count": len(ms),
        "doc_count": len({m.doc_id for m in ms}),
        "source_count": len({m.outlet or m.doc_id for m in ms}),
        "first_seen": seen[0] if seen else None,
        "last_seen": seen[-1] if seen else None,
        "summary": ms[0].sentence,
    }
