"""Records passed between pipeline stages: plain, frozen, typed.

Offsets (``start``/``end``) are always character offsets into ``documents.text`` — the
NFKC-normalised text that ingest stored — so every record can point back to its words.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator

DatePrecision = Literal["day", "month", "year"]


def date_interval(value: dt.date, precision: str | None) -> tuple[dt.date, dt.date]:
    """The first and last day a date of this precision (day, month or year) may stand for."""
    if precision == "year":
        return dt.date(value.year, 1, 1), dt.date(value.year, 12, 31)
    if precision == "month":
        last = calendar.monthrange(value.year, value.month)[1]
        return dt.date(value.year, value.month, 1), dt.date(value.year, value.month, last)
    return value, value


ActorKind = Literal["country", "igo", "person", "group", "equipment", "unresolved"]
Modality = Literal["asserted", "negated", "hypothetical", "future"]
BlockKind = Literal["headline", "dateline", "body", "caption", "credit"]


@dataclass(frozen=True)
class ModalityFloors:
    """The learned stage's default-view floor per modality of an event (the decider artefact's
    ``modality_floors``, chosen on dev per modality): ``by_modality`` for the modalities that have
    their own, ``default`` (the artefact's ``min_confidence``) for the others."""

    default: float
    by_modality: tuple[tuple[str, float], ...] = ()

    def of(self, modality: str | None) -> float:
        """The floor of an event of ``modality``."""
        return dict(self.by_modality).get(modality or "", self.default)

    def as_dict(self) -> dict[str, float]:
        return dict(self.by_modality)


# the default view's floor of the learned stage: one for every event, or one per modality
LearnedFloor = float | ModalityFloors


def floor_for(floor: LearnedFloor, modality: str | None) -> float:
    """The confidence an event of ``modality`` needs to pass ``floor``."""
    return floor.of(modality) if isinstance(floor, ModalityFloors) else float(floor)


PLOVER_CATEGORIES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


def plover_category(v: str) -> str:
    """``v`` when it is a PLOVER category; a ValueError naming it otherwise (for validators)."""
    if v not in PLOVER_CATEGORIES:
        raise ValueError(f"unknown PLOVER category {v!r}")
    return v


PloverCategory = Annotated[str, AfterValidator(plover_category)]  # a validated field of knowledge files

QUAD_CLASS: dict[str, int] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}


class DocStatus(StrEnum):
    """Where a document stands. ``stored`` awaits processing; ``processed`` has been coded."""

    STORED = "stored"
    PROCESSED = "processed"
    DUPLICATE = "duplicate"
    SKIPPED = "skipped"
    FAILED = "failed"


class Reason(StrEnum):
    """The fixed set of reasons an input item is not stored (or is stored but not processed)."""

    MISSING = "missing-path"
    PERMISSION = "permission-denied"
    BINARY = "binary-file"
    EMPTY = "empty-text"
    UNDECODABLE = "undecodable"
    MALFORMED_JSON = "malformed-json"
    MALFORMED_FRONT_MATTER = "malformed-front-matter"
    TOO_LARGE = "too-large"
    NO_ARTICLE = "no-article"
    UNREACHABLE = "unreachable"
    TIMEOUT = "timeout"
    HTTP_STATUS = "http-status"
    BAD_FEED = "bad-feed"
    UNSAFE_URL = "unsafe-url"
    UNSUPPORTED = "unsupported-type"
    LANGUAGE = "language"
    DUPLICATE = "duplicate"
    NEAR_DUPLICATE = "near-duplicate"
    BAD_DATE = "bad-date"  # a metadata date that does not exist (2024-02-30, 0000-01-01, 25:00)
    TOO_DEEP = "too-deep"  # JSON/YAML nested deeper than can be parsed
    BAD_ENCODING = "bad-encoding"  # stored, but invalid bytes were replaced with U+FFFD
    NOT_A_REGULAR_FILE = "not-a-regular-file"  # a FIFO, device or socket: never read


@dataclass(frozen=True)
class Document:
    """A stored document (one row of ``documents``)."""

    id: str
    content_hash: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    path: str | None = None
    published: dt.date | None = None
    published_source: str = "unknown"  # metadata | dateline | cli | unknown
    language: str | None = None
    status: DocStatus = DocStatus.STORED
    reason: str | None = None
    duplicate_of: str | None = None
    encoding_errors: bool = False  # invalid bytes or lone surrogates replaced with U+FFFD at ingest


@dataclass(frozen=True)
class DocContext:
    """What later stages know about a document besides its text."""

    doc_id: str
    published: dt.date | None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Block:
    """A layout block of the text: headline, dateline, body paragraph, caption or photo credit."""

    kind: BlockKind
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    block: BlockKind = "body"


@dataclass(frozen=True)
class Role:
    """A dated role of a person: country, sector, title, from ``start`` to ``end`` (None = open).

    ``organisation`` is the code of the international organisation the role is held in (UN
    Secretary-General); ``country`` is then empty when the role belongs to no country."""

    country: str
    sector: str
    title: str
    start: dt.date | None = None
    end: dt.date | None = None
    organisation: str | None = None


@dataclass(frozen=True)
class ActorMention:
    """One actor mention in a document, resolved or not (``code`` None = unresolved)."""

    start: int
    end: int
    text: str
    kind: ActorKind
    code: str | None = None  # ISO alpha-3, organisation code, group code, or equipment id
    sector: str | None = None
    wikidata: str | None = None
    name: str | None = None  # canonical name from the knowledge base
    confidence: float = 1.0
    how: str = ""  # which rule resolved it, e.g. "country-name", "person-role@2025-10-01"
    sentence: int = -1
    country: str | None = None  # for people/groups/equipment: the country they belong to / producer


@dataclass(frozen=True)
class DateExpr:
    """A date expression resolved against the publication date."""

    start: int
    end: int
    text: str
    value: dt.date
    precision: DatePrecision
    relation: Literal["on", "since", "until", "before", "after"] = "on"
    sentence: int = -1
    # the same words read forward from the publication ("on Monday", "in February" of a planned act):
    # the next such day or month, where that differs from ``value`` (the last one)
    ahead: dt.date | None = None


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float
    unit: str | None = None  # "USD", "km", "people", None for a bare count
    qualifier: str | None = None  # about | more-than | less-than | up-to | exactly
    sentence: int = -1


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class EventActor:
    """An actor or recipient of an event: the PLOVER actor object plus its evidence span."""

    code: str | None
    sector: str | None
    entity_text: str
    wikidata: str | None
    start: int
    end: int
    kind: ActorKind = "country"


PlaceKind = Literal["country", "admin1", "city", "region", "water"]  # region, water: data/geo/features.yaml
PlaceSource = Literal["sentence", "dateline"]


@dataclass(frozen=True)
class Place:
    """A gazetteer place an event happened at (``geowire.geo``): GeoNames id (None for an admin1
    region, which the shipped sources give no id), coordinates, admin1 and country (ISO alpha-3);
    ``source`` says whether the sentence named it or only the article's dateline did."""

    name: str
    kind: PlaceKind
    geonames_id: int | None
    lat: float
    lon: float
    country: str
    admin1: str | None = None
    admin1_code: str | None = None
    source: PlaceSource = "sentence"
    text: str = ""  # the words it was read from


@dataclass(frozen=True)
class Event:
    """One coded event mention with its evidence."""

    id: str
    doc_id: str
    sentence_index: int
    sentence: str
    sentence_start: int
    category: str
    trigger: Span
    actors: tuple[EventActor, ...]
    recipients: tuple[EventActor, ...]
    mode: str | None = None
    context: tuple[str, ...] = ()
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    date_source: str = "publication"  # clause | publication | unknown
    location: str | None = None
    location_code: str | None = None  # ISO alpha-3 of the stated location, when the KB knows the place
    place: Place | None = None  # the gazetteer place (geowire.geo), most specific first
    quad_class: int = 0
    score: float = 0.0
    modality: Modality = "asserted"
    reported: bool = False
    confidence: float = 0.5
    rule: str = ""
    explanation: tuple[str, ...] = ()


@dataclass(frozen=True)
class Claim:
    """A model-level claim extracted from one sentence (agreement, transfer, deployment, statement,
    assessment).  ``fields`` holds the kind-specific values; ``field_spans`` the evidence of each."""

    kind: Literal["agreement", "transfer", "deployment", "statement", "assessment"]
    doc_id: str
    sentence_index: int
    start: int
    end: int
    fields: dict[str, object] = field(default_factory=dict)
    field_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    event_id: str | None = None


@dataclass(frozen=True)
class DocAnalysis:
    """Everything the per-document stages produce; written to the store in one transaction."""

    doc_id: str
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]
    mentions: tuple[ActorMention, ...]
    dates: tuple[DateExpr, ...]
    quantities: tuple[Quantity, ...]
    events: tuple[Event, ...]
    claims: tuple[Claim, ...] = ()
