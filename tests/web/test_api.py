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
    [
        "/", "/events", "/events?actor=RUS&limit=2", f"/events/ev{2:016x}", "/documents", "/actors",
        "/actors/RUS", "/network", "/network?since=2025-04-01", "/dyads", "/dyads/RUS/VEN",
        "/dyads/RUS/VEN?by=year", "/agreements", "/transfers", "/deployments", "/statements",
        "/contradictions", "/stance", "/compare", "/map",
    ],
)  # fmt: skip
def test_api_every_page_has_a_json_twin(client: TestClient, path: str) -> None:
    page = client.get(path, headers={"accept": "text/html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    sep = "&" if "?" in path else "?"
    twin = client.get(f"{path}{sep}format=json")
    api = client.get("/api/overview" if path == "/" else f"/api{path}")
    assert twin.status_code == api.status_code == 200
    # a list: the API's is paginated and sortable, with the same rows first
    if {"total", "next", "sort"} <= set(api.json()):
        key = lambda i: i.get("id") or i.get("code") or (i.get("a"), i.get("b"))  # noqa: E731
        assert [key(i) for i in twin.json()["items"]] == [key(i) for i in api.json()["items"]]
    else:
        assert twin.json() == api.json()


def test_api_overview_counts_occurrences_and_dyads(client: TestClient) -> None:
    body = client.get("/api/overview").json()
    assert body["counts"] == {"documents": {"processed": 2}, "events": 4}
    assert [(d["a"], d["b"]) for d in body["top_dyads"]] == [("RUS", "VEN"), ("RUS", "USA")]
    assert all(o["counts"] for o in body["latest_occurrences"])  # the hypothetical ACCUSE is not counted


def test_api_network_time_range(client: TestClient) -> None:
    full = client.get("/api/network").json()
    assert {n["id"] for n in full["nodes"]} == {"RUS", "VEN", "USA"}
    edge = next(e for e in full["edges"] if {e["source"], e["target"]} == {"RUS", "USA"})
    assert (edge["cooperation"], edge["conflict"]) == (0, 1)
    early = client.get("/api/network?until=2025-04-01").json()
    assert [(e["source"], e["target"]) for e in early["edges"]] == [("RUS", "VEN")]
    late = client.get("/api/network?since=2025-04-01&until=2025-12-31").json()
    assert {n["id"] for n in late["nodes"]} == {"RUS", "VEN", "USA"} and late["until"] == "2025-12-31"
    assert client.get("/api/network?since=2030-01-01").json()["nodes"] == []


def test_api_dyad_series_occurrences_and_events(client: TestClient) -> None:
    body = client.get("/api/dyads/rus/ven?by=month").json()
    assert (body["a"], body["b"], body["by"]) == ("RUS", "VEN", "month")
    assert [(p["period"], p["cooperation"], p["conflict"]) for p in body["series"]] == [
        ("2025-03-01", 1, 0),
        ("2025-06-01", 1, 0),
    ]
    assert {o["category"] for o in body["occurrences"]} == {"AGREE", "SUPPORT"}
    assert {e["event"][0] for e in body["events"]} == {"AGREE", "SUPPORT"}
    assert_error(client.get("/api/dyads/RUS/VEN?by=day").json(), 422)


def test_api_actor_profile(client: TestClient) -> None:
    profile = client.get("/api/actors/RUS").json()["profile"]
    assert [p["actor"] for p in profile["partners"]] == ["VEN"]
    assert [r["actor"] for r in profile["rivals"]] == ["USA"]


@pytest.mark.parametrize(
    "path",
    ["/api/agreements?party=RUS", "/api/transfers?supplier=RUS&recipient=VEN", "/api/deployments?country=RUS",
     "/api/statements?speaker=RUS&stance=critical", "/api/contradictions"],
)  # fmt: skip
def test_api_model_record_lists(client: TestClient, path: str) -> None:
    r = client.get(path)
    body = r.json()
    assert r.status_code == 200 and body["items"] == [] and body["total"] == 0  # no claims here


def test_api_stance_by_outlet(client: TestClient) -> None:
    body = client.get("/api/stance").json()
    assert body["by"] == "outlet"
    tones = {(d["a"], d["b"]): d["tone"] for d in body["dyads"]}
    assert tones == {("RUS", "VEN"): "cooperative", ("RUS", "USA"): "conflictual"}


def test_api_compare_two_documents(client: TestClient, ids: dict[str, str]) -> None:
    body = client.get(f"/api/compare?a={ids['hostile']}&b={ids['calm']}").json()
    assert set(body["comparison"]) >= {"agree", "differ", "only_a", "only_b"}
    assert {d["id"] for d in body["documents"]} == set(ids.values())
    assert client.get("/api/compare").json()["comparison"] is None
    assert_error(client.get(f"/api/compare?a={ids['calm']}&b=dmissing").json(), 404, "not-found")


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


@pytest.mark.parametrize(
    ("setting", "query", "shown"), [(0.9, "", 0), (0.5, "", 4), (0.9, "min_confidence=0.5", 4)]
)
def test_api_events_hide_below_the_settings_floor_like_the_cli(
    hand_store: Any, setting: float, query: str, shown: int
) -> None:
    """The ``min_confidence`` setting hides every event below it, the rule coder's too (these are
    rule events at 0.8), as ``geowire events`` does; a request's own value replaces it."""
    from fastapi.testclient import TestClient

    from geowire.api import create_app
    from geowire.settings import Settings

    store, _ = hand_store
    app = create_app(Settings(db=store.path or ":memory:", min_confidence=setting), store=store)
    with TestClient(app) as client:
        r = client.get(f"/api/events?{query}")
        assert r.status_code == 200, r.text
        assert len(r.json()["items"]) == shown
        page = client.get(f"/events?format=json&{query}").json()  # the page's view
        assert len(page["items"]) == shown
        # the default is shown apart from the request's own value, so a form sent back keeps it
        assert (page["filters"]["min_confidence"], page["default_min_confidence"]) == (
            (0.5, None) if query else (None, setting)
        )
        listed = client.get(f"/api/events.csv?{query}")  # the list's CSV twin filters the same way
        assert listed.status_code == 200
        assert len(listed.text.strip().splitlines()[1:]) == shown  # no header when empty
