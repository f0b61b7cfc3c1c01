"""Shard readers for batch mode: JSON lines / JSON / text (read by the ingest readers, so items
are exactly what ``geowire ingest`` would read), Parquet (one record a row: ``text`` plus optional
``title``, ``outlet``, ``url``, ``published``/``date``) and WARC (each HTML ``response`` record
becomes an article, extracted as ``geowire ingest URL`` would).  Every reader yields
:class:`~geowire.ingest.items.RawItem` or :class:`~geowire.ingest.items.Failure` in input order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from geowire.errors import OptionalDependencyError
from geowire.ingest.items import Failure, ItemError, RawItem
from geowire.ingest.readers import decode_bytes, read_html, read_json_record
from geowire.ingest.sources import SUPPORTED_SUFFIXES, read_file
from geowire.lang.pack import LanguagePack
from geowire.settings import Settings
from geowire.types import Reason

PARQUET_SUFFIXES = (".parquet", ".pq")
WARC_SUFFIXES = (".warc", ".warc.gz")


def shard_kind(path: Path) -> str:
    """``parquet``, ``warc`` or ``ingest`` (anything the ingest readers take)."""
    name = path.name.lower()
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    return "ingest"


def expand_shards(inputs: Iterable[str | Path]) -> Iterator[Path | Failure]:
    """Each input file, or every shard file under an input directory (sorted, recursive)."""
    for arg in inputs:
        path = Path(arg)
        if not path.exists():
            yield Failure(str(path), Reason.MISSING, "no such file or directory")
        elif path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            p = Path(folder) / name
            if not name.startswith(".") and (
                shard_kind(p) != "ingest" or p.suffix.lower() in SUPPORTED_SUFFIXES
            ):
                yield p


def iter_shard_items(
    inputs: Iterable[str | Path], settings: Settings, lang: LanguagePack
) -> Iterator[RawItem | Failure]:
    """Every item of every shard, in order (metadata dates read in the words of ``lang``)."""
    for entry in expand_shards(inputs):
        if isinstance(entry, Failure):
            yield entry
            continue
        kind = shard_kind(entry)
        if kind == "parquet":
            yield from read_parquet_shard(entry, lang)
        elif kind == "warc":
            yield from read_warc_shard(entry, lang)
        else:
            yield from read_file(entry, settings, lang)


def read_parquet_shard(path: Path, lang: LanguagePack) -> Iterator[RawItem | Failure]:
    """One item per row of a Parquet file (columns as in a JSON-lines record)."""
    try:
        import pyarrow.parquet as pq
    except ImportError as e:
        raise OptionalDependencyError("Parquet shards", "ray") from e
    try:
        table = pq.read_table(path)
    except (OSError, ValueError) as e:
        yield Failure(str(path), Reason.UNSUPPORTED, f"not a readable Parquet file: {e}")
        return
    for i, record in enumerate(table.to_pylist(), start=1):
        source = f"{path}:{i}"
        try:
            yield read_json_record(record, source=source, path=str(path), lang=lang)
        except ItemError as e:
            yield Failure(source, e.reason, e.detail)


def read_warc_shard(path: Path, lang: LanguagePack) -> Iterator[RawItem | Failure]:
    """One item per HTML ``response`` record of a WARC file (other records are ignored)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as e:
        raise OptionalDependencyError("WARC shards", "ray") from e
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
            if ctype not in ("text/html", "application/xhtml+xml"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            source = f"{path}#{url}"
            try:
                html = decode_bytes(record.content_stream().read())
                yield read_html(html, source=source, url=url, lang=lang)
            except ItemError as e:
                yield Failure(source, e.reason, e.detail)
