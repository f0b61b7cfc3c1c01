"""The Parquet layout of batch output, hive-partitioned by publication date.

``documents`` carries every column of the ``documents`` table plus ``seq`` (ingest order) and
``analysis`` (the document's :class:`~geowire.types.DocAnalysis` as JSON, null when it was not
analysed); ``events`` uses the events schema of the Parquet export; ``mentions`` the actor
mentions.  Partition directories are ``published=YYYY-MM-DD`` or ``published=unknown``; as in
any hive layout the ``published`` column lives in the directory name only (not in the files),
so ``pyarrow.dataset.dataset(OUT / "events", partitioning="hive")`` and DuckDB's
``read_parquet('OUT/events/*/*.parquet', hive_partitioning = true)`` both read it back.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from geowire.export.records import ExportEvent
from geowire.export.tabular import events_table
from geowire.scale.serialize import analysis_to_json
from geowire.types import DocAnalysis

UNKNOWN = "unknown"
TABLES = ("documents", "events", "mentions")


def documents_schema() -> Any:
    import pyarrow as pa

    s = pa.string()
    return pa.schema([
        ("seq", pa.int64()), ("id", s), ("content_hash", s), ("title", s), ("outlet", s), ("url", s),
        ("path", s), ("published", pa.date32()), ("published_source", s), ("language", s),
        ("ingested_at", pa.timestamp("us")), ("status", s), ("reason", s), ("duplicate_of", s), ("text", s),
        ("n_words", pa.int32()), ("minhash", pa.list_(pa.uint64())), ("analysis", s),
    ])  # fmt: skip


def mentions_schema() -> Any:
    import pyarrow as pa

    s = pa.string()
    return pa.schema([
        ("doc_id", s), ("sentence", pa.int32()), ("start", pa.int32()), ("end", pa.int32()), ("text", s),
        ("kind", s), ("code", s), ("sector", s), ("name", s), ("country", s), ("wikidata", s),
        ("confidence", pa.float64()), ("how", s),
    ])  # fmt: skip


def partition_key(published: Any) -> str:
    return published.isoformat() if published is not None else UNKNOWN


def write_partitions(
    staged: list[Any], analyses: dict[str, DocAnalysis], out: Path, *, run_id: str
) -> list[str]:
    """Write the three tables under ``out``; return the partition directories written.

    ``staged`` are :class:`~geowire.scale.ray_batch.StagedDocument` in ingest order.
    """
    by_key: dict[str, dict[str, list[Any]]] = defaultdict(lambda: {t: [] for t in TABLES})
    for s in staged:
        doc, analysis = s.doc, analyses.get(s.doc.id)
        part = by_key[partition_key(doc.published)]
        part["documents"].append({
            "seq": s.seq, "id": doc.id, "content_hash": doc.content_hash, "title": doc.title,
            "outlet": doc.outlet, "url": doc.url, "path": doc.path, "published": doc.published,
            "published_source": doc.published_source,
            "language": doc.language, "ingested_at": s.ingested_at, "status": doc.status.value,
            "reason": doc.reason, "duplicate_of": doc.duplicate_of, "text": doc.text, "n_words": s.n_words,
            "minhash": s.signature, "analysis": analysis_to_json(analysis) if analysis else None,
        })  # fmt: skip
        if analysis is None:
            continue
        part["events"] += [
            ExportEvent(ev, url=doc.url, path=doc.path, published=doc.published, added=s.ingested_at)
            for ev in analysis.events
        ]
        part["mentions"] += [_mention_row(analysis.doc_id, m) for m in analysis.mentions]
    written = []
    for key, tables in sorted(by_key.items()):
        for name in TABLES:
            written.append(
                _write(out / name / f"published={key}", f"part-{run_id}.parquet", name, tables[name])
            )
    return sorted({str(Path(p).parent.relative_to(out)) for p in written})


def _mention_row(doc_id: str, m: Any) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "sentence": m.sentence,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "kind": m.kind,
        "code": m.code,
        "sector": m.sector,
        "name": m.name,
        "country": m.country,
        "wikidata": m.wikidata,
        "confidence": m.confidence,
        "how": m.how,
    }


def _write(folder: Path, filename: str, name: str, rows: list[Any]) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if name == "events":
        table = events_table(rows)
    else:
        schema = documents_schema() if name == "documents" else mentions_schema()
        table = pa.Table.from_pylist(rows, schema=schema)
    if "published" in table.column_names:
        table = table.drop_columns(["published"])  # the partition directory holds it
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / filename
    pq.write_table(table, path, compression="zstd")
    return str(path)
