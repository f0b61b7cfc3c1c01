"""Response models of the JSON API, for its OpenAPI description (``/openapi.json``, ``/docs``).

The endpoints send JSON-ready data as is (no second validation pass on the way out); these models
document its shape.  Records name their main fields and allow more (``extra="allow"``), so a
column added to a table shows up in the API before it is described here.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model


class Record(BaseModel):
    """A record: the fields named below and possibly more."""

    model_config = ConfigDict(extra="allow")


class ListPage(BaseModel):
    """One page of a list: ``items``, the ``total`` matching the filters, and links to the pages
    around it (``next``/``prev`` keep every other parameter)."""

    model_config = ConfigDict(extra="forbid")

    items: list[Any]
    total: int = Field(description="rows matching the filters, over all pages")
    limit: int
    offset: int
    next: str | None = Field(description="URL of the next page, null on the last")
    prev: str | None = Field(description="URL of the previous page, null on the first")
    next_offset: int | None
    prev_offset: int | None
    sort: list[str] = Field(description="the order used: column names, '-' for descending")
    filters: dict[str, Any]


# --- list items -----------------------------------------------------------------------------------


class DocumentRow(Record):
    id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    status: str
    n_words: int | None = None
    ingested_at: str | None = None


class ActorRef(Record):
    code: str | None = None
    sector: str | None = None
    name: str | None = None


class PloverRecord(Record):
    """An event as a PLOVER-style record (as ``geowire export --format plover``)."""

    id: str
    date: str | None = None
    event: list[str]
    mode: str | None = None
    context: list[str] = []
    actor: list[ActorRef] = []
    recipient: list[ActorRef] = []
    cite_info: dict[str, Any] = {}


class ActorRow(Record):
    kind: str
    code: str
    name: str | None = None
    count: int = Field(description="mentions")
    documents: int
    sectors: list[str] = []


class OccurrenceRow(Record):
    id: str
    category: str
    quad_class: int
    date: str | None = None
    actor_codes: list[str] = []
    recipient_codes: list[str] = []


class DyadRow(Record):
    a: str
    b: str
    occurrences: int
    cooperation: int
    conflict: int


class AgreementRow(Record):
    id: str
    kind: str
    name: str
    parties: list[str] = []
    signed: str | None = None
    status: str | None = None


class TransferRow(Record):
    id: str
    supplier: str | None = None
    recipient: str | None = None
    system: str | None = None
    quantity: int | None = None
    status: str | None = None


class DeploymentRow(Record):
    id: str
    country: str | None = None
    host: str | None = None
    personnel: int | None = None
    place: str | None = None


class StatementRow(Record):
    claim_id: str
    doc_id: str
    speaker: str | None = None
    target: str | None = None
    stance: str | None = None
    text: str | None = None


class ContradictionRow(Record):
    id: str
    kind: str
    subject: str
    doc_a: str | None = None
    doc_b: str | None = None
    evidence_texts: list[str] = []


class SearchHit(Record):
    kind: Literal["sentence", "document", "actor"]
    id: str = Field(description="document id (sentences, documents) or actor code")
    doc_id: str | None = None
    sentence_index: int | None = None
    title: str | None = None
    text: str | None = None
    rank: int
    link: str = Field(description="the UI page of the hit")
    api: str = Field(description="the JSON twin of that page")


class Suggestion(Record):
    code: str
    name: str | None = None
    kind: str | None = None
    mentions: int


class Suggestions(BaseModel):
    q: str
    items: list[Suggestion]


def page_of(item: type[BaseModel], name: str) -> type[ListPage]:
    """The :class:`ListPage` model whose ``items`` are ``item`` records."""
    return create_model(name, __base__=ListPage, items=(list[item], ...))  # type: ignore[valid-type]


# --- views (the JSON twins of the UI pages) ----------------------------------------------------------


class Overview(Record):
    counts: dict[str, Any]
    latest_occurrences: list[dict[str, Any]]
    top_dyads: list[DyadRow]


class DocumentDetail(Record):
    document: dict[str, Any]
    events: list[PloverRecord]


class ActorProfile(Record):
    code: str
    profile: dict[str, Any]


class EventDetail(Record):
    event: PloverRecord
    evidence: dict[str, Any]


class Network(Record):
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    since: str | None = None
    until: str | None = None


class DyadDetail(Record):
    a: str
    b: str
    by: str
    series: list[dict[str, Any]]
    occurrences: list[dict[str, Any]]
    events: list[PloverRecord]


class Stance(Record):
    by: str


class Compare(Record):
    a: str | None = None
    b: str | None = None
    comparison: dict[str, Any] | None = None
    documents: list[dict[str, Any]]


class MapPoints(Record):
    points: list[dict[str, Any]]
    unplaced: int


class IngestInfo(Record):
    read_only: bool
    fields: list[str]
    upload_suffixes: list[str]


class IngestResult(Record):
    """What an ingest did (counts per status and the documents stored)."""


class CorrectionResult(Record):
    """A correction as stored: the event, the action, who and when, and the coder's original."""

    event_id: str
    action: str


class ViewData(Record):
    """A page's data (a view without a model of its own yet): a JSON object."""


VIEW_MODELS: dict[str, type[BaseModel]] = {
    "overview": Overview,
    "document": DocumentDetail,
    "actor": ActorProfile,
    "event": EventDetail,
    "network": Network,
    "dyad": DyadDetail,
    "stance": Stance,
    "compare": Compare,
    "map_points": MapPoints,
}
