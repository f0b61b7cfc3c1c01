"""The datasette-grade API (issue 15, point 4): response models in OpenAPI, paginated and sorted
lists with totals, ``.csv`` twins, unknown parameters refused, search and actor suggestions."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any

import pytest

from geowire.api.lists import LISTS, csv_cell

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

LIST_PATHS = [f"/api/{spec.name}" + ("?q=russia" if spec.name == "search" else "") for spec in LISTS]


def _error(body: dict[str, Any], status: int, code: str) -> None:
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}
    assert (body["error"]["status"], body["error"]["code"]) == (status, code)


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def test_api_openapi_has_a_schema_for_every_200_response(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    seen = 0
    for path, item in spec["paths"].items():
        for method, op in item.items():
            ok = [code for code in op["responses"] if code in ("200", "201")]
            assert ok, f"{method.upper()} {path}: no success response"
            content = op["responses"][ok[0]]["content"]
            for media, body in content.items():
                schema = _resolve(spec, body["schema"])
                assert schema, f"{method.upper()} {path} {media}: empty 200 schema"
                if media == "application/json":
                    assert schema.get("properties") or schema.get("additionalProperties"), (path, schema)
                seen += 1
    assert seen >= 2 * len(LISTS)


def test_api_openapi_list_pages_describe_their_items(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    page = _resolve(
        spec, spec["paths"]["/api/events"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    )
    assert {"items", "total", "limit", "offset", "next"} <= set(page["properties"])
    item = _resolve(spec, page["properties"]["items"]["items"])
    assert {"id", "event", "actor"} <= set(item["properties"])


@pytest.mark.parametrize("path", LIST_PATHS)
def test_api_every_list_is_paginated_with_a_total(client: TestClient, path: str) -> None:
    body = client.get(path).json()
    assert {"items", "total", "limit", "offset", "next", "prev", "sort"} <= set(body)
    assert body["total"] >= len(body["items"]) and body["offset"] == 0


def test_api_events_pages_carry_total_and_next_link(client: TestClient) -> None:
    first = client.get("/api/events?limit=3&actor=&sort=id").json()
    assert first["total"] == 4 and len(first["items"]) == 3
    assert (
        first["next"].startswith("/api/events?")
        and "offset=3" in first["next"]
        and "sort=id" in first["next"]
    )
    second = client.get(first["next"]).json()
    assert len(second["items"]) == 1 and second["next"] is None and second["prev_offset"] == 0
    ids = [e["id"] for e in first["items"] + second["items"]]
    assert ids == sorted(ids)


def test_api_sort_descending_and_whitelisted(client: TestClient) -> None:
    ids = [e["id"] for e in client.get("/api/events?sort=-id").json()["items"]]
    assert ids == sorted(ids, reverse=True)
    counts = [a["count"] for a in client.get("/api/actors?sort=-count,code").json()["items"]]
    assert counts == sorted(counts, reverse=True)
    for bad in ("text", "id;DROP TABLE events", "-", "id,,"):
        r = client.get("/api/events", params={"sort": bad})
        assert r.status_code == 400, bad
        _error(r.json(), 400, "invalid-sort")


@pytest.mark.parametrize("path", LIST_PATHS)
def test_api_every_list_has_a_csv_twin(client: TestClient, path: str) -> None:
    base, _, query = path.partition("?")
    r = client.get(f"{base}.csv" + (f"?{query}" if query else ""))
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == int(r.headers["x-total-count"]) or len(rows) == 10_000
    json_total = client.get(path).json()["total"]
    assert len(rows) == json_total


def test_api_events_csv_takes_the_same_filters(client: TestClient) -> None:
    r = client.get("/api/events.csv?actor=RUS&sort=-date")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["category"] for row in rows] == ["THREATEN"]
    assert rows[0]["actor_codes"] == "RUS"  # lists flattened, no JSON
    assert client.get("/api/events.csv?bogus=1").status_code == 400


def test_api_lists_read_a_typed_name_as_the_events_page_does(client: TestClient) -> None:
    # the page, its JSON list and the CSV twin answer one typed name alike (russia -> RUS)
    page = client.get("/events?actor=russia&format=json").json()
    by_code = client.get("/api/events?actor=RUS").json()
    by_name = client.get("/api/events?actor=russia").json()
    assert by_name["total"] == by_code["total"] == page["total"] >= 1
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events.csv?actor=russia").text)))
    assert len(rows) == by_code["total"]
    # a code in capitals is taken as typed, never widened to a longer code it begins: RU is no
    # actor code, so it is refused with the reason (as `geowire events --actor RU`), as is a name
    # that reads as no actor
    for typed in ("RU", "nowhere-at-all"):
        r = client.get(f"/api/events?actor={typed}")
        assert r.status_code == 422 and f"unknown actor code {typed}" in r.json()["error"]["message"]


def test_api_csv_defuses_formulas() -> None:
    assert csv_cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert [csv_cell(v) for v in ("+1", "-2", "@SUM(A1)", "\tx", "plain")] == [
        "'+1",
        "'-2",
        "'@SUM(A1)",
        "'\tx",
        "plain",
    ]
    assert csv_cell(["=a", "b"]) == "'=a;b" and csv_cell(-5.0) == -5.0 and csv_cell(None) == ""


def test_api_documents_csv_quotes_hostile_title(client: TestClient) -> None:
    text = client.get("/api/documents.csv").text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert all(not (row["title"] or "x").startswith(("=", "+", "-", "@")) for row in rows)
    assert "path" in rows[0] and "/" not in (rows[0]["path"] or "")


@pytest.mark.parametrize(
    "path",
    ["/api/events?actr=RUS", "/api/documents?format=json", "/api/overview?x=1", "/api/network?limit=3",
     "/api/events/ev0000000000000001?debug=1", "/api/search?q=a&type=actor", "/api/ingest?x=1"],
)  # fmt: skip
def test_api_unknown_query_parameter_is_400(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 400
    _error(r.json(), 400, "unknown-parameter")
    assert r.json()["error"]["message"].startswith("unknown query parameter")


def test_api_known_parameters_still_pass(client: TestClient) -> None:
    assert client.get("/api/network?since=2025-01-01&level=country").status_code == 200
    assert client.get("/events?format=json&bogus=1").status_code == 200  # pages are not the API


def test_api_search_types_and_links(client: TestClient, ids: dict[str, str]) -> None:
    body = client.get("/api/search?q=Russia").json()
    kinds = {h["kind"] for h in body["items"]}
    assert kinds == {"actor", "sentence"}
    actor = next(h for h in body["items"] if h["kind"] == "actor")
    assert actor["id"] == "RUS" and actor["link"] == "/actors/RUS" and actor["api"] == "/api/actors/RUS"
    assert body["items"][0]["kind"] == "actor"  # actors rank first at equal word matches
    sentence = next(h for h in body["items"] if h["kind"] == "sentence")
    assert sentence["link"].startswith(f"/documents/{sentence['doc_id']}#s")
    doc = client.get("/api/search?q=caracas+moscow&kind=document").json()
    assert [(h["kind"], h["id"]) for h in doc["items"]] == [("document", ids["calm"])]
    assert client.get("/api/search?q=venezuela+energy").json()["total"] == 1  # every word must match


@pytest.mark.parametrize("q", ["%", "zz_qq", "' OR 1=1 --", "\\", "Russia'); DROP TABLE documents; --"])
def test_api_search_text_is_bound_not_interpolated(client: TestClient, q: str) -> None:
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 200 and r.json()["total"] == 0
    assert client.get("/api/documents").json()["total"] == 2


def test_api_search_needs_a_query(client: TestClient) -> None:
    assert client.get("/api/search").status_code == 422


def test_api_actor_suggestions(client: TestClient) -> None:
    body = client.get("/api/actors/suggest?q=rus").json()
    assert body["items"][0]["code"] == "RUS"
    assert [s["code"] for s in client.get("/api/actors/suggest?q=united").json()["items"]] == ["USA"]
    assert client.get("/api/actors/suggest?q=%25").json()["items"] == []
    assert client.get("/api/actors/RUS").status_code == 200  # the profile route is still there


@pytest.fixture(scope="module")
def placed_event(hand_store: tuple[Any, dict[str, str]]) -> str:
    """The Caracas agreement event given a gazetteer place (the hand store codes none)."""
    store, _ = hand_store
    event_id = "ev0000000000000003"
    with store.transaction() as con:
        con.execute(
            "UPDATE events SET place_name = 'Caracas', place_kind = 'city', place_geonames_id = 3646738,"
            " place_lat = 10.488, place_lon = -66.879, place_country = 'VEN', place_admin1 = 'Capital',"
            " place_admin1_code = '25', place_source = 'sentence', place_text = 'Caracas' WHERE id = ?",
            [event_id],
        )
    return event_id


def test_api_events_csv_has_flat_place_columns(client: TestClient, placed_event: str) -> None:
    from geowire.store.frames import PLACE_COLUMNS

    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(client.get("/api/events.csv").text))}
    assert set(PLACE_COLUMNS) <= set(next(iter(rows.values())))
    placed = rows[placed_event]
    assert (placed["place_name"], placed["place_kind"], placed["place_geonames_id"]) == (
        "Caracas",
        "city",
        "3646738",
    )
    assert (float(placed["place_lat"]), float(placed["place_lon"])) == (10.488, -66.879)
    assert (placed["place_admin1"], placed["place_country"], placed["place_source"]) == (
        "Capital",
        "VEN",
        "sentence",
    )
    others = [r for i, r in rows.items() if i != placed_event]
    assert others and all(r["place_name"] == "" and r["place_lat"] == "" for r in others)


def _table(client: TestClient, path: str) -> tuple[list[str], list[dict[str, str]]]:
    r = client.get(path)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/csv")
    reader = csv.DictReader(io.StringIO(r.text))
    rows = list(reader)
    assert len(rows) == int(r.headers["x-total-count"])
    return list(reader.fieldnames or []), rows


def test_api_dyad_series_csv_matches_its_json(client: TestClient) -> None:
    from geowire.store.frames import DYAD_COLUMNS

    header, rows = _table(client, "/api/dyads/VEN/RUS.csv?by=year")
    series = client.get("/api/dyads/VEN/RUS?by=year").json()["series"]
    assert header == list(DYAD_COLUMNS) and len(rows) == len(series) > 0
    for row, period in zip(rows, series, strict=True):
        assert row["period"] == period["period"] and (row["a"], row["b"]) == ("VEN", "RUS")
        assert int(row["occurrences"]) == period["occurrences"]
        assert int(row["a_to_b_occurrences"]) == period["VEN->RUS"]["occurrences"]
        assert int(row["b_to_a_cooperation"]) == period["RUS->VEN"]["cooperation"]
    assert client.get("/api/dyads/VEN/RUS.csv?bogus=1").status_code == 400
    r = client.get("/api/dyads/VEN/ZZZ.csv")
    assert r.status_code == 404 and set(r.json()) == {"error"}


def test_api_network_csv_matches_its_json(client: TestClient) -> None:
    from geowire.api.lists import EDGE_COLUMNS

    header, rows = _table(client, "/api/network.csv?level=country")
    edges = client.get("/api/network?level=country").json()["edges"]
    assert header == list(EDGE_COLUMNS) and len(rows) == len(edges) > 0
    assert [(r["source"], r["target"], int(r["occurrences"])) for r in rows] == [
        (e["source"], e["target"], e["occurrences"]) for e in edges
    ]
    _, none = _table(client, "/api/network.csv?since=2100-01-01")
    assert none == []  # the header alone


def test_api_stance_csv_tables(client: TestClient) -> None:
    from geowire.api.lists import STANCE_ACTOR_COLUMNS, STANCE_DYAD_COLUMNS

    body = client.get("/api/stance").json()
    for name, columns in (("actors", STANCE_ACTOR_COLUMNS), ("dyads", STANCE_DYAD_COLUMNS)):
        header, rows = _table(client, f"/api/stance/{name}.csv")
        assert header == list(columns) and len(rows) == len(body[name])
        for row, item in zip(rows, body[name], strict=True):
            assert set(item) == set(columns)
            assert all(row[c] == ("" if item[c] is None else str(item[c])) for c in columns if c != "source")
    assert len(body["dyads"]) > 0
    assert client.get("/api/stance/dyads.csv?outlet=Test%20Desk").status_code == 200


def test_api_table_csv_defuses_formulas(client: TestClient) -> None:
    from geowire.api.lists import to_csv

    text = to_csv([{"source": "=cmd|' /C calc'!A0", "actor": "-1"}], columns=("source", "actor"))
    assert list(csv.reader(io.StringIO(text)))[1] == ["'=cmd|' /C calc'!A0", "'-1"]
    _, rows = _table(client, "/api/stance/dyads.csv")
    assert all(not (r["source"] or "x").startswith(("=", "+", "-", "@")) for r in rows)
