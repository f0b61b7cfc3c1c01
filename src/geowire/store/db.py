"""Open a DuckDB store, apply versioned migrations, and run writes in transactions.

Migrations are the numbered ``migrations/NNN_name.sql`` files shipped in the package; each is
applied once, in order, inside a transaction, and recorded in ``schema_migrations``.  Re-running
is a no-op, so every command may call :func:`open_store`.

One writer, many readers.  DuckDB lets one process open a file read-write *or* many processes open
it read-only.  A writer (``open_store(path)``) keeps the file open only until a reader waits for
it (:mod:`geowire.store.locks`): after its current step (a transaction, a read) it lets go, and
opens the file again at its next step.  Readers (``open_store(path, read_only=True)``, one short
connection per command or API request) wait up to :data:`READ_WAIT_S`; a writer waits for them up
to :data:`WRITE_WAIT_S`; one writer process at a time.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from geowire.errors import MigrationError, StoreBusyError, StoreError
from geowire.store.locks import WriterLock, acquire_writer, waiting_reader

_MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")

READ_WAIT_S = 10.0  # how long a reader waits for a writer's current step to end
WRITE_WAIT_S = 60.0  # how long a writer waits for readers (and another writer) to let go
_RETRY_S = 0.01
_LOCKED = ("Could not set lock", "different configuration")


_CORRUPT = ("Corrupt database file", "checksum", "Could not read enough bytes", "not a valid DuckDB database")


def one_line(message: str) -> str:
    """The first line of a DuckDB message, without its "IO Error:"-style prefix noise."""
    return (message.strip().splitlines() or [""])[0][:300]


def corrupt_error(path: Path | str | None, e: BaseException) -> StoreError | None:
    """A one-line :class:`StoreError` when ``e`` says the store file is damaged (truncated, bits
    flipped), else None."""
    if isinstance(e, duckdb.Error) and (
        isinstance(e, duckdb.IOException | duckdb.InternalException) or any(m in str(e) for m in _CORRUPT)
    ):
        return StoreError(f"store {path} is damaged or truncated: {one_line(str(e))}")
    return None


@dataclass
class Where:
    """A WHERE clause built from optional filters, with its parameters (never string-pasted values).

    ``Where().match(actor and actor.upper(), "list_contains(actor_codes, ?)")`` adds the condition
    only when a value is given; :meth:`add` adds one unconditionally.
    """

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> Where:
        """AND ``clause``, bound to ``params``."""
        self.clauses.append(clause)
        self.params.extend(params)
        return self

    def match(self, value: Any, clause: str) -> Where:
        """AND ``clause`` bound to ``value`` — when ``value`` is given (not None, not empty)."""
        return self.add(clause, value) if value is not None and value != "" else self

    @property
    def sql(self) -> str:
        """``" WHERE a AND b"``, or ``""`` when there are no conditions."""
        return " WHERE " + " AND ".join(self.clauses) if self.clauses else ""


class Store:
    """A connection to one DuckDB file. Use :meth:`transaction` for every write.

    A writer store (given an ``opener`` and its :class:`WriterLock`) opens the connection on
    first use and closes it after a step once a reader waits, so read-only processes get in."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection | None,
        path: Path | None,
        *,
        opener: Callable[[], duckdb.DuckDBPyConnection] | None = None,
        writer: WriterLock | None = None,
    ) -> None:
        self._con = con
        self.path = path
        self._opener = opener
        self._writer = writer
        self._depth = 0  # > 0 inside a transaction: never let go there

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The connection, opened again if it was let go."""
        if self._con is None:
            if self._opener is None:
                raise StoreError(f"store {self.path} is closed")
            self._con = self._opener()
        return self._con

    def release(self) -> None:
        """A writer store lets go of the file (for a reader) until its next use; a no-op otherwise."""
        if self._opener is not None and self._con is not None and not self._depth:
            self._con.close()
            self._con = None

    @contextmanager
    def holding(self) -> Iterator[Store]:
        """Keep the file across several steps (a reader never sees the state between them)."""
        self._depth += 1
        try:
            yield self
        finally:
            self._depth -= 1
            self._step_done()

    def _step_done(self) -> None:
        if self._writer is not None and self._con is not None and self._writer.readers_waiting():
            self.release()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All-or-nothing: commit on success, roll back on any exception (including Ctrl-C)."""
        con = self.con
        self._depth += 1
        try:
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException as e:
                try:
                    con.execute("ROLLBACK")
                except duckdb.Error:
                    pass  # a damaged file may refuse even that; the error below says why
                damaged = corrupt_error(self.path, e)
                if damaged is not None:
                    raise damaged from e
                raise
            else:
                con.execute("COMMIT")
        except duckdb.Error as e:
            damaged = corrupt_error(self.path, e)
            if damaged is None:
                raise
            raise damaged from e
        finally:
            self._depth -= 1
            self._step_done()

    def query(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """Run a parameterised read and return rows as dicts."""
        try:
            cur = self.con.execute(sql, list(params))
            cols = [d[0] for d in cur.description or []]
            return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
        except duckdb.Error as e:
            damaged = corrupt_error(self.path, e)
            if damaged is None:
                raise
            raise damaged from e
        finally:
            self._step_done()

    def scalar(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        """One value."""
        try:
            row = self.con.execute(sql, list(params)).fetchone()
        except duckdb.Error as e:
            damaged = corrupt_error(self.path, e)
            if damaged is None:
                raise
            raise damaged from e
        finally:
            self._step_done()
        return None if row is None else row[0]

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None
        self._opener = None
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def file_stamp(path: Path) -> tuple[int, ...]:
    """Size and modification time (ns) of the store file and of its write-ahead log: any commit
    or checkpoint changes it.  Zeros for a file that is not there."""
    stamp: list[int] = []
    for candidate in (path, path.with_name(path.name + ".wal")):
        try:
            st = candidate.stat()
        except OSError:
            stamp += [0, 0]
        else:
            stamp += [st.st_size, st.st_mtime_ns]
    return tuple(stamp)


def open_store(path: Path | str | None, *, read_only: bool = False, wait: float | None = None) -> Store:
    """Open the store at ``path``; ``None`` or ':memory:' = in memory.

    Writable (the default): created if missing and migrated, the file held only while in use.
    ``read_only``: a missing file is ``StoreError("no store at PATH")``; one connection held until
    :meth:`Store.close`, so keep it short.  ``wait``: seconds to wait on the other side's lock."""
    target = None if path in (None, ":memory:") else Path(path)
    if target is None:
        store = Store(_connect(":memory:", read_only=False, wait=0), None)
        migrate(store)
        return store
    if read_only:
        return _open_reader(target, wait=READ_WAIT_S if wait is None else wait)
    return _open_writer(target, wait=WRITE_WAIT_S if wait is None else wait)


_MAGIC = b"DUCK"  # a DuckDB file's bytes 8–12 (after the header block's checksum)
_MAGIC_AT = 8


def check_store_file(target: Path, *, must_exist: bool) -> None:
    """Refuse, before DuckDB opens it (and before any lock file is made beside it), a path that
    cannot be a store: a directory, a file that is not DuckDB's (by its magic bytes; read, never
    written).  A missing file is "no store at PATH" when ``must_exist``; an empty one is a new store
    for a writer.  One-line :class:`StoreError`s."""
    if target.is_dir():
        raise StoreError(f"{target} is a directory, not a store")
    if not target.exists():
        if must_exist:
            raise StoreError(f"no store at {target} (geowire ingest creates one)")
        return
    try:
        with target.open("rb") as f:
            head = f.read(_MAGIC_AT + len(_MAGIC))
    except OSError as e:
        raise StoreError(f"cannot open store {target}: {e.strerror or e}") from e
    if not head and not must_exist:
        return
    if head[_MAGIC_AT:] != _MAGIC:
        raise StoreError(f"{target} is not a DuckDB store")


def _open_reader(target: Path, *, wait: float) -> Store:
    check_store_file(target, must_exist=True)
    store = Store(_connect(str(target), read_only=True, wait=wait), target)
    try:
        check_schema(store)
    except BaseException:
        store.close()
        raise
    return store


def _open_writer(target: Path, *, wait: float) -> Store:
    check_store_file(target, must_exist=False)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot open store {target}: {e}") from e
    writer = acquire_writer(target, wait=wait)
    opener = partial(_connect, str(target), read_only=False, wait=wait)
    store = Store(None, target, opener=opener, writer=writer)
    try:
        with store.holding():  # readers see the schema whole
            migrate(store)
    except BaseException:
        store.close()
        raise
    return store


def _connect(target: str, *, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """Connect, waiting up to ``wait`` s while another process holds a conflicting lock; a reader
    says it waits (:func:`~geowire.store.locks.waiting_reader`) so the writer lets go."""
    con = _try_connect(target, read_only=read_only)
    if con is not None:
        return con
    deadline = time.monotonic() + wait
    with waiting_reader(Path(target)) if read_only else nullcontext():
        while time.monotonic() < deadline:
            time.sleep(_RETRY_S)
            con = _try_connect(target, read_only=read_only)
            if con is not None:
                return con
    side = "being written" if read_only else "open in another process"
    raise StoreBusyError(f"store {target} is {side}; waited {wait:g} s, try again")


def _try_connect(target: str, *, read_only: bool) -> duckdb.DuckDBPyConnection | None:
    """The connection, or None while another process (or this one, differently) holds the file.

    A file this process already has open read-write is shared with a reader here (DuckDB refuses
    a second, read-only configuration of it)."""
    try:
        return duckdb.connect(target, read_only=read_only)
    except duckdb.Error as e:
        if read_only and "different configuration" in str(e):
            return _try_connect(target, read_only=False)
        if any(m in str(e) for m in _LOCKED):
            return None
        raise corrupt_error(target, e) or StoreError(f"cannot open store {target}: {one_line(str(e))}") from e
    except OSError as e:
        raise StoreError(f"cannot open store {target}: {e}") from e


def check_schema(store: Store) -> None:
    """Refuse a store whose schema differs from this geowire's (a reader cannot migrate it)."""
    newest = max((v for v, _, _ in available_migrations()), default=0)
    try:
        done = store.scalar("SELECT max(version) FROM schema_migrations")
    except StoreError:
        raise
    except duckdb.Error as e:
        raise StoreError(f"{store.path} is not a geowire store") from e
    if done is None or done < newest:
        raise MigrationError(
            f"store {store.path} is at schema v{done or 0}, this geowire needs v{newest}:"
            " run any writing command (e.g. geowire ingest) once to migrate it"
        )
    if done > newest:
        raise MigrationError(f"store schema v{done} is newer than this geowire (v{newest}); upgrade geowire")


def available_migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every shipped migration, in order."""
    found = []
    for entry in resources.files("geowire.store.migrations").iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if len(set(versions)) != len(versions):
        raise MigrationError(f"two migrations share a version number: {versions}")
    return found


def migrate(store: Store) -> list[int]:
    """Apply every migration not yet recorded; return the versions applied now."""
    try:
        return _migrate(store)
    except duckdb.Error as e:
        damaged = corrupt_error(store.path, e)
        if damaged is None:
            raise MigrationError(f"cannot migrate store {store.path}: {one_line(str(e))}") from e
        raise damaged from e


def _migrate(store: Store) -> list[int]:
    store.con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    done = {r[0] for r in store.con.execute("SELECT version FROM schema_migrations").fetchall()}
    shipped = available_migrations()
    newest = max((v for v, _, _ in shipped), default=0)
    if done and max(done) > newest:
        raise MigrationError(
            f"store schema v{max(done)} is newer than this geowire (v{newest}); upgrade geowire"
        )
    applied = []
    for version, name, sql in shipped:
        if version in done:
            continue
        try:
            with store.transaction() as con:
                con.execute(sql)
                con.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                    [version, name, dt.datetime.now(dt.UTC).replace(tzinfo=None)],
                )
        except StoreError:
            raise
        except duckdb.Error as e:
            raise MigrationError(f"migration {version:03d}_{name} failed: {one_line(str(e))}") from e
        applied.append(version)
    return applied
