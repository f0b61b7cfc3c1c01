"""Two articles, one saying a system was delivered and one that it was not: a contradiction, and
`compare` shows the transfer under "differ" (issue 13)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geowire.settings import Settings

pytestmark = pytest.mark.model


def test_delivered_and_not_delivered_differ(tmp_path: Path) -> None:
    from geowire.ingest import ingest_sources
    from geowire.pipeline import process_pending
    from geowire.store import open_store
    from geowire.store.model import compare, contradictions

    (tmp_path / "a.txt").write_text(
        "Moscow delivered S-400 systems to Algiers in February.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Moscow has not delivered S-400 systems to Algiers, officials in the capital said on Monday.\n",
        encoding="utf-8",
    )
    settings = Settings(db=tmp_path / "s.duckdb")
    with open_store(settings.db) as store:
        ingest_sources(store, settings, [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")],
                       date=dt.date(2025, 6, 1))  # fmt: skip
        process_pending(store, settings, code=True)
        docs = [r["id"] for r in store.query("SELECT id FROM documents ORDER BY path")]
        found = [x for x in contradictions(store) if x["kind"] == "status"]
        assert found and {found[0]["value_a"], found[0]["value_b"]} == {"delivered", "not delivered"}
        result = compare(store, docs[0], docs[1])
        assert any("S-400" in d["topic"] for d in result["differ"]), result["differ"]
