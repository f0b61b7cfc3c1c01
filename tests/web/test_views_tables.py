"""Pages that list or chart things (issue 16.2-16.5): date ranges kept in the URL, the corpus span
and sources on the overview, sortable events with facet counts, an outlet column and download
links, values formatted for people, documents named by outlet/title/date, /compare without
repeats, unknown pairs 404."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from geowire.api import views
from geowire.api.app import make_templates

if TYPE_CHECKING:
    from fastapi.testclient import TestClient


def test_views_overview_shows_the_corpus_span_and_sources(client: TestClient) -> None:
    body = client.get("/?format=json").json()
    assert body["span"] == {"first": "2025-03-03", "last": "2025-06-02", "undated": 0}
    assert body["sources"] == [
        {"outlet": "Test Desk", "documents": 2, "first": "2025-03-03", "last": "2025-06-02"}
    ]
    page = client.get("/").text
    assert 'id="sources"' in page and 'href="/events?outlet=Test%20Desk"' in page


@pytest.mark.parametrize(
    "path", ["/events", "/dyads/RUS/VEN", "/actors/RUS", "/map", "/statements", "/network"]
)
def test_views_listing_pages_keep_a_date_range_in_the_url(client: TestClient, path: str) -> None:
    sep = "&" if "?" in path else "?"
    page = client.get(f"{path}{sep}since=2025-04-01&until=2025-12-31").text
    assert 'name="since" value="2025-04-01"' in page or 'id="since" value="2025-04-01"' in page
    assert 'value="2025-12-31"' in page


def test_views_dyad_range_keeps_only_its_periods_and_events(client: TestClient) -> None:
    every = client.get("/dyads/RUS/VEN?format=json").json()
    late = client.get("/dyads/RUS/VEN?since=2025-04-01&format=json").json()
    assert {e["date"] for e in every["events"]} == {"2025-03-03", "2025-06-02"}
    assert [e["date"] for e in late["events"]] == ["2025-06-02"]
    assert all(p["period"] >= "2025-04-01" for p in late["series"]) and late["since"] == "2025-04-01"


def test_views_unknown_pair_is_404(client: TestClient) -> None:
    # known codes (FRA, NATO: the knowledge base's) never named together: 404
    assert client.get("/dyads/RUS/FRA").status_code == 404
    assert client.get("/api/dyads/NATO/FRA").status_code == 404
    assert client.get("/dyads/RUS/VEN").status_code == 200
    # a code nobody knows is a bad request, with the reason (as `geowire dyad RUS ZZZ`)
    r = client.get("/api/dyads/RUS/ZZZ")
    assert r.status_code == 422 and r.json()["error"]["message"].startswith("b: unknown actor code ZZZ")
    assert client.get("/dyads/QQQ/ZZZ").status_code == 422


def test_views_events_sort_facets_outlet_and_downloads(client: TestClient) -> None:
    body = client.get("/events?format=json").json()
    assert body["total"] == 4
    assert {"value": "Test Desk", "count": 4} in body["facets"]["outlet"]
    assert {f for f in body["facets"]} == {"category", "modality", "outlet", "actor", "recipient"}
    up = client.get("/events?sort=category&format=json").json()["items"]
    down = client.get("/events?sort=-category&format=json").json()["items"]
    assert (
        [e["event"][0] for e in up]
        == sorted(e["event"][0] for e in up)
        == [e["event"][0] for e in down][::-1]
    )
    page = client.get("/events?modality=asserted").text
    assert "<th>outlet</th>" in page and 'class="outlet"' in page and ">Test Desk</a>" in page
    assert (
        'href="/api/events.csv?modality=asserted"' in page and 'href="/api/events?modality=asserted"' in page
    )
    assert 'class="sort" href="?' in page and "sort=category" in page
    assert client.get("/events?sort=nonsense").status_code == 400
    assert client.get("/events?outlet=Nobody&format=json").json()["total"] == 0


def test_views_network_table_is_filled_by_the_filter_script(client: TestClient) -> None:
    script = client.get("/static/network.js").text
    assert "fillTable(data)" in script and "#edges tbody" in script


@pytest.mark.parametrize(
    ("value", "text"),
    [("616000000.0", "616,000,000"), (616000000.0, "616,000,000"), ("['capital', 'seat']", "capital, seat"),
     (["a", "b"], "a, b"), (2.5, "2.50"), ("Moscow", "Moscow"), ("[not python", "[not python"), (None, "")],
)  # fmt: skip
def test_views_shown_formats_values_for_people(value: object, text: str) -> None:
    assert views.shown(value) == text


def test_views_model_records_show_numbers_money_lists_and_sources() -> None:
    env = make_templates().env
    record = {"id": "tr1", "supplier": "USA", "recipient": "POL", "system": "F-16", "quantity": 32.0,
              "value_usd": 616000000.0, "statuses": ["ordered", "delivered"], "doc_ids": ["d1"],
              "fields": {"quantity": {"value": 32.0, "doc_id": "d1", "sentence": "It ordered 32 jets."},
                         "statuses": {"value": ["ordered"], "doc_id": "d1", "sentence": "s"}}}  # fmt: skip
    sources = {"d1": {"title": "Jets for Warsaw", "outlet": "Daily Wire Desk", "published": "2025-05-01"}}
    html = env.get_template("transfers.html").render(data={"items": [record], "sources": sources}, params={})
    assert "US$ 616,000,000" in html and ">32<" in html and "ordered, delivered" in html
    assert "616000000.0" not in html and "['" not in html and "32.0" not in html
    assert "Daily Wire Desk" in html and "Jets for Warsaw" in html and "2025-05-01" in html


def test_views_contradictions_name_their_sources() -> None:
    env = make_templates().env
    item = {"kind": "quantity", "subject": "transfer F-16", "field": "quantity", "value_a": "32.0",
            "value_b": "['48', 'more']", "doc_a": "d1", "doc_b": "d2", "evidence": [],
            "shown_a": views.shown("32.0"), "shown_b": views.shown("['48', 'more']")}  # fmt: skip
    sources = {"d1": {"title": "A", "outlet": "Desk One", "published": "2025-01-02"},
               "d2": {"title": "B", "outlet": "Desk Two", "published": None}}  # fmt: skip
    html = env.get_template("contradictions.html").render(
        data={"items": [item], "sources": sources}, params={}
    )
    assert "<strong>32</strong>" in html and "<strong>48, more</strong>" in html
    assert "Desk One" in html and "Desk Two" in html and not re.search(r">d[12]<", html)


def test_views_compare_lists_one_claim_once_under_differ() -> None:
    ev = [{"doc_id": "a", "sentence": "It has 3."}, {"doc_id": "b", "sentence": "It has 4."}]
    topic = {"topic": "x quantity", "a": 3, "b": 4, "evidence": ev}
    contradiction = {"topic": "x (quantity)", "a": 3, "b": 4, "evidence": list(reversed(ev))}
    other = {"topic": "y", "a": 3, "b": 4, "evidence": [{"doc_id": "a", "sentence": "Else."}]}
    assert views._distinct_claims([topic, contradiction, other]) == [topic, other]


@pytest.mark.parametrize(
    "name", ["documents", "actors", "dyads", "statements", "contradictions", "agreements"]
)
def test_views_list_pages_offer_csv_and_json_and_sort(client: TestClient, name: str) -> None:
    page = client.get(f"/{name}").text
    assert f'href="/api/{name}.csv' in page and f'href="/api/{name}' in page
    csv = client.get(f"/api/{name}.csv")
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    if name in ("documents", "actors", "dyads"):  # (the others are empty in this store)
        assert 'class="sortable"' in page and "/static/sort.js" in page
