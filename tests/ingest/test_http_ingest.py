"""URL and RSS/Atom feed ingestion against a local HTTP server on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from geowire.ingest import ingest_sources
from geowire.settings import Settings
from geowire.store import Store
from geowire.store import documents as store_docs

from .conftest import DISPATCH_B, LocalServer, html_page, long_dispatch

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire world</title>
<link>{base}/</link><description>World news</description>
<item><title>Talks one</title><link>{base}/one</link><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate></item>
<item><title>Talks two</title><link>{base}/two</link><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/gone</link></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Test Wire atom</title><id>urn:test:feed</id><updated>2025-04-01T00:00:00Z</updated>
<entry><title>Atom talks</title><id>urn:test:1</id><link href="{base}/three"/>
<updated>2025-04-01T08:00:00Z</updated></entry></feed>"""


def private_ok(settings: Settings) -> Settings:
    return settings.with_overrides(allow_private=True, fetch_timeout=2.0)


def test_http_article_url_is_extracted_with_metadata(
    store: Store, settings: Settings, http_server: LocalServer
) -> None:
    url = http_server.add(
        "/story", html_page("Grid pledge", DISPATCH_B.split("\n\n", 1)[1] + "\n\n" + long_dispatch(1))
    )
    report = ingest_sources(store, private_ok(settings), [url])
    assert report.stored == 1, [r.line() for r in report.items]
    row = store_docs.list_documents(store)[0]
    assert (row["url"], row["title"], row["outlet"], row["published"], row["published_source"]) == (
        url,
        "Grid pledge",
        "Test Wire",
        dt.date(2025, 5, 7),
        "metadata",
    )
    assert http_server.requests[0][1]["User-Agent"] == settings.user_agent


def test_http_plain_text_url_and_redirect(store: Store, settings: Settings, http_server: LocalServer) -> None:
    target = http_server.add("/plain.txt", long_dispatch(2), content_type="text/plain; charset=utf-8")
    start = http_server.add("/moved", "", status=301, headers={"Location": "/plain.txt"})
    report = ingest_sources(store, private_ok(settings), [start])
    assert report.stored == 1
    assert store_docs.list_documents(store)[0]["url"] == target


def test_http_rss_feed_items_are_fetched_and_extracted(
    store: Store, settings: Settings, http_server: LocalServer
) -> None:
    http_server.add("/one", html_page("Talks one", long_dispatch(3), published=None))
    http_server.add("/two", html_page("Talks two", long_dispatch(4), published="2025-03-05"))
    feed = http_server.add("/rss", RSS.format(base=http_server.base), content_type="application/rss+xml")
    report = ingest_sources(store, private_ok(settings), [feed])
    assert (report.stored, report.failed) == (2, 1)
    failed = [r for r in report.items if r.outcome == "failed"][0]
    assert (failed.source, failed.reason, failed.detail) == (
        http_server.url("/gone"),
        "http-status",
        "HTTP 404",
    )
    rows = {r["url"]: r for r in store_docs.list_documents(store)}
    assert rows[http_server.url("/one")]["published"] == dt.date(2025, 3, 3)  # from the feed item
    assert rows[http_server.url("/two")]["published"] == dt.date(2025, 3, 5)  # from the page itself
    assert ingest_sources(store, private_ok(settings), [feed]).new == 0


def test_http_atom_feed_from_feeds_file(
    tmp_path: Path, store: Store, settings: Settings, http_server: LocalServer
) -> None:
    http_server.add("/three", html_page("Atom talks", long_dispatch(5), published=None))
    feed = http_server.add("/atom", ATOM.format(base=http_server.base), content_type="application/atom+xml")
    feeds_file = tmp_path / "feeds.txt"
    feeds_file.write_text(f"# my feeds\n\n{feed}\n")
    report = ingest_sources(store, private_ok(settings), [], feeds_file=feeds_file)
    assert report.stored == 1
    row = store_docs.list_documents(store)[0]
    assert (row["title"], row["published"]) == ("Atom talks", dt.date(2025, 4, 1))


def test_http_feed_that_does_not_parse_is_bad_feed(
    tmp_path: Path, store: Store, settings: Settings, http_server: LocalServer
) -> None:
    not_feed = http_server.add("/page", html_page("A page", long_dispatch(6)))
    garbage = http_server.add("/broken.xml", "<rss><channel><item>", content_type="application/rss+xml")
    feeds_file = tmp_path / "feeds.txt"
    feeds_file.write_text(f"{not_feed}\n{garbage}\n")
    report = ingest_sources(store, private_ok(settings), [], feeds_file=feeds_file)
    assert [(r.source, r.reason) for r in report.items] == [(not_feed, "bad-feed"), (garbage, "bad-feed")]


def test_http_loopback_refused_without_allow_private(
    store: Store, settings: Settings, http_server: LocalServer
) -> None:
    url = http_server.add("/story", html_page("Grid pledge", long_dispatch(7)))
    report = ingest_sources(store, settings, [url, "ftp://127.0.0.1/file.txt"])
    assert [r.reason for r in report.items] == ["unsafe-url", "unsafe-url"]
    assert "allow-private" in (report.items[0].detail or "")
    assert http_server.requests == []  # nothing was sent


def test_http_unreachable_timeout_and_status(
    store: Store, settings: Settings, http_server: LocalServer
) -> None:
    slow = http_server.add("/slow", html_page("Late", long_dispatch(8)), delay=1.5)
    error = http_server.add("/error", "boom", status=500)
    quick = settings.with_overrides(allow_private=True, fetch_timeout=0.3)
    report = ingest_sources(store, quick, ["http://127.0.0.1:9/closed", slow, error])
    assert [r.reason for r in report.items] == ["unreachable", "timeout", "http-status"]
    assert report.items[2].detail == "HTTP 500"


def test_http_feed_item_without_link_uses_its_content(
    store: Store, settings: Settings, http_server: LocalServer
) -> None:
    paras = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in long_dispatch(13).split("\n\n"))
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>http://x/</link>'
        f"<description>d</description><item><title>Inline talks</title><description>{paras}"
        "</description><pubDate>Wed, 05 Mar 2025 10:00:00 GMT</pubDate></item></channel></rss>"
    )
    feed = http_server.add("/inline", rss, content_type="text/xml")
    report = ingest_sources(store, private_ok(settings), [feed])
    assert report.stored == 1, [r.line() for r in report.items]
    row = store_docs.list_documents(store)[0]
    assert (row["title"], row["published"]) == ("Inline talks", dt.date(2025, 3, 5))
