"""Open a DuckDB store, apply versioned migrations, and run writes in transactions.

Migrations are the numbered ``migrations/NNN_name.sql`` files shipped in the package; each is
applied once, in order, inside a transaction, and recorded in ``schema_migrations``.  Re-running
is a no-op, so every command may call :func:`open_store`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from geowire.errors import MigrationError, StoreError

_MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")


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
    """A connection to one DuckDB file. Use :meth:`transaction` for every write."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path | None) -> None:
        self.con = con
        self.path = path

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All-or-nothing: commit on success, roll back on any exception (including Ctrl-C)."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")

    def query(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """Run a parameterised read and return rows as dicts."""
        cur = self.con.execute(sql, list(params))
        cols = [d[0] for d in cur.description or []]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def scalar(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        row = self.con.execute(sql, list(params)).fetchone()
        return None if row is None else row[0]

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: Path | str | None, *, read_only: bool = False) -> Store:
    """Open (creating if needed) and migrate the store at ``path``; ``None`` or ':memory:' = in memory."""
    target = None if path in (None, ":memory:") else Path(path)
    try:
        if target is not None and not read_only:
            target.parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(target) if target else ":memory:", read_only=read_only)
    except (duckdb.Error, OSError) as e:
        raise StoreError(f"cannot open store {path}: {e}") from e
    store = Store(con, target)
    if not read_only:
        migrate(store)
    return store


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
        except duckdb.Error as e:
            raise MigrationError(f"migration {version:03d}_{name} failed: {e}") from e
        applied.append(version)
    return applied
