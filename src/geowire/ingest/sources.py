"""Expand the command line's PATH|URL|- arguments into input items.

Directories are walked recursively in sorted order (hidden entries and files of unsupported types
are left out); each file is read by its suffix.  Every item comes out as a :class:`RawItem` or a
:class:`Failure` with a reason — a bad item never stops the batch.

Only regular files are read: a FIFO, a device or a socket (given directly or met in a folder) is
refused with ``not-a-regular-file`` before it is opened, and the file is opened non-blocking and
checked again on its descriptor, so nothing can make ingest wait on it.  Sizes are checked while
reading (at most the cap plus one byte is read), never trusted from ``stat``.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from geowire.ingest.feeds import read_url
from geowire.ingest.fetch import Fetcher
from geowire.ingest.items import Failure, ItemError, RawItem
from geowire.ingest.readers import decode, read_html, read_json, read_jsonl, read_text
from geowire.lang.pack import LanguagePack
from geowire.settings import Settings
from geowire.types import Reason

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
RAW_SIZE_FACTOR = 5  # a text/HTML file may be this many times the text cap before it is refused
RECORDS_SIZE_FACTOR = 500  # a JSON/JSONL file (many records) may be this many times the text cap
_READ_CHUNK = 1 << 20
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.IGNORECASE)


def is_url(arg: str) -> bool:
    return bool(_URL.match(arg))


def iter_items(
    args: Iterable[str],
    settings: Settings,
    *,
    lang: LanguagePack,
    fetcher: Fetcher,
    feeds: Iterable[str] = (),
    stdin: BinaryIO | None = None,
) -> Iterator[RawItem | Failure]:
    """Every item of every argument, in order, then every item of every feed URL (metadata dates
    read in the words of ``lang``)."""
    for arg in args:
        if arg == "-":
            yield _guard(
                lambda: read_stdin(stdin or sys.stdin.buffer, max_bytes=raw_cap(settings), lang=lang), "stdin"
            )
        elif is_url(arg):
            yield from read_url(fetcher, arg, lang=lang)
        else:
            for entry in expand_path(Path(arg)):
                if isinstance(entry, Failure):
                    yield entry
                else:
                    yield from read_file(entry, settings, lang)
    for url in feeds:
        yield from read_url(fetcher, url, feed=True, lang=lang)


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


def read_stdin(stream: BinaryIO, *, max_bytes: int, lang: LanguagePack) -> RawItem:
    """One document from standard input: HTML when it looks like HTML, else text."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ItemError(Reason.TOO_LARGE, f"more than {max_bytes} bytes on standard input")
    decoded = decode(data)
    if _HTML_START.match(decoded.text):
        item = read_html(decoded.text, source="stdin", lang=lang)
    else:
        item = read_text(decoded.text, source="stdin", lang=lang)
    return replace(item, encoding_errors=decoded.errors)


def read_file(path: Path, settings: Settings, lang: LanguagePack) -> Iterator[RawItem | Failure]:
    """The item(s) of one file, chosen by suffix (unknown suffixes are read as text)."""
    source = str(path)
    suffix = path.suffix.lower()
    records = suffix in JSON_SUFFIXES | JSONL_SUFFIXES
    try:
        decoded = decode(
            read_regular_file(path, max_bytes=records_cap(settings) if records else raw_cap(settings))
        )
    except ItemError as e:
        yield Failure(source, e.reason, e.detail)
        return
    for item in _parse(decoded.text, suffix, source, lang):
        yield replace(item, encoding_errors=True) if decoded.errors and isinstance(item, RawItem) else item


def _parse(text: str, suffix: str, source: str, lang: LanguagePack) -> Iterator[RawItem | Failure]:
    if suffix in JSON_SUFFIXES:
        yield from read_json(text, source=source, path=source, lang=lang)
    elif suffix in JSONL_SUFFIXES:
        yield from read_jsonl(text, source=source, path=source, lang=lang)
    elif suffix in HTML_SUFFIXES:
        yield _guard(lambda: read_html(text, source=source, path=source, lang=lang), source)
    else:
        yield _guard(lambda: read_text(text, source=source, path=source, lang=lang), source)


def open_regular(path: Path) -> int:
    """A read-only, non-blocking descriptor of ``path`` when it is a regular file;
    :class:`ItemError` (not-a-regular-file) for a FIFO, device, socket or directory.

    ``stat`` is checked before opening (so a FIFO is never opened) and again on the descriptor
    (so a file swapped for a FIFO in between is still refused)."""
    try:
        _require_regular(os.stat(path).st_mode, path)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise ItemError(_os_reason(e), e.strerror or str(e)) from e
    try:
        _require_regular(os.fstat(fd).st_mode, path)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _require_regular(mode: int, path: Path) -> None:
    if stat.S_ISDIR(mode):
        raise ItemError(Reason.UNSUPPORTED, "a directory, not a file")
    if not stat.S_ISREG(mode):
        kind = (
            "FIFO" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode) else "device or special file"
        )
        raise ItemError(Reason.NOT_A_REGULAR_FILE, f"{kind}, only regular files are read")


def read_regular_file(path: Path, *, max_bytes: int) -> bytes:
    """The bytes of the regular file ``path``, read in chunks and refused (too-large) as soon as
    more than ``max_bytes`` have been read (whatever ``stat`` says of its size)."""
    fd = open_regular(path)
    chunks: list[bytes] = []
    size = 0
    try:
        while chunk := os.read(fd, min(_READ_CHUNK, max_bytes + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise ItemError(Reason.TOO_LARGE, f"file of more than {max_bytes} bytes")
    except OSError as e:
        raise ItemError(_os_reason(e), e.strerror or str(e)) from e
    finally:
        os.close(fd)
    return b"".join(chunks)


def raw_cap(settings: Settings) -> int:
    """Largest raw input (file or stdin) read for one text or HTML document."""
    return settings.max_text_bytes * RAW_SIZE_FACTOR


def records_cap(settings: Settings) -> int:
    """Largest JSON or JSONL file read (it may hold many documents)."""
    return settings.max_text_bytes * RECORDS_SIZE_FACTOR


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
