"""PLOVER JSON lines: one ``store.events.to_plover_record`` per line (the manual's suggested
newline-delimited layout), with ``cite_info`` filled from the store."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from geowire.export.records import ExportEvent, ExportReport
from geowire.store.db import Store


def write_plover_jsonl(
    events: Iterable[ExportEvent], stream: TextIO, report: ExportReport, *, store: Store | None = None
) -> None:
    """Write one PLOVER record a line (UTF-8, no ASCII escaping)."""
    from geowire.store.events import to_plover_record

    for item in events:
        record = to_plover_record(item.row, store=store)
        stream.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        report.rows += 1
