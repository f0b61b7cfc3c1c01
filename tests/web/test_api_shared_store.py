"""The API over a store it does not hold (issue 12): each request opens the file read-only and
closes it, so another process can write between requests; a store kept locked past the wait is
503 ``store-busy`` in the one error shape, and a missing store is refused at start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import geowire.store.db as store_db
from geowire.api import create_app
from geowire.errors import StoreError
from geowire.settings import Settings
from geowire.store import open_store

HOLDER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])  # a bare read-write connection: never lets go
print("held", flush=True)
time.sleep(30)
"""


def test_api_shared_store_writes_between_requests_are_seen(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    open_store(db).close()
    client = TestClient(create_app(Settings(db=db)))
    assert client.get("/api/documents").json()["items"] == []
    with open_store(db) as writer, writer.transaction() as con:  # another writer, between requests
        con.execute(
            "INSERT INTO documents (id, content_hash, published_source, ingested_at, status, text, n_words)"
            " VALUES ('d1', 'h1', 'unknown', now()::TIMESTAMP, 'stored', 'text', 1)"
        )
    assert [d["id"] for d in client.get("/api/documents").json()["items"]] == ["d1"]


def test_api_shared_store_locked_is_503_store_busy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.duckdb"
    open_store(db).close()
    client = TestClient(create_app(Settings(db=db)))
    monkeypatch.setattr(store_db, "READ_WAIT_S", 0.3)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        response = client.get("/api/overview")
    finally:
        holder.kill()
        holder.communicate()
    assert response.status_code == 503
    assert response.json() == {
        "error": {"status": 503, "code": "store-busy", "message": "the store is being written; try again"}
    }


def test_api_shared_store_missing_is_refused_read_only(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        create_app(Settings(db=tmp_path / "typo.duckdb"))
    assert not (tmp_path / "typo.duckdb").exists()
