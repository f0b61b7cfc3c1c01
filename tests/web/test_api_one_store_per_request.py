"""A list request reads the store over one connection: the filters that look a typed name up or
check an actor code and the list itself share it (issue 12's API over a store file)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import geowire.api.twins as twins
from geowire.api import create_app
from geowire.settings import Settings
from geowire.store.db import open_store

from .conftest import build_store


@pytest.fixture
def opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[TestClient, list[Any]]]:
    """An app over a hand-built store file, and the connections its requests open (one entry each)."""
    db = tmp_path / "one.duckdb"
    with open_store(db) as store:
        build_store(store)
    app = create_app(Settings(db=db))
    calls: list[Any] = []
    real = twins.open_store

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(twins, "open_store", counted)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client, calls


@pytest.mark.parametrize(
    "url",
    [
        "/api/events?actor=RUS",  # the code is checked, then listed
        "/api/events?actor=russia&recipient=USA",  # a typed name looked up, both codes checked
        "/api/events.csv?actor=russia",
        "/api/occurrences?actor=RUS",
        "/api/dyads?actor=RUS",
        "/api/statements?speaker=russia",
        "/api/documents",
    ],
)
def test_api_list_request_opens_the_store_once(opened: tuple[TestClient, list[Any]], url: str) -> None:
    client, calls = opened
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert len(calls) == 1


def test_api_list_unknown_actor_is_refused_after_one_connection(opened: tuple[TestClient, list[Any]]) -> None:
    client, calls = opened
    response = client.get("/api/events?actor=ZZZ")
    assert response.status_code == 422 and "unknown actor code ZZZ" in response.json()["error"]["message"]
    assert len(calls) == 1


def test_api_list_answered_from_the_cache_opens_no_store(opened: tuple[TestClient, list[Any]]) -> None:
    client, calls = opened
    first = client.get("/api/documents?limit=2")
    again = client.get("/api/documents?limit=2")
    assert again.json() == first.json()
    assert len(calls) == 1
