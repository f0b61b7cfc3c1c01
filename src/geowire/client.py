"""The Python API: ``geowire.open(path)`` and data-frame results for notebooks.

Every method reads the store once, read-only, copies its result into an in-memory DuckDB database
and lets go of the file (so ``geowire ingest`` or ``watch`` can keep writing), and returns a
:class:`Result`: ``.df()`` (pandas), ``.pl()`` (polars), ``.arrow()`` (pyarrow) or ``.relation``
(the DuckDB relation, for more SQL).  Columns are flat: codes, sectors and names are list columns,
never JSON text.  pandas, polars and pyarrow are optional (``pip install 'geowire[pandas]'`` …);
a missing one is an :class:`~geowire.errors.OptionalDependencyError` naming the extra.
"""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path
from typing import Any, Literal

import duckdb

from geowire.errors import OptionalDependencyError
from geowire.store import frames

__all__ = ["Dataset", "Result", "open"]

Period = Literal["week", "month", "year"]


def _need(module: str, feature: str, extra: str) -> None:
    try:
        importlib.import_module(module)
    except ImportError as e:
        raise OptionalDependencyError(feature, extra) from e


class Result:
    """One query's rows, held in memory: convert with :meth:`df`, :meth:`pl`, :meth:`arrow`, or
    query further through :attr:`relation`."""

    def __init__(self, con: duckdb.DuckDBPyConnection, table: str = frames.RESULT) -> None:
        self._con = con
        self._table = table

    @property
    def relation(self) -> duckdb.DuckDBPyRelation:
        """The DuckDB relation over the result (filter, aggregate, join it with more SQL)."""
        return self._con.table(self._table)

    @property
    def columns(self) -> list[str]:
        return list(self.relation.columns)

    def __len__(self) -> int:
        return frames.count_rows(self._con, self._table)

    def __repr__(self) -> str:
        return f"<geowire.Result {len(self)} rows: {', '.join(self.columns)}>"

    def rows(self) -> list[dict[str, Any]]:
        """The rows as plain dicts (no extra needed)."""
        return frames.table_rows(self._con, self._table)

    def df(self) -> Any:
        """A pandas DataFrame (extra ``pandas``)."""
        _need("pandas", "Result.df()", "pandas")
        _need("pyarrow", "Result.df()", "pandas")
        return self.relation.df()

    def pl(self) -> Any:
        """A polars DataFrame (extra ``polars``)."""
        _need("polars", "Result.pl()", "polars")
        _need("pyarrow", "Result.pl()", "polars")
        return self.relation.pl()

    def arrow(self) -> Any:
        """A pyarrow Table (extra ``arrow``)."""
        _need("pyarrow", "Result.arrow()", "arrow")
        return self.relation.to_arrow_table()


class Dataset:
    """A geowire store opened for analysis (read-only; each call is one short visit to the file)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __repr__(self) -> str:
        return f"<geowire.Dataset {self.path}>"

    def _result(self, query: frames.Query) -> Result:
        return Result(frames.snapshot(self.path, [(frames.RESULT, query)]))

    def events(
        self,
        *,
        actor: str | None = None,
        recipient: str | None = None,
        category: str | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        modality: str | None = None,
        min_confidence: float | None = None,
    ) -> Result:
        """Coded event mentions, newest first. ``actor``/``recipient``: a code among the event's
        actors/recipients; ``category``: a PLOVER category; ``since``/``until``: event date,
        inclusive; ``modality``: asserted | negated | hypothetical | future."""
        return self._result(
            frames.events_sql(
                actor=actor,
                recipient=recipient,
                category=category,
                since=_day(since),
                until=_day(until),
                modality=modality,
                min_confidence=min_confidence,
            )
        )

    def occurrences(
        self,
        *,
        actor: str | None = None,
        category: str | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        counted_only: bool = False,
    ) -> Result:
        """Occurrences: the same real-world event clustered across its mentions and documents."""
        return self._result(
            frames.occurrences_sql(
                actor=actor,
                category=category,
                since=_day(since),
                until=_day(until),
                counted_only=counted_only,
            )
        )

    def dyad(
        self, a: str, b: str, *, by: Period = "month", level: Literal["country", "actor"] = "country"
    ) -> Result:
        """Counted occurrences between ``a`` and ``b`` per period (both directions, then each)."""
        return Result(frames.dyad_snapshot(self.path, a=a, b=b, by=by, level=level))

    def agreements(self, *, party: str | None = None) -> Result:
        return self._result(frames.agreements_sql(party=party))

    def transfers(self, *, supplier: str | None = None, recipient: str | None = None) -> Result:
        return self._result(frames.transfers_sql(supplier=supplier, recipient=recipient))

    def deployments(self, *, country: str | None = None, host: str | None = None) -> Result:
        return self._result(frames.deployments_sql(country=country, host=host))

    def statements(
        self, *, speaker: str | None = None, target: str | None = None, stance: str | None = None
    ) -> Result:
        return self._result(frames.statements_sql(speaker=speaker, target=target, stance=stance))

    def contradictions(self) -> Result:
        return self._result(frames.contradictions_sql())

    def actors(self, *, kind: str | None = None) -> Result:
        """Resolved actors with mention/document counts and the sectors seen."""
        return self._result(frames.actors_sql(kind=kind))


def _day(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def open(path: str | Path) -> Dataset:  # noqa: A001 - geowire.open(path), like io.open
    """Open the store at ``path`` for analysis (read-only); a missing store is a ``StoreError``."""
    target = Path(path)
    frames.snapshot(target, [])  # fail now, with one line, when there is no (compatible) store
    return Dataset(target)
