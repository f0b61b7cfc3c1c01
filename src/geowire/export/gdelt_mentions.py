"""GDELT 2.0 Mentions export: tab-separated, no header, the Mentions codebook's 16 columns in order.

GDELT's Mentions table links an event to each article that mentions it, with where in the article
the actors and the action were found.  geowire's GDELT events file (:mod:`geowire.export.gdelt`)
has one row per event mention, so this table has one row per row of that file, with the same
``GLOBALEVENTID`` (same events left out: non-asserted unless ``include_nonasserted``, undated):

- ``EventTimeDate`` / ``MentionTimeDate``: the events file's DATEADDED (when the document was
  ingested; YYYYMMDDHHMMSS) — the event and its mention are recorded together.
- ``MentionType``: 1 (WEB) — geowire reads news articles, from the web or saved as files.
- ``MentionSourceName``: the URL's host without ``www.`` (GDELT writes the domain), else the outlet.
- ``MentionIdentifier``: the article URL, blank when it has none (never a local path).
- ``SentenceID``: the sentence's number in the document, from 1.
- ``Actor1CharOffset`` / ``Actor2CharOffset`` / ``ActionCharOffset``: character offsets into the
  document's stored text of the first actor, the first recipient and the trigger (−1 when absent).
- ``InRawText``: 1 when the actors and the trigger are all in the event's sentence, 0 when an actor
  was found elsewhere in the article (carried over from an earlier sentence or implied).
- ``Confidence``: the coder's confidence as a percentage (0–100).
- ``MentionDocLen``: characters of the document's text.
- ``MentionDocTone``, ``MentionDocTranslationInfo``, ``Extras``: blank (geowire measures no tone
  and translates nothing).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TextIO
from urllib.parse import urlsplit

from geowire.export.gdelt import global_event_id, left_out, timestamp
from geowire.export.records import ExportEvent, ExportReport

MENTIONS_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)  # fmt: skip
assert len(MENTIONS_COLUMNS) == 16, "GDELT 2.0 Mentions has 16 columns"

WEB = "1"  # GDELT MentionType 1: a web article, identified by its URL


def source_name(url: str | None, outlet: str | None) -> str:
    """GDELT's MentionSourceName: the URL's host (no ``www.``), else the outlet, else blank."""
    host = urlsplit(url).hostname if url else None
    if host:
        return host.removeprefix("www.")
    return _clean(outlet or "")


def in_raw_text(item: ExportEvent) -> bool:
    """Whether the event's actors and trigger all lie in its own sentence."""
    ev = item.event
    start, end = ev.sentence_start, ev.sentence_start + len(ev.sentence)
    spans = [(a.start, a.end) for a in (*ev.actors, *ev.recipients)]
    return all(start <= s and e <= end for s, e in [*spans, (ev.trigger.start, ev.trigger.end)])


def mention_row(item: ExportEvent) -> list[str]:
    """The 16 Mentions fields of one event mention."""
    ev = item.event
    added = timestamp(item)
    actor1 = ev.actors[0].start if ev.actors else -1
    actor2 = ev.recipients[0].start if ev.recipients else -1
    url = item.url if item.url and item.url.startswith(("http://", "https://")) else ""
    return [
        str(global_event_id(ev.id)),
        added,
        added,
        WEB,
        source_name(url, item.outlet),
        _clean(url),
        str(ev.sentence_index + 1),
        str(actor1),
        str(actor2),
        str(ev.trigger.start),
        "1" if in_raw_text(item) else "0",
        str(max(0, min(100, round(ev.confidence * 100)))),
        "" if item.doc_length is None else str(item.doc_length),
        "",
        "",
        "",
    ]


def iter_mention_rows(
    events: Iterable[ExportEvent], report: ExportReport, *, include_nonasserted: bool = False
) -> Iterator[list[str]]:
    """Mentions rows for the events the GDELT events file keeps, counting the others as skipped."""
    for item in events:
        reason = left_out(item, include_nonasserted=include_nonasserted)
        if reason:
            report.skip(reason)
            continue
        yield mention_row(item)


def write_mentions(
    events: Iterable[ExportEvent], stream: TextIO, report: ExportReport, *, include_nonasserted: bool = False
) -> None:
    """Write GDELT 2.0 Mentions rows (tab-separated, no header, as GDELT publishes them)."""
    for row in iter_mention_rows(events, report, include_nonasserted=include_nonasserted):
        stream.write("\t".join(row) + "\n")
        report.rows += 1


def _clean(value: str) -> str:
    """No tabs or newlines inside a field."""
    return " ".join(value.split())
