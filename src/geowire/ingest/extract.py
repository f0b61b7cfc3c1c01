"""HTML → article text with trafilatura (boilerplate removed) plus title, date and outlet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from geowire.ingest.items import ItemError
from geowire.ingest.metadata import parse_date
from geowire.lang.pack import LanguagePack
from geowire.types import Reason

MIN_ARTICLE_WORDS = 15  # less than this after boilerplate removal is a menu or a form, not an article
# Dates from the page's metadata and markup only: no guessing from copyright lines or free text.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True)
class Extracted:
    """The article of a page: one paragraph per line of ``text``."""

    text: str
    title: str | None
    published: dt.date | None
    outlet: str | None


def extract_article(html: str, *, lang: LanguagePack, url: str | None = None) -> Extracted:
    """The main text and metadata of ``html``; :class:`ItemError` (no-article) when there is none."""
    # imported on the first page: trafilatura and lxml cost ~0.1 CPU-s, which an ingest of text
    # files never needs
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=DATE_PARAMS,
        )
    except (ValueError, TypeError) as e:  # trafilatura raises on some malformed input
        raise ItemError(Reason.NO_ARTICLE, f"HTML does not parse: {e}") from e
    meta: dict[str, Any] = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    text = str(meta.get("text") or "").strip()
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise ItemError(Reason.NO_ARTICLE, "no article text found in the HTML")
    outlet = meta.get("sitename") or meta.get("hostname") or (urlsplit(url).hostname if url else None)
    return Extracted(
        text=text,
        title=meta.get("title") or None,
        published=parse_date(meta.get("date"), lang=lang),
        outlet=outlet or None,
    )
