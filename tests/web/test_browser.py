"""Browser tests: Debian's chromium, driven by Playwright, on a store built by the real pipeline
from the seeds (../shared/corpus/seeds) and the bundled examples, plus the hostile test articles.

Every page is loaded and screenshotted under ``test-artifacts/screenshots/``; any console error,
page error or dialog fails the suite.  Needs ``/usr/bin/chromium`` (``make browser`` installs it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from geowire.settings import Settings
from geowire.store.db import Store, open_store

from .conftest import HOSTILE_FILE, build_store, serving

pytestmark = [pytest.mark.browser, pytest.mark.model]

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
EXAMPLES = ROOT / "examples"
SHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


def _build(db: Path) -> dict[str, str]:
    """Ingest and code the seeds and examples like ``geowire ingest``, then add the hostile articles."""
    from geowire.ingest import ingest_sources
    from geowire.pipeline import process_pending

    settings = Settings(db=db)
    hostile_dir = db.parent / "hostile"
    hostile_dir.mkdir()
    (hostile_dir / "hostile-upload.md").write_text(HOSTILE_FILE, encoding="utf-8")
    store = open_store(db)
    try:
        report = ingest_sources(store, settings, [str(SEEDS), str(EXAMPLES), str(hostile_dir)])
        assert report.failed == 0, [i.line() for i in report.items if i.outcome == "failed"]
        process_pending(store, settings)
        ids = build_store(store)  # adds the hostile articles and rebuilds the model
        rows = store.query("SELECT id, path FROM documents")
        ids.update({Path(r["path"]).stem: r["id"] for r in rows if r["path"]})
    finally:
        store.close()
    return ids


@dataclass
class Server:
    url: str
    ids: dict[str, str]
    store: Store


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    from geowire.api import create_app

    db = tmp_path_factory.mktemp("browser") / "geowire.duckdb"
    ids = _build(db)
    store = open_store(db)
    with serving(create_app(Settings(db=db), store=store)) as base:
        yield Server(base, ids, store)
    store.close()


# Pages drawn by JS after load: wait for what they draw before checking or screenshotting.
WAIT_FOR = {
    "network": ("#network a.node",),
    "map": ("#map path.land",),
    "VEN": ("#timeline rect.bin-hit",),
    "RUS": ("#timeline[data-ready]",),
}


@dataclass
class Browser:
    page: Any
    problems: list[str] = field(default_factory=list)

    def visit(self, url: str, shot: str | None = None) -> Any:
        response = self.page.goto(url, wait_until="load")
        for selector in WAIT_FOR.get(url.split("?")[0].rsplit("/", 1)[-1], ()):
            self.page.wait_for_selector(selector, state="attached")
        assert response is not None and response.status == 200, f"{url}: {response and response.status}"
        if shot:
            self.shot(shot)
        return response

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.fixture(scope="module")
def browser(server: Server) -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail("Debian chromium is missing: run `make browser` (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        context = chromium.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        b = Browser(page)
        page.on(
            "console",
            lambda m: b.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
        )
        page.on("pageerror", lambda e: b.problems.append(f"page error: {e}"))
        page.on(
            "response", lambda r: b.problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None
        )

        def on_dialog(dialog: Any) -> None:
            b.problems.append(f"dialog: {dialog.message}")
            dialog.dismiss()

        page.on("dialog", on_dialog)
        yield b
        context.close()
        chromium.close()


@pytest.fixture(autouse=True)
def no_browser_problems(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "browser" in request.fixturenames:
        b: Browser = request.getfixturevalue("browser")
        problems, b.problems[:] = list(b.problems), []
        assert not problems, problems


PAGES = [
    ("/", "overview"), ("/network", "network"), ("/dyads", "dyads"), ("/dyads/RUS/VEN", "dyad-RUS-VEN"),
    ("/actors", "actors"), ("/actors/RUS", "actor-RUS"), ("/events", "events"),
    ("/events?actor=RUS&limit=5&modality=asserted", "events-filtered"),
    ("/documents", "documents"), ("/agreements", "agreements"), ("/transfers", "transfers"),
    ("/deployments", "deployments"), ("/statements", "statements"), ("/contradictions", "contradictions"),
    ("/stance", "stance"), ("/map", "map"), ("/ingest", "ingest-read-only"), ("/docs", "api-docs"),
]  # fmt: skip


def test_browser_every_page_loads_without_errors(server: Server, browser: Browser) -> None:
    for path, shot in PAGES:
        browser.visit(server.url + path, shot)
        assert browser.page.locator("main h1").count() == 1, path


def test_browser_bad_filter_shows_the_error_page(server: Server, browser: Browser) -> None:
    browser.page.goto(server.url + "/events?type=SUPPLY")  # not a PLOVER category
    assert browser.page.locator("#error").get_attribute("data-code") == "invalid-request"
    refused = [p for p in browser.problems if "422" in p or "SUPPLY" in p]  # the refused request itself
    assert refused and len(refused) == len(browser.problems), browser.problems
    browser.problems.clear()


def test_browser_pages_show_real_data(server: Server, browser: Browser) -> None:
    browser.visit(server.url + "/documents")
    assert browser.page.locator("#documents a.doc-link").count() >= 15
    browser.visit(server.url + "/events")
    assert browser.page.locator("tr.event-row").count() >= 20
    browser.visit(server.url + "/map")
    assert browser.page.locator("#map circle.place").count() >= 1
    assert browser.page.locator("#map path.land").count() >= 5


def test_browser_compare_two_seed_documents(server: Server, browser: Browser) -> None:
    a, b = server.ids["002_88ecee838c30f0fd"], server.ids["004_17a16a7172850673"]
    browser.visit(f"{server.url}/compare", None)
    browser.page.select_option("#compare-a", a)
    browser.page.select_option("#compare-b", b)
    browser.page.click("#compare-form button[type=submit]")
    browser.page.wait_for_load_state("load")
    assert "a=" + a in browser.page.url
    assert browser.page.locator("#comparison").count() == 1
    browser.shot("compare-002-004")


def test_browser_network_to_dyad_to_event_to_evidence(server: Server, browser: Browser) -> None:
    page = browser.page
    browser.visit(server.url + "/network")
    page.wait_for_selector("#network a.edge-link line", state="attached")
    assert page.locator("#network a.node").count() >= 3
    browser.shot("network")
    edge = page.locator(
        '#network a.edge-link[href="/dyads/RUS/VEN"], #network a.edge-link[href="/dyads/VEN/RUS"]'
    )
    if edge.count() == 0:
        edge = page.locator("#network a.edge-link")
    with page.expect_navigation():
        edge.first.dispatch_event("click")
    assert re.search(r"/dyads/[A-Z]{3}/[A-Z]{3}$", page.url), page.url
    page.wait_for_selector("#timeline rect.bin-hit", state="attached")
    browser.shot("dyad-from-network")
    with page.expect_navigation():
        page.locator("#dyad-events a.evidence-link").first.click()
    assert "/events/ev" in page.url
    spans = {
        role: page.locator(f"#evidence mark.span-{role}").all_inner_texts()
        for role in ("actor", "trigger", "recipient")
    }
    assert spans["trigger"] and spans["actor"], spans
    record = page.evaluate("fetch(location.pathname + '?format=json').then(r => r.json())")
    assert record["event"]["evidence"]["trigger"]["text"] in spans["trigger"]
    assert {a["text"] for a in record["event"]["evidence"]["actor_spans"]} >= set(spans["actor"])
    assert page.locator("#modality").inner_text() == record["evidence"]["modality"]
    browser.shot("evidence-from-dyad")


def test_browser_time_range_redraws_the_network(server: Server, browser: Browser) -> None:
    from playwright.sync_api import expect

    page = browser.page
    browser.visit(server.url + "/network")
    page.wait_for_selector("#network a.node")
    before = page.locator("#network a.node").count()
    page.fill("#since", "2099-01-01")
    page.dispatch_event("#since", "change")
    expect(page.locator("#network a.node")).to_have_count(0)  # page functions would need CSP 'unsafe-eval'
    assert page.locator("#network text").all_text_contents() == ["No actors in this range."]
    assert "since=2099-01-01" in page.url and before > 0


def test_browser_hostile_article_stays_inert(server: Server, browser: Browser) -> None:
    page = browser.page
    ingested = server.ids["hostile-upload"]
    ingested_events = server.store.query("SELECT id FROM events WHERE doc_id = ? ORDER BY id", [ingested])
    assert ingested_events, "the ingested hostile article was coded"
    paths = [f"/documents/{server.ids['hostile']}", f"/events/ev{1:016x}", "/documents", "/events",
             f"/documents/{ingested}", f"/events/{ingested_events[0]['id']}", "/"]  # fmt: skip
    for path in paths:
        browser.visit(server.url + path, "hostile-evidence" if path.startswith("/events/ev") else None)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        srcs = page.eval_on_selector_all("script", "els => els.map(e => e.getAttribute('src'))")
        assert all(s and s.startswith("/static/") for s in srcs), srcs
        assert page.locator("img").count() == 0
        assert page.locator("[onerror], [onclick]").count() == 0
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
        assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")]
    page.goto(server.url + f"/events/ev{1:016x}")
    assert page.locator("#evidence").inner_text().startswith("<script>window.__pwned = 2")
    assert page.locator("#evidence mark.span-trigger").all_inner_texts() == ["warned"]
    assert page.locator("#evidence mark.span-recipient").all_inner_texts() == ["the United States"]
