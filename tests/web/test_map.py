"""The map (issue 15.2): points at the events' gazetteer coordinates (else the places file's), with
cooperation/conflict counts and the since/until window; in a real browser, Natural Earth country
borders, zoom by button and wheel changing the viewBox, at 1400 and 390 px with screenshots in
``test-artifacts/screenshots/`` and no horizontal overflow.  Debian chromium only."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():  # starlette warns at import that it prefers httpx2 to httpx
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from geowire.api import create_app
from geowire.model.build import rebuild_model
from geowire.settings import Settings
from geowire.store import annotations as store_annotations
from geowire.store import documents as store_documents
from geowire.store import events as store_events
from geowire.store.db import Store, open_store
from geowire.types import DocAnalysis, Place

from .conftest import _actor, _doc, _event, _mentions, _sentences, build_store, serving

WORLD = Path(__file__).resolve().parents[2] / "src" / "geowire" / "web" / "static" / "world.json"
KHARKIV = Place(
    name="Kharkiv", kind="city", geonames_id=706483, lat=49.98, lon=36.25, country="UKR",
    admin1="Kharkiv", admin1_code="07", source="sentence", text="Kharkiv",
)  # fmt: skip
TEXT = "Russia shelled Kharkiv on Monday.\n\nUkraine accused Russia of shelling Kharkiv."


def add_placed_events(store: Store) -> None:
    """A third document whose two conflict events (2025-08-04) carry a gazetteer place."""
    doc = _doc(TEXT, title="Kharkiv shelled", url=None, published=dt.date(2025, 8, 4))
    sents = _sentences(doc.text)
    rus, ukr = _actor("Russia", TEXT, "RUS"), _actor("Ukraine", TEXT, "UKR")
    rus2 = _actor("Russia", TEXT, "RUS", after=sents[1].start)
    events = tuple(
        dataclasses.replace(e, place=KHARKIV)
        for e in (
            _event(11, doc, sents[0], "ASSAULT", "shelled", (rus,), ()),
            _event(12, doc, sents[1], "ACCUSE", "accused", (ukr,), (rus2,)),
        )
    )
    analysis = DocAnalysis(
        doc_id=doc.id, blocks=(), sentences=sents, mentions=_mentions(doc, [rus, ukr, rus2]), dates=(),
        quantities=(), events=events,
    )  # fmt: skip
    with store.transaction() as con:
        store_documents.insert_document(con, doc, n_words=len(doc.text.split()), minhash=None)
        store_annotations.replace(con, [analysis])
        store_events.replace(con, [analysis])
    rebuild_model(store)


@pytest.fixture(scope="module")
def placed_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("map") / "geowire.duckdb")
    build_store(store)
    add_placed_events(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def map_client(placed_store: Store) -> Iterator[TestClient]:
    app = create_app(Settings(db=placed_store.path or ":memory:"), store=placed_store)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def test_map_points_carry_event_place_coordinates(map_client: TestClient) -> None:
    points = {p["name"]: p for p in map_client.get("/api/map").json()["points"]}
    assert set(points) == {"Kharkiv", "Caracas"}
    kharkiv = points["Kharkiv"]
    assert (kharkiv["lat"], kharkiv["lon"], kharkiv["code"]) == (49.98, 36.25, "UKR")
    assert (kharkiv["source"], kharkiv["geonames_id"], kharkiv["admin1"]) == ("gazetteer", 706483, "Kharkiv")
    assert (len(kharkiv["events"]), kharkiv["conflict"], kharkiv["cooperation"]) == (2, 2, 0)
    assert points["Caracas"]["source"] == "places-file"  # no gazetteer place: the location text
    assert points["Caracas"]["cooperation"] == 1


def test_map_points_follow_since_and_until(map_client: TestClient) -> None:
    names = lambda q: [p["name"] for p in map_client.get("/api/map" + q).json()["points"]]  # noqa: E731
    assert names("?since=2025-07-01") == ["Kharkiv"]
    assert names("?until=2025-07-01") == ["Caracas"]
    assert names("?since=2025-09-01") == []
    html = map_client.get("/map?since=2025-07-01").text
    assert 'id="place-1"' in html and "Kharkiv" in html and "Caracas" not in html


def test_map_world_file_has_real_borders_and_stays_small() -> None:
    world = json.loads(WORLD.read_text(encoding="utf-8"))
    assert WORLD.stat().st_size < 400_000
    by_name = {c["name"]: c for c in world["countries"]}
    assert len(by_name) >= 170 and {"Ukraine", "France", "Brazil", "Venezuela"} <= set(by_name)
    assert by_name["France"]["id"] == "250"
    rings = [r for c in world["countries"] for r in c["rings"]]
    lats = [v for r in rings for v in r[1::2]]
    assert -90 <= min(lats) and max(lats) <= 90
    # no ring jumps across the antimeridian (a stripe over the whole map): crossing rings are unwrapped
    assert all(abs(r[i] - r[i - 2]) <= 180 for r in rings for i in range(2, len(r), 2))
    assert all(-180 <= min(r[0::2]) or max(r[0::2]) <= 180 for r in rings)


# --- in a real browser -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def map_url(placed_store: Store) -> Iterator[str]:
    with serving(create_app(Settings(db=placed_store.path or ":memory:"), store=placed_store)) as base:
        yield base


@pytest.fixture(scope="module")
def map_browser(map_url: str) -> Iterator[Any]:
    from .test_browser_workbench import chromium_page

    with chromium_page() as pg:
        yield pg


def _viewbox(page: Any) -> list[float]:
    return [float(v) for v in page.get_attribute("#map", "viewBox").split()]


@pytest.mark.browser
@pytest.mark.parametrize("width", (1400, 390))
def test_map_browser_borders_zoom_and_fit(map_browser: Any, map_url: str, width: int) -> None:
    from .test_browser_workbench import _overflow, _shot

    page = map_browser
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(map_url + "/map?since=2025-01-01", wait_until="networkidle")
    page.wait_for_selector("#map circle.place")
    assert page.locator("#map path.land").count() >= 170
    assert page.locator("#map circle.place").count() == 2
    assert _viewbox(page) == [0, 0, 1000, 500]
    page.click("#map-zoom-in")
    zoomed = _viewbox(page)
    assert zoomed[2] < 1000 and zoomed[3] < 500
    box = page.locator("#map").bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.6, box["y"] + box["height"] * 0.3)
    page.mouse.wheel(0, -200)
    page.wait_for_function(f"document.getElementById('map').viewBox.baseVal.width < {zoomed[2] - 1}")
    page.click("#map-zoom-reset")
    assert _viewbox(page) == [0, 0, 1000, 500]
    page.click("#map-zoom-in")
    _shot(page, f"map-zoomed-{width}")
    page.click("#map-zoom-reset")
    _shot(page, f"map-{width}")
    assert _overflow(page) <= 0
    page.goto(map_url + "/map?since=2025-07-01", wait_until="networkidle")
    page.wait_for_selector("#map circle.place")
    assert page.locator("#map circle.place").get_attribute("data-name") == "Kharkiv"
    assert page.locator("#map circle.place").count() == 1
    assert not page.problems, page.problems
