"""The search page and the header search box (issue 16.1): sentences, titles and actor names
mapped to codes; a name typed where a code is asked for is read as that code."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi.testclient import TestClient


def test_views_every_page_has_the_search_box(client: TestClient) -> None:
    for path in ("/", "/events", "/dyads/RUS/VEN", "/map"):
        page = client.get(path).text
        assert 'role="search"' in page and 'action="/search"' in page
        assert 'list="actor-suggestions"' in page and "/static/search.js" in page


def test_views_search_maps_an_actor_name_to_its_code(client: TestClient) -> None:
    body = client.get("/search?q=russia&format=json").json()
    assert body["actors"][0]["code"] == "RUS"
    page = client.get("/search?q=russia").text
    assert 'href="/actors/RUS"' in page and 'href="/events?actor=RUS"' in page


def test_views_search_finds_sentences_and_titles(client: TestClient, ids: dict[str, str]) -> None:
    body = client.get("/search?q=energy+accord&format=json").json()
    kinds = {(h["kind"], h["doc_id"]) for h in body["items"]}
    assert ("document", ids["calm"]) in kinds
    sentence = client.get("/search?q=grave+mistake&kind=sentence").text
    assert f'href="/documents/{ids["hostile"]}#s' in sentence and "grave mistake" in sentence
    assert client.get("/search?q=zzzqqq&format=json").json()["total"] == 0


def test_views_search_keeps_the_hostile_title_inert(client: TestClient) -> None:
    page = client.get("/search?q=kremlin+washington+moscow").text + client.get("/search?q=script").text
    assert "<script>window" not in page


def test_views_search_without_words_explains_itself(client: TestClient) -> None:
    page = client.get("/search")
    assert page.status_code == 200 and "an actor's name" in page.text


def test_views_events_reads_an_actor_name_as_its_code(client: TestClient) -> None:
    body = client.get("/events?actor=russia&format=json").json()
    assert body["read_as"] == {"actor": "RUS"} and body["total"] >= 1
    assert all(any(a["code"] == "RUS" for a in e["actor"]) for e in body["items"])
