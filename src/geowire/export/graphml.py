"""GraphML of the relations network (``store.model.network``: countries with counted occurrences,
undirected edges weighted by occurrences, cooperation, conflict and score), readable by
``networkx.read_graphml``, Gephi and yEd.  ``--since`` limits the occurrences counted."""

from __future__ import annotations

from pathlib import Path

from geowire.export.records import EventFilters, ExportReport
from geowire.store.db import Store


def write_graphml(store: Store, out: Path, report: ExportReport, *, filters: EventFilters) -> None:
    """Write the country-level network as GraphML; rows = nodes + edges."""
    from geowire.store.model import network, network_graphml

    net = network(store, since=filters.since)
    out.write_text(network_graphml(net), encoding="utf-8")
    report.rows += len(net["nodes"]) + len(net["edges"])
