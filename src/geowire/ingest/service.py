"""Ingest orchestration: read every input item, normalise, date, detect language, check
duplicates, and write each document with its log line in ONE transaction (a batch of items per
transaction, so DuckDB's per-statement and per-commit costs are paid once a batch).

A killed run loses only the batch it was writing (at most ``save_batch`` items, or
:data:`FLUSH_SECONDS` of work), never half a document; a re-run finds the stored ones by content
hash (reported as already stored) and continues with the rest.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from geowire.geo.resolve import names_region
from geowire.ingest.dedup import NearDuplicateIndex, content_hash, document_id
from geowire.ingest.feeds import read_feeds_file
from geowire.ingest.fetch import Fetcher
from geowire.ingest.items import Failure, IngestReport, ItemResult, Outcome, RawItem
from geowire.ingest.language import LanguageDetector
from geowire.ingest.metadata import dateline_agency, resolve_date, title_from_text
from geowire.ingest.normalize import count_words, normalize_text
from geowire.ingest.sources import iter_items
from geowire.lang import LanguagePack, load_language
from geowire.settings import Settings
from geowire.store import documents as store_docs
from geowire.store.db import Store
from geowire.types import DocStatus, Document, Reason

FLUSH_SECONDS = 1.0  # commit queued items at least this often (slow sources: URLs, feeds)
_SURROGATES = re.compile("[\ud800-\udfff]")  # lone surrogates (JSON "\\ud800", undecodable file names)


def ingest_sources(
    store: Store,
    settings: Settings,
    sources: Iterable[str],
    *,
    date: dt.date | None = None,
    feeds_file: Path | None = None,
    on_item: Callable[[ItemResult], None] | None = None,
    stdin: BinaryIO | None = None,
    fetcher: Fetcher | None = None,
) -> IngestReport:
    """Ingest every item of ``sources`` (paths, directories, URLs, ``-``) and of the feeds file.

    ``on_item`` hears of each item once its outcome is committed.  The language pack
    (``settings.language``) is loaded here, once, for the whole run."""
    feeds = read_feeds_file(feeds_file) if feeds_file is not None else []
    lang = load_language(settings.language)  # once for the run: metadata dates, datelines
    writer = DocumentWriter(store, settings, lang, date=date)
    report = IngestReport(run_id=writer.run_id)

    def committed(results: list[ItemResult]) -> None:
        for result in results:
            report.add(result)
            if on_item is not None:
                on_item(result)

    with fetcher or Fetcher(settings) as fetch:
        for item in iter_items(sources, settings, lang=lang, fetcher=fetch, feeds=feeds, stdin=stdin):
            committed(writer.write(item) if isinstance(item, RawItem) else writer.fail(item))
        committed(writer.flush())
    return report


class DocumentWriter:
    """Turns raw items into stored documents, committed ``settings.save_batch`` items at a time
    (or after :data:`FLUSH_SECONDS`): each document and its log line are written whole or not at
    all, with one statement per table for the batch.  :meth:`write` and :meth:`fail` return the
    results committed by that call; :meth:`flush` commits the rest."""

    def __init__(
        self, store: Store, settings: Settings, lang: LanguagePack, *, date: dt.date | None = None
    ) -> None:
        self.store = store
        self.settings = settings
        self.lang = lang
        self.date = date
        self.run_id = uuid.uuid4().hex[:12]
        self.lang = lang
        self.detector = LanguageDetector(lang)
        self.index = NearDuplicateIndex(settings)
        for doc_id, signature in store_docs.original_signatures(store):
            self.index.add(doc_id, signature)
        self._docs: list[store_docs.NewDocument] = []
        self._results: list[ItemResult] = []  # each becomes an ingest_log line when committed
        self._pending_ids: dict[str, str] = {}  # content hash → id, for documents not yet committed
        self._since = 0.0  # monotonic time of the oldest uncommitted item

    def fail(self, failure: Failure) -> list[ItemResult]:
        """Log a bad item."""
        source, detail = without_surrogates(failure.source), without_surrogates(failure.detail)
        return self._queue(ItemResult(source, "failed", failure.reason.value, detail or None))

    def write(self, item: RawItem) -> list[ItemResult]:
        """Store one item (or find it already stored)."""
        item = clean_item(item)
        text = checked_text(item, self.settings)
        if isinstance(text, Failure):
            return self.fail(text)
        digest = content_hash(text)
        existing = self._pending_ids.get(digest) or store_docs.id_for_hash(self.store, digest)
        if existing is not None:
            return self._queue(
                ItemResult(
                    item.source, "exists", Reason.DUPLICATE.value, f"same text as {existing}", existing
                )
            )
        doc, signature = self._document(item, text, digest)
        self._docs.append(store_docs.NewDocument(doc, count_words(text), signature))
        self._pending_ids[digest] = doc.id
        if doc.status is DocStatus.STORED:
            self.index.add(doc.id, signature)
        return self._queue(
            ItemResult(item.source, _OUTCOMES[doc.status], doc.reason, None, doc.id, doc.title, doc.published)
        )

    def flush(self) -> list[ItemResult]:
        """Commit every queued document and a log line per queued result in one transaction; the
        results."""
        results = self._results
        if not results:
            return []
        logs = [
            store_docs.LogLine(self.run_id, r.source, r.outcome, r.reason, r.document_id) for r in results
        ]
        with self.store.transaction() as con:
            store_docs.insert_documents(con, self._docs, logs)
        self._docs, self._results, self._pending_ids = [], [], {}
        return results

    def _queue(self, result: ItemResult) -> list[ItemResult]:
        if not self._results:
            self._since = time.monotonic()
        self._results.append(result)
        full = len(self._results) >= self.settings.save_batch
        return self.flush() if full or time.monotonic() - self._since >= FLUSH_SECONDS else []

    def _document(self, item: RawItem, text: str, digest: str) -> tuple[Document, list[int]]:
        doc = new_document(
            item, text, digest, settings=self.settings, lang=self.lang, detector=self.detector, date=self.date
        )
        signature = self.index.signature(text)
        if doc.status is DocStatus.STORED and (match := self.index.query(signature)) is not None:
            reason = f"{Reason.NEAR_DUPLICATE.value} of {match.document_id} (jaccard {match.jaccard:.2f})"
            doc = replace(doc, status=DocStatus.DUPLICATE, reason=reason, duplicate_of=match.document_id)
        return doc, signature


def without_surrogates(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (they cannot be encoded or stored)."""
    return _SURROGATES.sub("\ufffd", text)


def clean_item(item: RawItem) -> RawItem:
    """``item`` with lone surrogates replaced in every field; ``encoding_errors`` set when its
    text, title, outlet or URL had any."""
    fields = (item.text, item.title, item.outlet, item.url, item.source, item.path)
    if not any(v is not None and _SURROGATES.search(v) for v in fields):
        return item

    def clean(value: str | None) -> str | None:
        return None if value is None else without_surrogates(value)

    bad = any(v is not None and _SURROGATES.search(v) for v in fields[:4])
    return replace(
        item,
        text=without_surrogates(item.text),
        title=clean(item.title),
        outlet=clean(item.outlet),
        url=clean(item.url),
        source=without_surrogates(item.source),
        path=clean(item.path),
        encoding_errors=item.encoding_errors or bad,
    )


def checked_text(item: RawItem, settings: Settings) -> str | Failure:
    """The item's normalised text, or why it cannot be stored (empty, over the size cap)."""
    text = normalize_text(item.text, paragraphs=item.paragraphs)
    if not text:
        return Failure(item.source, Reason.EMPTY, "no text")
    size = len(text.encode("utf-8"))
    if size > settings.max_text_bytes:
        detail = f"{size} bytes of text, limit {settings.max_text_bytes}"
        return Failure(item.source, Reason.TOO_LARGE, detail)
    return text


def new_document(
    item: RawItem,
    text: str,
    digest: str,
    *,
    settings: Settings,
    lang: LanguagePack,
    detector: LanguageDetector,
    date: dt.date | None = None,
) -> Document:
    """The document for ``text``: date, title, outlet (the item's, else its dateline's agency),
    language; ``skipped`` when its language is not processed, else ``stored`` (near-duplicate
    checks are the caller's: they depend on order)."""
    published, how = resolve_date(text, metadata=item.published, cli=date, lang=lang)
    language = detector.detect(text)
    status, reason = DocStatus.STORED, None
    if language is not None and language not in settings.languages:
        status, reason = DocStatus.SKIPPED, f"{Reason.LANGUAGE.value} {language}"
    elif item.encoding_errors:
        reason = Reason.BAD_ENCODING.value  # stored, flagged: invalid bytes became U+FFFD
    return Document(
        id=document_id(digest),
        content_hash=digest,
        text=text,
        title=item.title or title_from_text(text, lang=lang),
        # wire copy: "UNITED NATIONS (Wire) —", not "TRIPOLI (Lebanon) —"
        outlet=item.outlet or dateline_agency(text, is_place=lambda name: names_region(lang, name)),
        url=item.url,
        path=item.path,
        published=published,
        published_source=how,
        language=language,
        status=status,
        reason=reason,
        encoding_errors=item.encoding_errors,
    )


_OUTCOMES: dict[DocStatus, Outcome] = {
    DocStatus.STORED: "stored",
    DocStatus.DUPLICATE: "duplicate",
    DocStatus.SKIPPED: "skipped",
}
