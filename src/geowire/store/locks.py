"""Locks beside a store file that let one writer and many readers share it (issue 12).

DuckDB locks the file itself: one read-write process or many read-only ones.  Two ``flock``
files beside it add what that lacks:

- ``<store>.writer.lock``, held exclusively by the one process writing the store, for as long as
  it has the store open for writing (stores of the same process share it);
- ``<store>.readers.lock``, held shared by every reader waiting to open the file: a writer that
  finds it held lets go of the file after its current step (:meth:`WriterLock.readers_waiting`),
  and opens it again at the next one.

A writer with no reader waiting keeps the file open, so it pays nothing for readers it does not
have (``bench/bench_readers.py``).
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from geowire.errors import StoreBusyError, StoreError

_POLL_S = 0.1


class WriterLock:
    """This process's claim to be the store's one writer (see :func:`acquire_writer`)."""

    def __init__(self, key: Path, writer_fd: int, readers_fd: int) -> None:
        self.key = key
        self._writer_fd = writer_fd
        self._readers_fd = readers_fd
        self.users = 1

    def readers_waiting(self) -> bool:
        """Whether some process waits to open the store read-only."""
        try:
            fcntl.flock(self._readers_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(self._readers_fd, fcntl.LOCK_UN)
        return False

    def close(self) -> None:
        """Give up this user's claim; the lock goes when the last store of the process closes."""
        self.users -= 1
        if self.users:
            return
        _HELD.pop(self.key, None)
        fcntl.flock(self._writer_fd, fcntl.LOCK_UN)
        os.close(self._writer_fd)
        os.close(self._readers_fd)


_HELD: dict[Path, WriterLock] = {}  # store file → the writer lock this process holds on it


def sidecar(target: Path, role: str) -> Path:
    """``<store>.<role>.lock`` beside the store file."""
    return target.with_name(f"{target.name}.{role}.lock")


def _open(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise StoreError(f"cannot create lock file {path}: {e}") from e


def acquire_writer(target: Path, *, wait: float) -> WriterLock:
    """Become the store's writer, waiting up to ``wait`` s for another writing process to finish."""
    key = target.resolve()
    if key in _HELD:
        _HELD[key].users += 1
        return _HELD[key]
    writer_fd = _open(sidecar(key, "writer"))
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(writer_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(writer_fd)
                raise StoreBusyError(
                    f"another geowire process is writing to {target}; waited {wait:g} s"
                ) from None
            time.sleep(_POLL_S)
    lock = WriterLock(key, writer_fd, _open(sidecar(key, "readers")))
    _HELD[key] = lock
    return lock


@contextmanager
def waiting_reader(target: Path) -> Iterator[None]:
    """Say, while inside, that a reader waits to open ``target`` (writers let go when they see it)."""
    path = sidecar(target.resolve(), "readers")
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:  # a read-only folder: wait without saying so
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
        yield
    finally:
        os.close(fd)


def writer_active(target: Path) -> bool:
    """Whether some process (this one included) holds ``target``'s writer lock now."""
    key = target.resolve()
    if key in _HELD:
        return True
    try:
        fd = os.open(sidecar(key, "writer"), os.O_RDONLY)
    except OSError:
        return False  # no writer ever made the lock file (or it cannot be read: assume none)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing drops the shared lock taken above
    return False
