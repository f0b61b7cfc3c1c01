"""Every page in a real browser (issue 16.5, 16.6): screenshots at 1400 and 390 px in
``test-artifacts/screenshots/``, no horizontal overflow at 390 px, no script errors; the header
search box's suggestions, sortable tables, facets and the network table following its filter.
Debian chromium only; the server and browser fixtures are the workbench tests'."""

from __future__ import annotations

from typing import Any

import pytest

from .test_browser_workbench import WIDTHS, _overflow, _shot, page, url  # noqa: F401 - fixtures

pytestmark = [pytest.mark.browser]

PAGES = {
    "overview": "/",
    "search": "/search?q=russia",
    "events": "/events",
    "documents": "/documents",
    "document": "/documents/{calm}",
    "evidence": "/events/{event}",
    "actors": "/actors",
    "actor": "/actors/RUS?since=2025-01-01",
    "dyads": "/dyads",
    "dyad": "/dyads/RUS/VEN?since=2025-01-01&until=2025-12-31",
    "network": "/network",
    "map": "/map",
    "statements": "/statements",
    "contradictions": "/contradictions",
    "compare": "/compare?a={hostile}&b={calm}",
    "agreements": "/agreements",
    "transfers": "/transfers",
    "deployments": "/deployments",
    "stance": "/stance",
    "corrections": "/corrections",
}


def _ids(pg: Any) -> dict[str, str]:
    docs = pg.evaluate("fetch('/api/documents').then(r => r.json())")["items"]
    by_title = {("calm" if "accord" in (d["title"] or "") else "hostile"): d["id"] for d in docs}
    event = pg.evaluate("fetch('/api/events').then(r => r.json())")["items"][0]["id"]
    return {**by_title, "event": event}


@pytest.mark.parametrize("width", WIDTHS)
def test_browser_pages_fit_and_have_no_errors(page: Any, url: str, width: int) -> None:  # noqa: F811
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(url + "/", wait_until="load")
    ids = _ids(page)
    wide: dict[str, int] = {}
    for name, path in PAGES.items():
        response = page.goto(url + path.format(**ids), wait_until="networkidle")
        assert response is not None and response.status == 200, (name, response and response.status)
        assert page.locator("form.site-search input#site-q").count() == 1
        _shot(page, f"page-{name}-{width}")
        if _overflow(page) > 0:
            wide[name] = _overflow(page)
    assert not wide, f"pages wider than {width} px by: {wide}"
    assert not page.problems, page.problems


def test_browser_pages_search_box_suggests_codes(page: Any, url: str) -> None:  # noqa: F811
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto(url + "/events", wait_until="load")
    page.fill("#site-q", "russ")
    page.wait_for_selector("#actor-suggestions option[value=RUS]", state="attached")
    assert (
        page.locator("#actor-suggestions option[value=RUS]").get_attribute("label") == "RUS"
    )  # no name in this store
    assert not page.problems, page.problems


def test_browser_pages_events_sort_and_facets(page: Any, url: str) -> None:  # noqa: F811
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(url + "/events", wait_until="load")
    with page.expect_navigation():
        page.locator("table.events th a.sort", has_text="event").click()
    assert "sort=category" in page.url
    cats = page.locator("table.events tbody tr td:nth-child(2) .badge").all_text_contents()
    assert cats == sorted(cats)
    with page.expect_navigation():
        page.locator("#facet-modality a", has_text="hypothetical").click()
    assert "modality=hypothetical" in page.url and page.locator("tr.event-row").count() == 1
    assert page.locator("#event-filters select[name=modality]").input_value() == "hypothetical"
    assert not page.problems, page.problems


def test_browser_pages_client_side_sort(page: Any, url: str) -> None:  # noqa: F811
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(url + "/", wait_until="load")
    page.locator("#top-dyads th button.th-sort", has_text="occurrences").click()
    first = page.locator("#top-dyads tbody tr td:nth-child(2)").all_text_contents()
    assert [int(x) for x in first] == sorted(int(x) for x in first)
    page.locator("#top-dyads th button.th-sort", has_text="occurrences").click()
    again = page.locator("#top-dyads tbody tr td:nth-child(2)").all_text_contents()
    assert again == sorted(again, key=int, reverse=True)
    assert page.locator("#top-dyads th[aria-sort=descending]").count() == 1


def test_browser_pages_network_table_follows_the_filter(page: Any, url: str) -> None:  # noqa: F811
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(url + "/network", wait_until="networkidle")
    assert page.locator("#edges tbody a.dyad-link").count() >= 2
    assert page.locator("#download-graphml").get_attribute("href").startswith("blob:")
    page.fill("#since", "2030-01-01")
    page.dispatch_event("#since", "change")
    page.wait_for_selector("#edges tbody td.muted", state="attached")
    assert page.locator("#edges tbody a.dyad-link").count() == 0
    assert "since=2030-01-01" in page.url and "since=2030-01-01" in page.locator(
        "#download-json"
    ).get_attribute("href")
    assert not page.problems, page.problems


def test_browser_pages_timeline_brush_zooms_to_a_range(page: Any, url: str) -> None:  # noqa: F811
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(url + "/dyads/RUS/VEN?by=month", wait_until="load")
    page.wait_for_selector("#timeline[data-ready]", state="attached")
    first = page.locator('#timeline rect.bin-hit[data-start="2025-03-01"]').bounding_box()
    second = page.locator('#timeline rect.bin-hit[data-start="2025-04-01"]').bounding_box()
    page.mouse.move(first["x"] + first["width"] / 2, first["y"] + first["height"] / 2)
    page.mouse.down()
    page.mouse.move(second["x"] + second["width"] / 2, second["y"] + second["height"] / 2, steps=5)
    with page.expect_navigation():
        page.mouse.up()
    assert "since=2025-03-01" in page.url and "until=2025-04-30" in page.url
    page.wait_for_selector("#timeline[data-ready]", state="attached")
    starts = page.locator("#timeline rect.bin-hit").evaluate_all("rs => rs.map(r => r.dataset.start)")
    assert starts == ["2025-03-01"]  # only March has occurrences in the range
    assert page.locator("#range-form input[name=since]").input_value() == "2025-03-01"
    assert not page.problems, page.problems
