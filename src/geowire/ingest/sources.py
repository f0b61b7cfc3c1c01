"""Expand the command line's PATH|URL|- arguments into input items.

Directories are walked recursively in sorted order (hidden entries and files of unsupported types
are left out); each file is read by its suffix.  Every item comes out as a :class:`RawItem` or a
:class:`Failure` with a reason — a bad item never stops the batch.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from geowire.ingest.feeds import read_url
from geowire.ingest.fetch import Fetcher
from geowire.ingest.items import Failure, ItemError, RawItem
from geowire.ingest.readers import decode_bytes, read_html, read_json, read_jsonl, read_text
from geowire.settings import Settings
from geowire.types import Reason

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
RAW_SIZE_FACTOR = 5  # a text/HTML file may be this many times the text cap before it is refused
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.IGNORECASE)


def is_url(arg: str) -> bool:
    return bool(_URL.match(arg))


def iter_items(
    args: Iterable[str],
    settings: Settings,
    *,
    fetcher: Fetcher,
    feeds: Iterable[str] = (),
    stdin: BinaryIO | None = None,
) -> Iterator[RawItem | Failure]:
    """Every item of every argument, in order, then every item of every feed URL."""
    for arg in args:
        if arg == "-":
            yield _guard(lambda: read_stdin(stdin or sys.stdin.buffer, max_bytes=raw_cap(settings)), "stdin")
        elif is_url(arg):
            yield from read_url(fetcher, arg)
        else:
            for entry in expand_path(Path(arg)):
                if isinstance(entry, Failure):
                    yield entry
                else:
                    yield from read_file(entry, settings)
    for url in feeds:
        yield from read_url(fetcher, url, feed=True)


def expand_path(path: Path) -> Iterator[Path | Failure]:
    """The file itself, or every supported file under a directory (sorted, recursive)."""
    if not os.path.lexists(path):
        yield Failure(str(path), Reason.MISSING, "no such file or directory")
        return
    if not path.is_dir():
        yield path
        return
    failures: list[Failure] = []

    def on_error(e: OSError) -> None:
        failures.append(Failure(str(e.filename or path), _os_reason(e), e.strerror or str(e)))

    for root, dirs, files in os.walk(path, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from failures
        failures.clear()
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                yield Path(root) / name
    yield from failures


def read_stdin(stream: BinaryIO, *, max_bytes: int) -> RawItem:
    """One document from standard input: HTML when it looks like HTML, else text."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ItemError(Reason.TOO_LARGE, f"more than {max_bytes} bytes on standard input")
    text = decode_bytes(data)
    if _HTML_START.match(text):
        return read_html(text, source="stdin")
    return read_text(text, source="stdin")


def read_file(path: Path, settings: Settings) -> Iterator[RawItem | Failure]:
    """The item(s) of one file, chosen by suffix (unknown suffixes are read as text)."""
    source = str(path)
    suffix = path.suffix.lower()
    try:
        data = _read_bytes(path, settings, capped=suffix not in JSON_SUFFIXES | JSONL_SUFFIXES)
        text = decode_bytes(data)
        if suffix in JSON_SUFFIXES:
            yield from read_json(text, source=source, path=source)
        elif suffix in JSONL_SUFFIXES:
            yield from read_jsonl(text, source=source, path=source)
        elif suffix in HTML_SUFFIXES:
            yield read_html(text, source=source, path=source)
        else:
            yield read_text(text, source=source, path=source)
    except ItemError as e:
        yield Failure(source, e.reason, e.detail)


def _read_bytes(path: Path, settings: Settings, *, capped: bool) -> bytes:
    try:
        if capped and path.stat().st_size > raw_cap(settings):
            raise ItemError(Reason.TOO_LARGE, f"file of {path.stat().st_size} bytes")
        return path.read_bytes()
    except OSError as e:
        raise ItemError(_os_reason(e), e.strerror or str(e)) from e


def raw_cap(settings: Settings) -> int:
    """Largest raw input (file or stdin) read for one text or HTML document."""
    return settings.max_text_bytes * RAW_SIZE_FACTOR


def _os_reason(e: OSError) -> Reason:
    if isinstance(e, PermissionError):
        return Reason.PERMISSION
    if isinstance(e, FileNotFoundError):
        return Reason.MISSING
    if isinstance(e, IsADirectoryError):
        return Reason.UNSUPPORTED
    return Reason.UNREACHABLE


def _guard(read: Callable[[], RawItem], source: str) -> RawItem | Failure:
    try:
        return read()
    except ItemError as e:
        return Failure(source, e.reason, e.detail)
