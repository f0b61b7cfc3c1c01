"""Issue 14 on the API side: a document whose processing raises never makes ingest a 500 (it is
marked failed, the answer says so, and the next request works); any failure of an ingest is the
common error shape; output carries file names, not the server's paths; bidi controls in titles
and sentences are neutralised in the UI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from geowire import pipeline
from geowire.api import create_app
from geowire.settings import Settings
from geowire.store.db import open_store

from ..store.fake_pipeline import FakeAnalyzer
from .conftest import TOKEN, build_store

AUTH = {"authorization": f"Bearer {TOKEN}"}
GOOD = "Ruritania met Freedonia envoys on Monday. Sylvania signed a trade agreement with Latveria."


@pytest.fixture
def fake_client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setattr(pipeline, "Analyzer", FakeAnalyzer)
    store = open_store(tmp_path / "web.duckdb")
    build_store(store)
    app = create_app(Settings(db=tmp_path / "web.duckdb"), store=store, token=TOKEN)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    store.close()


def test_api_ingest_poison_document_is_failed_not_500_and_next_works_issue14(fake_client: TestClient) -> None:
    r = fake_client.post(
        "/api/ingest", json={"text": "Ruritania shelled Freedonia. POISON year."}, headers=AUTH
    )
    assert r.status_code == 200, r.text
    assert [f["error_class"] for f in r.json()["processing_failed"]] == ["ValueError"]
    r = fake_client.post("/api/ingest", json={"text": GOOD}, headers=AUTH)
    assert r.status_code == 200 and r.json()["processed"] == 1 and r.json()["processing_failed"] == []
    statuses = {d["status"] for d in fake_client.get("/api/documents").json()["items"]}
    assert "failed" in statuses and "processed" in statuses


def test_api_ingest_unexpected_failure_is_the_error_shape_issue14(
    fake_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("geowire.ingest.ingest_sources", broken)
    r = fake_client.post("/api/ingest", json={"text": GOOD}, headers=AUTH)
    assert r.status_code == 422 and r.json()["error"]["code"] == "ingest-failed"
    monkeypatch.undo()
    assert fake_client.get("/api/documents").status_code == 200


def test_api_store_error_is_503_in_the_error_shape(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from geowire.errors import StoreError

    def damaged(*args: object, **kwargs: object) -> None:
        raise StoreError("store /srv/private/geowire.duckdb is damaged or truncated: checksum")

    monkeypatch.setattr("geowire.store.listing.page", damaged)  # what /api/documents reads through
    r = client.get("/api/documents")
    assert r.status_code == 503 and r.json()["error"]["code"] == "store-unavailable"
    assert "/srv" not in r.text


def test_api_documents_and_citations_show_file_names_not_paths_issue14(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.duckdb")
    ids = build_store(store)
    store.con.execute("UPDATE documents SET path = '/srv/secret/feeds/' || id || '.md'")
    app = create_app(Settings(db=tmp_path / "p.duckdb"), store=store)
    with TestClient(app) as c:
        docs = c.get("/api/documents").json()["items"]
        assert docs and all(d["path"] == f"{d['id']}.md" for d in docs)
        event = c.get("/api/events").json()["items"][0]
        body = c.get(f"/api/events/{event['id']}").text + c.get("/api/events").text
        body += c.get(f"/api/documents/{next(iter(ids.values()))}").text + c.get("/documents").text
        assert "/srv/secret" not in body
    store.close()


def test_web_bidi_controls_are_neutralised_in_titles_and_sentences_issue14(tmp_path: Path) -> None:
    store = open_store(tmp_path / "b.duckdb")
    build_store(store)
    store.con.execute("UPDATE documents SET title = 'Envoys \u202egnp.exe\u202c meet \u2066x\u2069 \u200f'")
    app = create_app(Settings(db=tmp_path / "b.duckdb"), store=store)
    with TestClient(app) as c:
        pages = c.get("/documents", headers={"accept": "text/html"}).text
        pages += c.get("/events", headers={"accept": "text/html"}).text
        doc_id = c.get("/api/documents").json()["items"][0]["id"]
        pages += c.get(f"/documents/{doc_id}", headers={"accept": "text/html"}).text
        assert "Envoys gnp.exe meet x" in pages
        assert "&lt;tr" not in pages and "&lt;table" not in pages  # macros' markup is not escaped
        for control in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f":
            assert control not in pages
    store.close()


def test_api_cached_answers_follow_every_write_issue14(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    with open_store(db) as store:
        build_store(store)
    app = create_app(Settings(db=db))  # file-based: shared reader and answer cache
    with TestClient(app) as c:
        before = c.get("/api/documents").json()["items"]
        assert c.get("/api/documents").json()["items"] == before  # an answer from the cache
        with open_store(db) as store, store.transaction() as con:  # a writer gets in between requests
            con.execute("UPDATE documents SET title = 'Retitled' WHERE id = ?", [before[0]["id"]])
        after = c.get("/api/documents").json()["items"]
        assert {d["title"] for d in after} - {d["title"] for d in before} == {"Retitled"}
        page = c.get("/documents", headers={"accept": "text/html"}).text
        assert "Retitled" in page
