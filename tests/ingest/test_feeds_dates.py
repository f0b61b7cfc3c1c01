"""A feed entry whose parsed time is not a real day gives no date, not an exception (issue 14)."""

from __future__ import annotations

import datetime as dt
import time

from geowire.ingest.feeds import _feed_date, parse_feed


def test_feeds_impossible_entry_time_is_no_date() -> None:
    assert _feed_date(time.struct_time((0, 2, 30, 0, 0, 0, 0, 1, 0))) is None
    assert _feed_date(None) is None
    assert _feed_date(time.struct_time((2024, 2, 29, 9, 0, 0, 3, 60, 0))) == dt.date(2024, 2, 29)


def test_feeds_entry_with_odd_date_still_parses() -> None:
    rss = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
        b"<item><title>A</title><link>https://wire.example/a</link>"
        b"<pubDate>Mon, 00 Jan 0000 99:99:99 GMT</pubDate></item></channel></rss>"
    )
    (entry,) = parse_feed(rss)
    assert entry.link == "https://wire.example/a"
