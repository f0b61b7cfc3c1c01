"""RSS/Atom feeds (feedparser) and fetched URLs: a feed yields one article per item, each item's
page fetched and extracted; a page yields its article; plain text is taken as it is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import feedparser

from geowire.errors import ConfigError, FetchError
from geowire.ingest.fetch import Fetched, Fetcher
from geowire.ingest.items import Failure, ItemError, RawItem
from geowire.ingest.readers import decode_bytes, read_html, read_text
from geowire.lang.pack import LanguagePack
from geowire.types import Reason

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")
XML_TYPES = ("application/xml", "text/xml")
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:RDF")


@dataclass(frozen=True)
class FeedEntry:
    link: str | None
    title: str | None
    published: dt.date | None
    html: str | None  # the entry's own content or summary


def read_feeds_file(path: Path) -> list[str]:
    """Feed URLs from a file: one a line; blank lines and ``#`` comments ignored."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read feeds file {path}: {getattr(e, 'strerror', None) or e}") from e
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def is_feed(fetched: Fetched) -> bool:
    """An RSS/Atom media type, or XML whose root is a feed."""
    if fetched.content_type in FEED_TYPES:
        return True
    head = fetched.body[:2048].lstrip()
    sniffable = fetched.content_type in XML_TYPES or fetched.content_type in ("", "text/plain")
    return sniffable and any(marker in head for marker in FEED_MARKERS)


def parse_feed(body: bytes) -> list[FeedEntry]:
    """The entries of an RSS/Atom document; :class:`ItemError` (bad-feed) when it is not one."""
    parsed = feedparser.parse(body)  # bytes: feedparser never fetches anything itself
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    entries = [_entry(e) for e in parsed.entries]
    usable = [e for e in entries if e.link or e.html]
    # Like feed readers, accept a slightly malformed feed that still yields articles.
    if not parsed.get("version") or (problem is not None and not usable):
        detail = f"not an RSS/Atom feed: {problem}" if problem else "not an RSS/Atom feed"
        raise ItemError(Reason.BAD_FEED, str(detail).splitlines()[0])
    return entries


def _entry(entry: feedparser.FeedParserDict) -> FeedEntry:
    when = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")  # no key aliasing
    content = entry.get("content")
    html = content[0].get("value") if content else entry.get("summary")
    return FeedEntry(
        link=entry.get("link") or None,
        title=entry.get("title") or None,
        published=_feed_date(when),
        html=html or None,
    )


def _feed_date(when: object) -> dt.date | None:
    """The day of a feed entry's parsed time; None when absent or not a real date."""
    try:
        return dt.date(when.tm_year, when.tm_mon, when.tm_mday) if when else None  # type: ignore[attr-defined]
    except (ValueError, TypeError, OverflowError):
        return None


def read_url(
    fetcher: Fetcher, url: str, *, lang: LanguagePack, feed: bool = False
) -> Iterator[RawItem | Failure]:
    """Fetch ``url`` and yield its article, or each article of the feed it is."""
    try:
        fetched = fetcher.get(url)
    except FetchError as e:
        yield Failure(url, _reason(e), str(e))
        return
    if feed or is_feed(fetched):
        yield from _read_feed(fetcher, url, fetched, lang)
        return
    try:
        yield _read_page(fetched, source=url, lang=lang)
    except ItemError as e:
        yield Failure(url, e.reason, e.detail)


def _read_page(fetched: Fetched, *, source: str, lang: LanguagePack) -> RawItem:
    text = decode_bytes(fetched.body, hint=fetched.charset)
    if fetched.content_type in HTML_TYPES or (not fetched.content_type and "<html" in text[:2048].lower()):
        return read_html(text, source=source, url=fetched.url, lang=lang)
    if fetched.content_type in ("text/plain", "text/markdown", ""):
        item = read_text(text, source=source, lang=lang)
        return RawItem(**{**item.__dict__, "url": item.url or fetched.url})
    raise ItemError(Reason.UNSUPPORTED, f"content type {fetched.content_type} is not an article")


def _read_feed(
    fetcher: Fetcher, url: str, fetched: Fetched, lang: LanguagePack
) -> Iterator[RawItem | Failure]:
    try:
        entries = parse_feed(fetched.body)
    except ItemError as e:
        yield Failure(url, e.reason, e.detail)
        return
    for n, entry in enumerate(entries, start=1):
        yield _read_entry(fetcher, entry, source=entry.link or f"{url}#{n}", lang=lang)


def _read_entry(fetcher: Fetcher, entry: FeedEntry, *, source: str, lang: LanguagePack) -> RawItem | Failure:
    try:
        if entry.link:
            item = _read_page(fetcher.get(entry.link), source=source, lang=lang)
        elif entry.html:
            item = read_html(entry.html, source=source, lang=lang)
        else:
            raise ItemError(Reason.NO_ARTICLE, "feed item has neither a link nor content")
    except FetchError as e:
        return Failure(source, _reason(e), str(e))
    except ItemError as e:
        return Failure(source, e.reason, e.detail)
    return RawItem(
        **{
            **item.__dict__,
            "title": item.title or entry.title,
            "published": item.published or entry.published,
        }
    )


def _reason(e: FetchError) -> Reason:
    try:
        return Reason(e.reason)
    except ValueError:
        return Reason.UNREACHABLE
