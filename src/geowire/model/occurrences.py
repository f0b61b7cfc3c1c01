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
from collections import defaultdict
from collections.abc import Callable, Iterator
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


def cluster(events: list[EventRecord]) -> list[Occurrence]:
    """Occurrences of ``events`` (each event in exactly one), ordered by their first member id.

    The occurrences are the connected components of :func:`same_occurrence`, whatever the input
    order; only the pairs :func:`candidate_pairs` yields are compared (near-linear, not n²)."""
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    bags: dict[int, frozenset[str]] = {}

    def bag(i: int) -> frozenset[str]:
        if i not in bags:
            bags[i] = words(events[i].sentence)
        return bags[i]

    for i, j in candidate_pairs(events, same=lambda i, j: find(i) == find(j)):
        if same_occurrence(events[i], events[j], bag(i), bag(j)):
            parent[find(j)] = find(i)
    groups: dict[int, list[EventRecord]] = defaultdict(list)
    for i, e in enumerate(events):
        groups[find(i)].append(e)
    out = [_occurrence(members) for members in groups.values()]
    return sorted(out, key=lambda o: o.members[0].id)


def _occurrence(members: list[EventRecord]) -> Occurrence:
    members.sort(key=lambda e: e.id)
    return Occurrence(id="oc" + hashlib.sha1(members[0].id.encode()).hexdigest()[:14], members=members)


_ANY = ""  # the recipient key of the block every event of (category, actor) is in
_NEVER = (dt.date.min, dt.date.max)  # an undated event may fall on any day


def candidate_pairs(
    events: list[EventRecord], *, same: Callable[[int, int], bool]
) -> Iterator[tuple[int, int]]:
    """The pairs :func:`same_occurrence` may join, blocked by (category, actor, recipient) and a
    date window: a sweep over the events in order of their first possible day keeps, per block,
    the events whose interval is still open, and pairs each event only with those.  A mention
    with recipients meets the block of each (actor, recipient) and the recipient-less mentions
    of its actors; one without recipients meets every mention of its actors.  Pairs that
    ``same`` says are already joined are skipped."""
    order = sorted(range(len(events)), key=lambda i: (interval(events[i]) or _NEVER)[0])
    open_: dict[tuple[str, str, str], list[tuple[dt.date, int]]] = defaultdict(list)
    for j in order:
        ev = events[j]
        lo, hi = interval(ev) or _NEVER
        seen: set[int] = set()
        for key in _probe_keys(ev):
            live = [(h, i) for h, i in open_.get(key, ()) if h >= lo]
            if key in open_:
                open_[key] = live
            for _h, i in live:
                if i not in seen:
                    seen.add(i)
                    if not same(i, j):
                        yield i, j
        for key in _member_keys(ev):
            open_[key].append((hi, j))


def _member_keys(ev: EventRecord) -> set[tuple[str, str, str]]:
    """The blocks an event is in: (category, actor, recipient or '-') and (category, actor, any)."""
    recipients = set(ev.recipients) or {"-"}
    keys = {(ev.category, a, r) for a in ev.actors for r in recipients}
    return keys | {(ev.category, a, _ANY) for a in ev.actors}


def _probe_keys(ev: EventRecord) -> set[tuple[str, str, str]]:
    """The blocks holding every earlier event ``ev`` may join."""
    if not ev.recipients:
        return {(ev.category, a, _ANY) for a in ev.actors}
    return {(ev.category, a, r) for a in ev.actors for r in [*ev.recipients, "-"]}


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
