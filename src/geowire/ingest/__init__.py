"""Ingest: files, directories, stdin, article URLs and RSS/Atom feeds → ``documents`` rows.

The stages mirror trafilatura's layout: :mod:`sources` expands inputs and reads files,
:mod:`fetch` downloads URLs safely, :mod:`extract` removes HTML boilerplate, :mod:`feeds` reads
RSS/Atom, :mod:`normalize` tidies text, :mod:`metadata` finds the publication date,
:mod:`language` detects the language, :mod:`dedup` finds exact and near duplicates, and
:mod:`service` writes each document in one transaction and reports what became of every item.
"""

from geowire.ingest.items import IngestReport, ItemResult
from geowire.ingest.service import ingest_sources

__all__ = ["IngestReport", "ItemResult", "ingest_sources"]
