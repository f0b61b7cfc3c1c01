"""Browser tests of the analyst's workbench (issue 16) on the hand-built store, served with a
token: the timeline on dyad and actor pages (regular bins, separate panels, click a bin → its
events), and the flow search an actor → actor → dyad → bin → event → evidence → correct it →
counts change.
Screenshots at 1400 and 390 px go to ``test-artifacts/screenshots/``.  Debian chromium only."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from geowire.settings import Settings
from geowire.store.db import open_store

from .conftest import TOKEN, build_store, serving

pytestmark = [pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]  # fmt: skip
WIDTHS = (1400, 390)


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from geowire.api import create_app

    db = tmp_path_factory.mktemp("workbench") / "geowire.duckdb"
    store = open_store(db)
    build_store(store)
    with serving(create_app(Settings(db=db), store=store, token=TOKEN)) as base:
        yield base
    store.close()


@contextmanager
def chromium_page() -> Iterator[Any]:
    """A page of Debian's chromium at 1400 px that records script errors in ``page.problems``."""
    if not CHROMIUM.exists():
        pytest.fail("Debian chromium is missing: run `make browser` (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        context = chromium.new_context(viewport={"width": 1400, "height": 900})
        pg = context.new_page()
        pg.problems = []
        pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
        pg.on("console", lambda m: pg.problems.append(m.text) if m.type == "error" else None)
        yield pg
        context.close()
        chromium.close()


@pytest.fixture(scope="module")
def page(url: str) -> Iterator[Any]:
    with chromium_page() as pg:
        yield pg


def _shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _overflow(page: Any) -> int:
    return int(page.evaluate("document.documentElement.scrollWidth - window.innerWidth"))


@pytest.mark.parametrize("width", WIDTHS)
def test_browser_timeline_bins_panels_and_fit(page: Any, url: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(url + "/dyads/RUS/VEN?by=month", wait_until="load")
    page.wait_for_selector("#timeline[data-ready]", state="attached")
    bins = page.locator("#timeline rect.bin-hit")
    # the hand-built store has RUS–VEN occurrences in March and June 2025: four months, two empty
    assert [bins.nth(i).get_attribute("data-start") for i in range(bins.count())] == [
        "2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01"]  # fmt: skip
    assert page.locator("#timeline .panel-title").all_text_contents() == [
        "occurrences: cooperation / conflict", "PLOVER score sum"]  # fmt: skip
    size = page.evaluate("getComputedStyle(document.querySelector('#timeline .axis text')).fontSize")
    box = page.locator("#timeline").bounding_box()
    view = page.locator("#timeline").get_attribute("viewBox").split()
    assert abs(float(view[2]) - box["width"]) < 2 and size == "12px"  # drawn at its size: text stays 12 px
    assert _overflow(page) <= 0
    _shot(page, f"workbench-dyad-RUS-VEN-{width}")
    page.goto(url + "/actors/RUS", wait_until="load")
    page.wait_for_selector("#timeline[data-ready]", state="attached")
    assert page.locator("#timeline rect.bin-hit").count() == 1  # 2025, by year
    assert _overflow(page) <= 0
    _shot(page, f"workbench-actor-RUS-{width}")
    assert not page.problems, page.problems


def test_browser_flow_search_actor_dyad_bin_event_correct_counts_change(page: Any, url: str) -> None:
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(url + "/", wait_until="load")
    page.fill("#site-q", "venezuela")  # the header search box, on every page
    page.wait_for_selector("#actor-suggestions option[value=VEN]", state="attached")
    with page.expect_navigation():
        page.press("#site-q", "Enter")
    _shot(page, "workbench-flow-search")
    with page.expect_navigation():
        page.locator('#search-actors a.actor-hit[href="/actors/VEN"]').click()
    assert page.url.endswith("/actors/VEN")
    with page.expect_navigation():
        page.locator('.profile-partners a[href="/dyads/VEN/RUS"]').click()
    page.wait_for_selector("#timeline[data-ready]", state="attached")
    before = page.evaluate("fetch('/api/dyads/RUS/VEN?by=year').then(r => r.json()).then(d => d.total)")
    page.locator('#timeline rect.bin-hit[data-start="2025-06-01"]').click()
    link = page.locator("#bin-events ul.bin-event-list a", has_text="SUPPORT")
    assert link.count() == 1
    _shot(page, "workbench-flow-bin")
    with page.expect_navigation():
        link.click()
    assert "/events/ev" in page.url
    page.fill("#correct-form input[name=token]", TOKEN)
    page.fill("#correct-form input[name=who]", "ana")
    page.select_option("#correct-form select[name=category]", "ACCUSE")
    page.fill("#correct-form input[name=note]", "sarcastic thanks")
    with page.expect_navigation():
        page.click("#correct-form button[type=submit]")
    assert page.locator("#correction-history").inner_text().count("ana") == 1
    assert "ACCUSE" in page.locator("h1").inner_text()
    _shot(page, "workbench-flow-corrected")
    after = page.evaluate("fetch('/api/dyads/RUS/VEN?by=year').then(r => r.json()).then(d => d.total)")
    assert (after["cooperation"], after["conflict"]) == (before["cooperation"] - 1, before["conflict"] + 1)
    assert not page.problems, page.problems


def test_browser_skip_link_and_unknown_actor(page: Any, url: str) -> None:
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto(url + "/events", wait_until="load")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    assert page.goto(url + "/actors/XXX").status == 404
    page.problems.clear()  # the 404 itself
