"""Readers for local content: bytes → text (UTF-8, then a detected encoding), Markdown/text
front-matter, HTML, and JSON/JSONL records.  Each yields :class:`RawItem` or :class:`Failure`."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any

import charset_normalizer
import yaml

from geowire.ingest.extract import extract_article
from geowire.ingest.items import Failure, ItemError, RawItem
from geowire.ingest.metadata import parse_date
from geowire.types import Reason

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)  # fmt: skip
_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"\x7fELF", b"BZh")
_SNIFF = 8192
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}
META_KEYS = ("title", "outlet", "url")


def looks_binary(data: bytes) -> bool:
    """A NUL byte, a known binary signature, or many control bytes near the start."""
    head = data[:_SNIFF]
    if b"\x00" in head or head.startswith(_MAGIC):
        return True
    controls = sum(1 for b in head if b in _CONTROL_BYTES)
    return bool(head) and controls / len(head) > 0.05


def decode_bytes(data: bytes, *, hint: str | None = None) -> str:
    """Text of ``data``: a BOM, else ``hint``, else UTF-8, else the detected encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as e:
                raise ItemError(Reason.UNDECODABLE, f"invalid {encoding} after its byte-order mark") from e
    if looks_binary(data):
        raise ItemError(Reason.BINARY, "binary content, not text")
    for encoding in (hint or "utf-8", "utf-8"):
        if encoding:
            try:
                return data.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                continue
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ItemError(Reason.UNDECODABLE, "not UTF-8 and no encoding detected")
    return str(best)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """(front-matter mapping, body) for a text starting with a ``---`` YAML block; else ({}, text)."""
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            block, body = "\n".join(lines[1:i]), "\n".join(lines[i + 1 :])
            break
    else:
        return {}, text
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as e:
        raise ItemError(Reason.MALFORMED_FRONT_MATTER, f"YAML error: {str(e).splitlines()[0]}") from e
    if data is None:
        return {}, body
    if not isinstance(data, dict):
        raise ItemError(Reason.MALFORMED_FRONT_MATTER, "front-matter is not a mapping")
    return data, body


def _meta(record: dict[str, Any]) -> dict[str, Any]:
    """title/outlet/url/published from a front-matter or JSON record (``date`` = ``published``)."""
    out: dict[str, Any] = {k: str(record[k]).strip() or None for k in META_KEYS if record.get(k) is not None}
    out["published"] = parse_date(record.get("published", record.get("date")))
    return out


def read_text(text: str, *, source: str, path: str | None = None) -> RawItem:
    """A plain-text or Markdown document, with optional YAML front-matter."""
    meta, body = split_front_matter(text)
    return RawItem(source=source, text=body, path=path, **_meta(meta))


def read_html(html: str, *, source: str, path: str | None = None, url: str | None = None) -> RawItem:
    """An HTML page: its article text and metadata (no-article when there is none)."""
    if not html.strip():
        raise ItemError(Reason.EMPTY, "empty file")
    article = extract_article(html, url=url)
    return RawItem(
        source=source,
        text=article.text,
        title=article.title,
        outlet=article.outlet,
        url=url,
        path=path,
        published=article.published,
        paragraphs="lines",
    )


def read_json_record(record: object, *, source: str, path: str | None) -> RawItem:
    if not isinstance(record, dict):
        raise ItemError(Reason.MALFORMED_JSON, "record is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise ItemError(Reason.MALFORMED_JSON, "record has no string 'text' field")
    return RawItem(source=source, text=text, path=path, **_meta(record))


def read_json(text: str, *, source: str, path: str | None) -> Iterator[RawItem | Failure]:
    """A JSON file holding one record or a list of records."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        yield Failure(f"{source}:{e.lineno}", Reason.MALFORMED_JSON, e.msg)
        return
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records, start=1):
        label = f"{source}#{i}" if isinstance(data, list) else source
        yield _guard(lambda r=record, s=label: read_json_record(r, source=s, path=path), label)


def read_jsonl(text: str, *, source: str, path: str | None) -> Iterator[RawItem | Failure]:
    """A JSON-lines file: one record a line (blank lines ignored); bad lines named file:line."""
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        label = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield Failure(label, Reason.MALFORMED_JSON, e.msg)
            continue
        yield _guard(lambda r=record, s=label: read_json_record(r, source=s, path=path), label)


def _guard(read: Any, source: str) -> RawItem | Failure:
    try:
        item: RawItem = read()
    except ItemError as e:
        return Failure(source, e.reason, e.detail)
    return item
