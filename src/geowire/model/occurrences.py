"""Cluster event mentions across documents into occurrences (one real-world event each).

Two mentions join when they have the same PLOVER category, overlapping actor codes, recipient
codes that overlap (or one side has none), dates compatible with their precision (an event dated
only by its article may have happened in the week before publication), and similar evidence
(content-word overlap of the sentences, or the same trigger word).  Clusters are the connected
components (union-find) of that relation, so they do not depend on the order of the events.
Only mentions that share a block — (category, actor, recipient) — and whose date windows
overlap are compared (a sweep in date order), which keeps clustering near-linear.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from geowire.model.context import date_interval

_WORD = re.compile(r"[A-Za-z][A-Za-z-]{2,}")
_STOP = frozenset(
    "the and for that with from this have has had was were are its their his her they said says "
    "will would could been being not but also into over after before about than which who what when".split()
)
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


@dataclass
class Occurrence:
    id: str
    members: list[EventRecord] = field(default_factory=list)

    @property
    def category(self) -> str:
        return self.members[0].category


def words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP)


def interval(ev: EventRecord) -> tuple[dt.date, dt.date] | None:
    """The days an event may have happened on (None when nothing is known)."""
    if ev.date is None:
        return None
    if ev.date_source == "publication":
        return ev.date - dt.timedelta(days=PUBLICATION_WINDOW), ev.date
    return date_interval(ev.date, ev.date_precision)


def same_occurrence(a: EventRecord, b: EventRecord, wa: frozenset[str], wb: frozenset[str]) -> bool:
    """Whether two event mentions describe the same real-world event."""
    if a.category != b.category or not set(a.actors) & set(b.actors):
        return False
    if a.recipients and b.recipients and not set(a.recipients) & set(b.recipients):
        return False
    ia, ib = interval(a), interval(b)
    if ia and ib and not (ia[0] <= ib[1] and ib[0] <= ia[1]):
        return False
    if a.trigger and a.trigger.lower()[:5] == b.trigger.lower()[:5]:
        return True
    union = wa | wb
    return bool(union) and len(wa & wb) / len(union) >= SIMILARITY


def cluster(events: list[EventRecord], *, together: Iterable[Sequence[int]] = ()) -> list[Occurrence]:
    """Occurrences of ``events`` (each event in exactly one), ordered by their first member id.

    The occurrences are the connected components of :func:`same_occurrence`, whatever the input
    order; the events of each index group in ``together`` are joined beforehand (members of an
    occurrence already found).  Only events that share a block are compared (see
    :func:`blocks`), in a sweep by date that keeps per block the open occurrences, not every
    open event: near-linear."""
    parts = _Components(events)
    for group in together:
        for i in group[1:]:
            parts.parent[parts.find(i)] = parts.find(group[0])
    for members, wild in blocks(events):
        parts.sweep(members, wild)
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

    An event is in a block per (category, actor, recipient) of its own, where every pair is
    compared; one without recipients may join any event of its actors, so each (category,
    actor) also has a block where only pairs with a recipient-less event (the wildcards) are."""
    by_dyad: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    by_actor: dict[tuple[str, str], list[int]] = defaultdict(list)
    wild: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, ev in enumerate(events):
        for a in set(ev.actors):
            by_actor[(ev.category, a)].append(i)
            if not ev.recipients:
                wild[(ev.category, a)].add(i)
            for r in set(ev.recipients):
                by_dyad[(ev.category, a, r)].append(i)
    out: list[tuple[list[int], frozenset[int] | None]] = [(m, None) for m in by_dyad.values() if len(m) > 1]
    return out + [(by_actor[k], frozenset(w)) for k, w in wild.items() if len(by_actor[k]) > 1]


class _Components:
    """Union-find over events, with the sweep that joins them block by block."""

    def __init__(self, events: list[EventRecord]) -> None:
        self.events = events
        self.parent = list(range(len(events)))
        self.windows = [interval(e) or _UNDATED for e in events]
        self.bags: dict[int, frozenset[str]] = {}

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def bag(self, i: int) -> frozenset[str]:
        if i not in self.bags:
            self.bags[i] = words(self.events[i].sentence)
        return self.bags[i]

    def sweep(self, members: list[int], wild: frozenset[int] | None) -> None:
        """Join the events of one block: in order of their first possible day, each is compared
        with the members of the occurrences still open in the block (one match per occurrence is
        enough); with ``wild`` given, only pairs with a wildcard are compared."""
        open_: dict[int, deque[int]] = {}
        for j in sorted(members, key=lambda i: self.windows[i][0]):
            lo = self.windows[j][0]
            for root in list(open_):
                live = open_[root]
                while live and self.windows[live[0]][1] < lo:
                    live.popleft()  # roughly oldest first: what remains may still be too old
                if not live:
                    del open_[root]
                elif self.find(root) != self.find(j):
                    self._join(j, live, wild)
            self._open(open_, j)

    def _join(self, j: int, live: deque[int], wild: frozenset[int] | None) -> None:
        ev, bag = self.events[j], self.bag(j)
        for i in live:
            if wild is not None and j not in wild and i not in wild:
                continue
            if same_occurrence(self.events[i], ev, self.bag(i), bag):
                self.parent[self.find(i)] = self.find(j)
                return

    def _open(self, open_: dict[int, deque[int]], j: int) -> None:
        """Add ``j`` to its occurrence in the block, merging the entries of what it joined."""
        root = self.find(j)
        merged: deque[int] = deque([j])
        for r in [r for r in open_ if self.find(r) == root]:
            part = open_.pop(r)
            if len(part) >= len(merged):
                part, merged = merged, part
            merged.extend(part)  # the smaller into the larger
        open_[root] = merged


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
        "score": sum(m.score for m in ms) / len(ms),
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
