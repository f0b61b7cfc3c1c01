"""``geowire watch`` against a local RSS feed that changes between runs: new items are stored and
coded once, old ones are recognised, and failing feeds back off."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geowire.cli import app
from geowire.scale.watch import watch_feeds
from geowire.settings import Settings
from geowire.store.db import open_store

ARTICLES = {
    "/a1": "Chile and Peru signed a fisheries agreement in Santiago on Monday. "
    "Peru praised Chile for its help.",
    "/a2": "Argentina accused Paraguay of blocking river traffic. "
    "Paraguay rejected the accusation on Tuesday.",
    "/a3": "Uruguay sent humanitarian aid to Bolivia after the floods, "
    "the foreign ministry in Montevideo said.",
}


class FeedServer:
    """A loopback HTTP server with pages that tests can change."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, bytes, str]] = {}
        pages = self.pages

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                status, body, ctype = pages.get(self.path, (404, b"not found", "text/plain"))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def publish(self, paths: list[str]) -> None:
        """Serve the articles and an RSS feed listing ``paths``."""
        for path in paths:
            body = f"<h1>Dispatch {path}</h1><p>{ARTICLES[path]}</p>"
            html = f"<html><body><article>{body}</article></body></html>"
            self.pages[path] = (200, html.encode(), "text/html; charset=utf-8")
        items = "".join(
            f"<item><title>Dispatch {p}</title><link>{self.url(p)}</link>"
            f"<pubDate>Mon, 03 Nov 2025 10:00:00 GMT</pubDate></item>"
            for p in paths
        )
        rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
        self.pages["/feed.xml"] = (200, rss.encode(), "application/rss+xml")

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer()
    yield server
    server.close()


def _feeds_file(tmp_path: Path, url: str) -> Path:
    path = tmp_path / "feeds.txt"
    path.write_text(f"# test feed\n{url}\n", encoding="utf-8")
    return path


@pytest.mark.model
def test_watch_feeds_codes_new_items_once(tmp_path, feed_server):
    feed_server.publish(["/a1", "/a2"])
    feeds = _feeds_file(tmp_path, feed_server.url("/feed.xml"))
    settings = Settings(db=tmp_path / "w.duckdb", allow_private=True)
    delays: list[float] = []

    def change_feed(run) -> None:
        if run.run == 1:
            feed_server.publish(["/a1", "/a2", "/a3"])

    with open_store(settings.db) as store:
        runs = watch_feeds(
            store, settings, feeds, every=0.1, max_runs=3, sleep=delays.append, on_run=change_feed
        )
        processed = store.scalar("SELECT count(*) FROM documents WHERE status = 'processed'")
        events_per_doc = store.query("SELECT doc_id, count(*) AS n FROM events GROUP BY doc_id")
    assert [(r.stored, r.existing, r.processed) for r in runs] == [(2, 0, 2), (1, 2, 1), (0, 3, 0)]
    assert all(r.ok for r in runs) and delays == [0.1, 0.1]
    assert processed == 3 and events_per_doc


def test_watch_feeds_backs_off_when_feed_fails(tmp_path, feed_server):
    feeds = _feeds_file(tmp_path, feed_server.url("/missing.xml"))
    settings = Settings(db=tmp_path / "w.duckdb", allow_private=True)
    delays: list[float] = []
    with open_store(settings.db) as store:
        runs = watch_feeds(
            store, settings, feeds, every=0.1, max_runs=5, max_backoff=0.5, sleep=delays.append
        )
    assert [r.ok for r in runs] == [False] * 5 and all(r.failed == 1 for r in runs)
    assert delays == pytest.approx([0.2, 0.4, 0.5, 0.5])


@pytest.mark.model
def test_watch_cli_bounded_runs(tmp_path, feed_server):
    feed_server.publish(["/a1"])
    feeds = _feeds_file(tmp_path, feed_server.url("/feed.xml"))
    db = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(
        app,
        [
            "watch",
            "--feeds",
            str(feeds),
            "--every",
            "0.1s",
            "--max-runs",
            "2",
            "--allow-private",
            "--db",
            str(db),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    runs = json.loads(result.output)
    assert [(r["stored"], r["existing"]) for r in runs] == [(1, 0), (0, 1)]
