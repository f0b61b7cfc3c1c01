"""Records passed inside the ingest stage: a raw item read from a source, a bad item, and the
per-item result and run report returned to callers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from geowire.types import Reason

Outcome = Literal["stored", "duplicate", "exists", "skipped", "failed"]


@dataclass(frozen=True)
class RawItem:
    """One input item with its text already extracted (HTML → article text), not yet normalised."""

    source: str  # what the user would recognise: a path, 'file.jsonl:3', a URL, 'stdin'
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    path: str | None = None
    published: dt.date | None = None  # from metadata (front-matter, JSON, HTML meta, feed entry)
    paragraphs: Literal["auto", "lines"] = "auto"  # 'lines': every line is a paragraph (HTML output)
    encoding_errors: bool = False  # invalid bytes were replaced with U+FFFD when decoding


@dataclass(frozen=True)
class Failure:
    """An input item that could not be read; ``reason`` is from the fixed set."""

    source: str
    reason: Reason
    detail: str = ""


class ItemError(Exception):
    """Raised inside the readers for a bad item; always turned into a :class:`Failure`."""

    def __init__(self, reason: Reason, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class ItemResult:
    """What became of one input item."""

    source: str
    outcome: Outcome
    reason: str | None = None
    detail: str | None = None
    document_id: str | None = None
    title: str | None = None
    published: dt.date | None = None

    def line(self) -> str:
        """One human line: ``source: reason (detail)``."""
        text = f"{self.source}: {self.reason or self.outcome}"
        return f"{text} ({self.detail})" if self.detail else text


@dataclass
class IngestReport:
    """Counts and per-item results of one ingest run."""

    run_id: str
    stored: int = 0
    duplicates: int = 0  # near-duplicates stored with status 'duplicate'
    existing: int = 0  # exact duplicates of a document already stored: nothing written
    skipped: int = 0
    failed: int = 0
    items: list[ItemResult] = field(default_factory=list)

    def add(self, result: ItemResult) -> None:
        self.items.append(result)
        match result.outcome:
            case "stored":
                self.stored += 1
            case "duplicate":
                self.duplicates += 1
            case "exists":
                self.existing += 1
            case "skipped":
                self.skipped += 1
            case "failed":
                self.failed += 1

    @property
    def new(self) -> int:
        """Rows written to ``documents`` in this run."""
        return self.stored + self.duplicates + self.skipped

    @property
    def ok(self) -> bool:
        """True when no item failed."""
        return self.failed == 0

    def summary(self) -> str:
        """One line, e.g. ``stored 3, duplicates 0, skipped 0, failed 0``."""
        if not self.items:
            return "nothing to ingest: no input items found"
        if self.new == 0 and self.failed == 0:
            return f"nothing new: {self.existing} already stored"
        counts = f"duplicates {self.duplicates}, skipped {self.skipped}, failed {self.failed}"
        return f"stored {self.stored}, {counts}" + (
            f"; {self.existing} already stored" if self.existing else ""
        )
