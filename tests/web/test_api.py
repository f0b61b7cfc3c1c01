"""In-process tests of the JSON API: endpoints, filters, pagination, the error shape, headers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from geowire.api import views

if TYPE_CHECKING:
    from fastapi.testclient import TestClient


def assert_error(body: dict[str, Any], status: int, code: str | None = None) -> None:
    assert set(body) == {"error"}
    err = body["error"]
    assert set(err) == {"status", "code", "message"}
    assert err["status"] == status
    assert isinstance(err["message"], str) and err["message"]
    if code is not None:
        assert err["code"] == code


def test_api_events_lists_plover_records(client: TestClient) -> None:
    r = client.get("/api/events")
    assert r.status_code == 200
    items = r.json()["items"]
    assert {e["id"] for e in items} == {f"ev{n:016x}" for n in range(1, 5)}
    record = next(e for e in items if e["event"] == ["THREATEN"])
    assert record["actor"][0]["code"] == "RUS" and record["recipient"][0]["code"] == "USA"
    assert record["cite_info"]["document_id"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("actor=RUS", {"THREATEN"}),
        ("recipient=rus", {"SUPPORT", "AGREE"}),
        ("type=agree", {"AGREE"}),
        ("modality=hypothetical", {"ACCUSE"}),
        ("since=2025-06-01", {"THREATEN", "SUPPORT"}),
        ("until=2025-03-31", {"AGREE", "ACCUSE"}),
        ("actor=VEN&type=SUPPORT&since=2025-01-01&until=2025-12-31&modality=asserted", {"SUPPORT"}),
        ("actor=&type=&since=", {"THREATEN", "SUPPORT", "AGREE", "ACCUSE"}),
    ],
)
def test_api_events_filters_like_the_cli(client: TestClient, query: str, expected: set[str]) -> None:
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 200
    assert {e["event"][0] for e in r.json()["items"]} == expected


def test_api_events_paginate(client: TestClient) -> None:
    first = client.get("/api/events?limit=3").json()
    assert len(first["items"]) == 3 and first["next_offset"] == 3 and first["prev_offset"] is None
    second = client.get("/api/events?limit=3&offset=3").json()
    assert len(second["items"]) == 1 and second["next_offset"] is None and second["prev_offset"] == 0
    assert {e["id"] for e in first["items"]}.isdisjoint({e["id"] for e in second["items"]})


def test_api_event_evidence_has_role_spans(client: TestClient) -> None:
    body = client.get(f"/api/events/ev{1:016x}").json()
    evidence = body["evidence"]
    assert evidence["modality"] == "asserted"
    marked = {(s["role"], s["text"]) for s in evidence["segments"] if s["role"]}
    assert ("actor", "Russia") in marked
    assert ("trigger", "warned") in marked
    assert ("recipient", "the United States") in marked
    text = "".join(s["text"] for s in evidence["segments"])
    assert text.startswith("<script>")  # the JSON carries the text as data; escaping is the HTML's job
    assert "text" not in evidence["document"]


def test_api_unknown_event_is_404_in_the_error_shape(client: TestClient) -> None:
    r = client.get("/api/events/ev_missing")
    assert r.status_code == 404
    assert_error(r.json(), 404, "not-found")


def test_api_documents_and_document(client: TestClient, ids: dict[str, str]) -> None:
    listing = client.get("/api/documents").json()
    assert {d["id"] for d in listing["items"]} == set(ids.values())
    assert all("text" not in d for d in listing["items"])
    one = client.get(f"/api/documents/{ids['calm']}").json()
    assert one["document"]["title"].startswith("Caracas and Moscow")
    assert {e["event"][0] for e in one["events"]} == {"AGREE", "ACCUSE"}
    assert_error(client.get("/api/documents/dnope").json(), 404, "not-found")


def test_api_actors_counts_mentions(client: TestClient) -> None:
    items = client.get("/api/actors").json()["items"]
    counts = {a["code"]: a["count"] for a in items}
    assert counts == {"RUS": 3, "VEN": 3, "USA": 2}


def test_api_map_places_located_events(client: TestClient) -> None:
    body = client.get("/api/map").json()
    assert [p["name"] for p in body["points"]] == ["Caracas"]
    assert body["points"][0]["events"][0]["category"] == "AGREE"
    assert -90 <= body["points"][0]["lat"] <= 90


@pytest.mark.parametrize(
    "path",
    ["/events", "/events?actor=RUS&limit=2", "/documents", "/actors", "/map", f"/events/ev{2:016x}"],
)
def test_api_every_page_has_a_json_twin(client: TestClient, path: str) -> None:
    page = client.get(path, headers={"accept": "text/html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    sep = "&" if "?" in path else "?"
    twin = client.get(f"{path}{sep}format=json")
    api = client.get(f"/api{path}")
    assert twin.status_code == api.status_code == 200
    assert twin.json() == api.json()


def test_api_error_shape_for_404_405_422(client: TestClient) -> None:
    assert_error(client.get("/api/nothing-here").json(), 404)
    r = client.delete("/api/events")
    assert r.status_code == 405
    assert_error(r.json(), 405)
    for bad in (
        "/api/events?limit=0",
        "/api/events?since=yesterday",
        "/api/events?modality=maybe",
        "/api/events?type=BOMBARD",
        "/api/events?actor=%3Cscript%3E",
        "/events?format=xml",
    ):
        r = client.get(bad)
        assert r.status_code == 422, bad
        assert_error(r.json(), 422, "invalid-request")


def test_api_error_page_for_browsers_keeps_the_fields(client: TestClient) -> None:
    r = client.get("/events/ev_missing", headers={"accept": "text/html"})
    assert r.status_code == 404
    assert 'data-code="not-found"' in r.text and "no event" in r.text


def test_api_500_hides_the_stack_trace(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internals at /srv/geowire")

    monkeypatch.setattr(views, "segments", boom)
    r = client.get(f"/api/events/ev{1:016x}")
    assert r.status_code == 500
    assert_error(r.json(), 500, "internal-error")
    assert "secret" not in r.text and "Traceback" not in r.text


def test_api_missing_store_function_is_501(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from geowire.store import events as store_events

    monkeypatch.delattr(store_events, "count_events")
    r = client.get("/api/overview")
    assert r.status_code == 501
    assert_error(r.json(), 501, "not-available")


def test_api_security_headers_on_pages_api_and_errors(client: TestClient) -> None:
    for path in ("/events", "/api/events", "/api/nothing", "/static/network.js"):
        h = client.get(path).headers
        assert "script-src 'self'" in h["content-security-policy"]
        assert "unsafe-inline" not in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff"
        assert h["x-frame-options"] == "DENY"


def test_api_docs_page_lists_the_endpoints_offline(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/api/events" in page.text and "/api/network" in page.text
    assert "cdn" not in page.text.lower()
    spec = client.get("/openapi.json").json()
    assert "/api/events/{event_id}" in spec["paths"] and "/api/ingest" in spec["paths"]
