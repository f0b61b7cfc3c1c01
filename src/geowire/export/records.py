"""What the event exports read: one :class:`ExportEvent` per coded event mention — the
:class:`~geowire.types.Event` with the source document's url/path and dates — plus the filters
shared by every events export (the same as ``geowire events``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from geowire.store.events import EventFilters
from geowire.types import Event

__all__ = ["EventFilters", "ExportEvent", "ExportReport"]


@dataclass(frozen=True)
class ExportEvent:
    """An event plus where it came from; ``row`` is the store row (for the PLOVER record)."""

    event: Event
    url: str | None = None
    path: str | None = None
    published: dt.date | None = None
    added: dt.datetime | None = None  # when the document was ingested
    row: dict[str, Any] = field(default_factory=dict, compare=False)
    # the occurrence the mention belongs to: its mentions, distinct outlets and documents
    mentions: int = 1
    sources: int = 1
    articles: int = 1
    modelled: bool = True  # in an occurrence: at or above the model's confidence floor
    language: str | None = None  # the document's ISO 639-1 language
    title: str | None = None
    outlet: str | None = None
    published_precision: str = "day"
    doc_length: int | None = None  # characters of the document's text (GDELT's MentionDocLen)

    @property
    def source(self) -> str:
        """The URL, else the path, else the document id (for people; GDELT's SOURCEURL is
        :attr:`url` or blank)."""
        return self.url or self.path or f"geowire:{self.event.doc_id}"

    @property
    def day(self) -> dt.date | None:
        """The event date, else the publication date."""
        return self.event.date or self.published


@dataclass
class ExportReport:
    """What an export wrote: rows, the file, and the rows left out by reason."""

    format: str
    out: str
    rows: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1
