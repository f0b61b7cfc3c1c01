"""Readers for local content: bytes → text (UTF-8, then a detected encoding), Markdown/text
front-matter, HTML, and JSON/JSONL records.  Each yields :class:`RawItem` or :class:`Failure`.

Nothing in an input makes a reader raise anything but :class:`ItemError`: invalid UTF-8 in an
otherwise UTF-8 text is replaced (U+FFFD) and flagged (``Decoded.errors``); a date that does not
exist is ``bad-date``; nesting deeper than Python can parse is ``too-deep``; YAML tags that do not
construct, and more than :data:`MAX_YAML_ALIASES` aliases, are ``malformed-front-matter``.

Front-matter is bounded before YAML does any work on it (issue 14): a block longer than
:data:`MAX_FRONT_MATTER_CHARS` is ``malformed-front-matter``, and the scanner refuses nesting deeper
than :data:`MAX_FRONT_MATTER_DEPTH` (flow ``[``/``{`` levels or block indentation levels) as
``too-deep`` the moment it reaches it.  PyYAML's pure-Python scanner keeps one pending simple key
per open flow level and re-checks them all on every token, so ``[`` × 3000 used to cost about a
second (superlinear in the depth) before the composer hit ``RecursionError``.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import charset_normalizer
import yaml

from geowire.ingest.extract import extract_article
from geowire.ingest.items import Failure, ItemError, RawItem
from geowire.ingest.metadata import metadata_date
from geowire.lang.pack import LanguagePack
from geowire.types import Reason

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)  # fmt: skip
_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"\x7fELF", b"BZh")
_SNIFF = 8192
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}
META_KEYS = ("title", "outlet", "url")
MAX_YAML_ALIASES = 50  # front-matter has no use for more; a YAML "alias bomb" has thousands
MAX_FRONT_MATTER_CHARS = 64 * 1024  # metadata, not content: real front-matter is a few hundred bytes
MAX_FRONT_MATTER_DEPTH = 64  # flow levels, and separately block indentation levels


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes; ``errors`` when invalid bytes were replaced with U+FFFD."""

    text: str
    errors: bool = False


def looks_binary(data: bytes) -> bool:
    """A NUL byte, a known binary signature, or many control bytes near the start."""
    head = data[:_SNIFF]
    if b"\x00" in head or head.startswith(_MAGIC):
        return True
    controls = sum(1 for b in head if b in _CONTROL_BYTES)
    return bool(head) and controls / len(head) > 0.05


def decode_bytes(data: bytes, *, hint: str | None = None) -> str:
    """Text of ``data`` (see :func:`decode`; replaced invalid bytes are not reported)."""
    return decode(data, hint=hint).text


def decode(data: bytes, *, hint: str | None = None) -> Decoded:
    """Text of ``data``: a BOM, else ``hint``, else UTF-8, else the detected encoding.

    A text that is UTF-8 but for some invalid bytes (it holds valid multi-byte sequences) is
    decoded with U+FFFD for the bad bytes and flagged, not re-read as another encoding (mojibake)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding))
            except UnicodeDecodeError:
                return Decoded(data.decode(encoding, errors="replace"), errors=True)
    if looks_binary(data):
        raise ItemError(Reason.BINARY, "binary content, not text")
    for encoding in (hint or "utf-8", "utf-8"):
        try:
            return Decoded(data.decode(encoding))
        except (UnicodeDecodeError, LookupError):
            continue
    replaced = data.decode("utf-8", errors="replace")
    if _has_valid_multibyte(replaced):
        return Decoded(replaced, errors=True)
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ItemError(Reason.UNDECODABLE, "not UTF-8 and no encoding detected")
    return Decoded(str(best))


def _has_valid_multibyte(text: str) -> bool:
    """True when a UTF-8 decoding with replacement kept some non-ASCII character."""
    return any(ord(c) > 0x7F and c != "\ufffd" for c in text)


def _too_deep() -> ItemError:
    return ItemError(Reason.TOO_DEEP, f"front-matter nested more than {MAX_FRONT_MATTER_DEPTH} levels")


class _FrontMatterLoader(yaml.SafeLoader):  # type: ignore[misc]  # PyYAML ships no types
    """YAML's safe loader, but dates stay strings (checked by :func:`metadata_date`, so a date
    that does not exist is ``bad-date``), aliases are counted (an alias bomb is refused) and the
    scanner stops at :data:`MAX_FRONT_MATTER_DEPTH` levels of nesting (``too-deep``)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_YAML_ALIASES:
                raise ItemError(Reason.MALFORMED_FRONT_MATTER, f"more than {MAX_YAML_ALIASES} YAML aliases")
        return super().compose_node(parent, index)

    def fetch_flow_collection_start(self, TokenClass: Any) -> None:  # noqa: N803 (PyYAML's name)
        if self.flow_level >= MAX_FRONT_MATTER_DEPTH:
            raise _too_deep()
        super().fetch_flow_collection_start(TokenClass)

    def add_indent(self, column: int) -> bool:
        if len(self.indents) >= MAX_FRONT_MATTER_DEPTH:
            raise _too_deep()
        added: bool = super().add_indent(column)
        return added


_FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


def _flow_depth(block: str) -> int:
    """The deepest nesting of ``[``/``{`` in ``block``, counted without parsing (quoted brackets
    count too: only a block that is nested too deep or malformed reaches the cap)."""
    depth = deepest = 0
    for ch in block:
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}" and depth:
            depth -= 1
    return deepest


def load_front_matter(block: str) -> Any:
    """The YAML value of a front-matter block; :class:`ItemError` for anything that does not load."""
    if _flow_depth(block[:MAX_FRONT_MATTER_CHARS]) >= MAX_FRONT_MATTER_DEPTH:
        raise _too_deep()  # named for what it is, however long it also is
    if len(block) > MAX_FRONT_MATTER_CHARS:
        raise ItemError(Reason.MALFORMED_FRONT_MATTER, f"longer than {MAX_FRONT_MATTER_CHARS} characters")
    loader: _FrontMatterLoader | None = None
    try:
        loader = _FrontMatterLoader(block)  # the reader checks the characters here
        return loader.get_single_data()
    except RecursionError as e:
        raise ItemError(Reason.TOO_DEEP, "front-matter nested too deeply") from e
    except yaml.YAMLError as e:
        raise ItemError(Reason.MALFORMED_FRONT_MATTER, f"YAML error: {_first_line(e)}") from e
    except (ValueError, TypeError, OverflowError, LookupError) as e:  # a tag whose value does not construct
        raise ItemError(Reason.MALFORMED_FRONT_MATTER, f"YAML value error: {_first_line(e)}") from e
    finally:
        if loader is not None:
            loader.dispose()


def _first_line(e: BaseException) -> str:
    return (str(e).splitlines() or [type(e).__name__])[0][:200]


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
    data = load_front_matter(block)
    if data is None:
        return {}, body
    if not isinstance(data, dict):
        raise ItemError(Reason.MALFORMED_FRONT_MATTER, "front-matter is not a mapping")
    return data, body


def _meta(record: dict[Any, Any], lang: LanguagePack) -> dict[str, Any]:
    """title/outlet/url/published from a front-matter or JSON record (``date`` = ``published``,
    a written one in the words of ``lang``); only scalar values count (a list or mapping is never
    turned into a title)."""
    out: dict[str, Any] = {k: _scalar(record.get(k)) for k in META_KEYS}
    out["published"] = metadata_date(record.get("published", record.get("date")), lang=lang)
    return out


def _scalar(value: object) -> str | None:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip() or None
    return None


def read_text(text: str, *, source: str, lang: LanguagePack, path: str | None = None) -> RawItem:
    """A plain-text or Markdown document, with optional YAML front-matter."""
    meta, body = split_front_matter(text)
    return RawItem(source=source, text=body, path=path, **_meta(meta, lang))


def read_html(
    html: str, *, source: str, lang: LanguagePack, path: str | None = None, url: str | None = None
) -> RawItem:
    """An HTML page: its article text and metadata (no-article when there is none)."""
    if not html.strip():
        raise ItemError(Reason.EMPTY, "empty file")
    article = extract_article(html, url=url, lang=lang)
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


def read_json_record(record: object, *, source: str, path: str | None, lang: LanguagePack) -> RawItem:
    if not isinstance(record, dict):
        raise ItemError(Reason.MALFORMED_JSON, "record is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise ItemError(Reason.MALFORMED_JSON, "record has no string 'text' field")
    return RawItem(source=source, text=text, path=path, **_meta(record, lang))


def load_json(text: str) -> Any:
    """The JSON value of ``text``; :class:`ItemError` (malformed-json, too-deep) when it has none."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ItemError(Reason.MALFORMED_JSON, e.msg) from e
    except RecursionError as e:
        raise ItemError(Reason.TOO_DEEP, "JSON nested too deeply") from e
    except ValueError as e:  # e.g. an integer of more digits than Python converts
        raise ItemError(Reason.MALFORMED_JSON, _first_line(e)) from e


def read_json(text: str, *, source: str, path: str | None, lang: LanguagePack) -> Iterator[RawItem | Failure]:
    """A JSON file holding one record or a list of records."""
    try:
        data = load_json(text)
    except ItemError as e:
        cause = e.__cause__
        label = f"{source}:{cause.lineno}" if isinstance(cause, json.JSONDecodeError) else source
        yield Failure(label, e.reason, e.detail)
        return
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records, start=1):
        label = f"{source}#{i}" if isinstance(data, list) else source
        yield _guard(lambda r=record, s=label: read_json_record(r, source=s, path=path, lang=lang), label)


def read_jsonl(
    text: str, *, source: str, path: str | None, lang: LanguagePack
) -> Iterator[RawItem | Failure]:
    """A JSON-lines file: one record a line (blank lines ignored); bad lines named file:line."""
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        label = f"{source}:{lineno}"
        try:
            record = load_json(line)
        except ItemError as e:
            yield Failure(label, e.reason, e.detail)
            continue
        yield _guard(lambda r=record, s=label: read_json_record(r, source=s, path=path, lang=lang), label)


def _guard(read: Any, source: str) -> RawItem | Failure:
    try:
        item: RawItem = read()
    except ItemError as e:
        return Failure(source, e.reason, e.detail)
    return item
