"""Only regular files are read (issue 14): a FIFO (given or inside a folder), a device or a socket
is refused with not-a-regular-file without blocking, and sizes are checked while reading."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from geowire.ingest.items import Failure, ItemError
from geowire.ingest.sources import expand_path, read_file, read_regular_file
from geowire.lang import load_language
from geowire.settings import Settings
from geowire.types import Reason

EN = load_language("en")


def items_of(path: Path, settings: Settings) -> list[object]:
    out: list[object] = []
    for entry in expand_path(path):
        out.extend([entry] if isinstance(entry, Failure) else read_file(entry, settings, EN))
    return out


def test_sources_issue14_fifo_given_directly_is_refused(tmp_path: Path, settings: Settings) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (failure,) = items_of(fifo, settings)
    assert isinstance(failure, Failure) and failure.reason is Reason.NOT_A_REGULAR_FILE


def test_sources_issue14_fifo_inside_folder_is_refused(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "a.txt").write_text("A ferry line between two islands reopened after repairs.")
    os.mkfifo(tmp_path / "b.md")
    out = items_of(tmp_path, settings)
    assert [type(i).__name__ for i in out] == ["RawItem", "Failure"]
    assert isinstance(out[1], Failure) and out[1].reason is Reason.NOT_A_REGULAR_FILE


def test_sources_issue14_device_is_refused(settings: Settings) -> None:
    (failure,) = items_of(Path("/dev/zero"), settings)
    assert isinstance(failure, Failure) and failure.reason is Reason.NOT_A_REGULAR_FILE


def test_sources_socket_is_refused(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        (failure,) = items_of(path, settings)
    assert isinstance(failure, Failure) and failure.reason is Reason.NOT_A_REGULAR_FILE


def test_sources_size_is_checked_while_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 1000)
    assert len(read_regular_file(path, max_bytes=5000)) == 5000
    with pytest.raises(ItemError) as e:
        read_regular_file(path, max_bytes=4999)
    assert e.value.reason is Reason.TOO_LARGE


def test_sources_oversized_records_file_is_too_large(tmp_path: Path) -> None:
    from geowire.settings import load_settings

    small = load_settings(None, db=tmp_path / "x.duckdb", max_text_bytes=10)
    path = tmp_path / "many.jsonl"
    path.write_text('{"text": "a line"}\n' * 1000)
    (failure,) = items_of(path, small)
    assert isinstance(failure, Failure) and failure.reason is Reason.TOO_LARGE
