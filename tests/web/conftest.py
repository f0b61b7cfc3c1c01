"""Fixtures for the API/UI tests: a store built by hand through the store's own write functions.

The articles are written for these tests; one of them is hostile (a ``<script>`` element,
event-handler attributes and ``javascript:`` links in its title, URL and text) so the tests can
show that it stays inert everywhere it is shown.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():  # starlette warns at import that it prefers httpx2 to httpx
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from geowire.api import create_app
from geowire.ingest.dedup import content_hash, document_id
from geowire.model.build import rebuild_model
from geowire.settings import Settings
from geowire.store import annotations as store_annotations
from geowire.store import documents as store_documents
from geowire.store import events as store_events
from geowire.store.db import Store, open_store
from geowire.types import (
    QUAD_CLASS,
    ActorMention,
    DocAnalysis,
    DocStatus,
    Document,
    Event,
    EventActor,
    Sentence,
    Span,
)  # fmt: skip

TOKEN = "test-token-5f1c"

HOSTILE_TITLE = "<script>window.__pwned = 1; alert('title')</script> Moscow warns Washington"
HOSTILE_TEXT = (
    "<script>window.__pwned = 2; alert('body')</script>\n\n"
    'Russia warned the United States on Monday <img src=x onerror="window.__pwned = 3; alert(3)"> '
    "that any strike would be a grave mistake.\n\n"
    '<a href="javascript:alert(4)" onclick="window.__pwned = 4">Read more</a> '
    "Venezuela thanked Russia for its support."
)
# The same attack as a file to ingest: front-matter title and URL, raw tags in the body.
HOSTILE_FILE = (
    "---\n"
    'title: "<script>window.__pwned = 6</script><img src=x onerror=alert(6)> Kremlin note"\n'
    "url: javascript:alert(7)\n"
    "outlet: <b onclick=alert(8)>Desk</b>\n"
    "published: 2025-09-01\n"
    "---\n"
    "MOSCOW, 1 September 2025 — Russia <script>window.__pwned = 9</script> criticised the United States "
    'on Monday <img src=x onerror="window.__pwned = 10"> over new sanctions on Venezuela.\n\n'
    '<a href="javascript:window.__pwned = 11" onclick="window.__pwned = 12">Full statement</a> '
    "Venezuela thanked Russia for its support.\n"
)
CALM_TITLE = "Caracas and Moscow sign an energy accord"
CALM_TEXT = (
    "CARACAS, 3 March 2025 — Venezuela signed an energy agreement with Russia in Caracas on Monday.\n\n"
    "The United States criticised Venezuela over the accord."
)


def _doc(text: str, *, title: str, url: str | None, published: dt.date) -> Document:
    digest = content_hash(text)
    return Document(
        id=document_id(digest),
        content_hash=digest,
        text=text,
        title=title,
        outlet="Test Desk",
        url=url,
        published=published,
        published_source="metadata",
        language="en",
        status=DocStatus.PROCESSED,
    )


def _actor(text: str, doc_text: str, code: str, *, after: int = 0, sector: str | None = "GOV") -> EventActor:
    start = doc_text.index(text, after)
    return EventActor(
        code=code, sector=sector, entity_text=text, wikidata=None, start=start, end=start + len(text)
    )


def _event(
    n: int,
    doc: Document,
    sentence: Sentence,
    category: str,
    trigger: str,
    actors: tuple[EventActor, ...],
    recipients: tuple[EventActor, ...],
    *,
    modality: str = "asserted",
    location: str | None = None,
    location_code: str | None = None,
) -> Event:
    t0 = doc.text.index(trigger, sentence.start)
    return Event(
        id=f"ev{n:016x}",
        doc_id=doc.id,
        sentence_index=sentence.index,
        sentence=sentence.text,
        sentence_start=sentence.start,
        category=category,
        trigger=Span(t0, t0 + len(trigger), trigger),
        actors=actors,
        recipients=recipients,
        date=doc.published,
        date_precision="day",
        date_source="publication",
        location=location,
        location_code=location_code,
        quad_class=QUAD_CLASS[category],
        score=1.0 if QUAD_CLASS[category] <= 2 else -5.0,
        modality=modality,
        confidence=0.8,
        rule=f"test-rule-{category.lower()}",  # type: ignore[arg-type]
    )


def _sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for i, part in enumerate(p for p in text.split("\n\n")):
        begin = text.index(part, start)
        out.append(Sentence(index=i, start=begin, end=begin + len(part), text=part))
        start = begin + len(part)
    return tuple(out)


def _mentions(doc: Document, actors: list[EventActor]) -> tuple[ActorMention, ...]:
    return tuple(
        ActorMention(
            start=a.start,
            end=a.end,
            text=a.entity_text,
            kind="country",
            code=a.code,
            sector=a.sector,
            how="test",
        )
        for a in actors
    )


def build_store(store: Store) -> dict[str, str]:
    """Two hand-coded documents (one hostile) with sentences, mentions and events, and the model
    rebuilt over them; returns their ids."""
    hostile = _doc(
        HOSTILE_TEXT, title=HOSTILE_TITLE, url="javascript:alert(5)", published=dt.date(2025, 6, 2)
    )
    calm = _doc(
        CALM_TEXT,
        title=CALM_TITLE,
        url="https://example.org/geowire-test/accord",
        published=dt.date(2025, 3, 3),
    )
    hs, cs = _sentences(hostile.text), _sentences(calm.text)
    rus = _actor("Russia", hostile.text, "RUS")
    usa = _actor("the United States", hostile.text, "USA")
    ven = _actor("Venezuela", hostile.text, "VEN", after=hs[2].start)
    rus2 = _actor("Russia", hostile.text, "RUS", after=hs[2].start)
    h_events = (
        _event(1, hostile, hs[1], "THREATEN", "warned", (rus,), (usa,), modality="asserted"),
        _event(2, hostile, hs[2], "SUPPORT", "thanked", (ven,), (rus2,)),
    )
    c_ven = _actor("Venezuela", calm.text, "VEN")
    c_rus = _actor("Russia", calm.text, "RUS")
    c_usa = _actor("The United States", calm.text, "USA")
    c_ven2 = _actor("Venezuela", calm.text, "VEN", after=cs[1].start)
    c_events = (
        _event(
            3, calm, cs[0], "AGREE", "signed", (c_ven,), (c_rus,), location="Caracas", location_code="VEN"
        ),
        _event(4, calm, cs[1], "ACCUSE", "criticised", (c_usa,), (c_ven2,), modality="hypothetical"),
    )
    with store.transaction() as con:
        for doc, sents, evs, ments in (
            (hostile, hs, h_events, [rus, usa, ven, rus2]),
            (calm, cs, c_events, [c_ven, c_rus, c_usa, c_ven2]),
        ):
            store_documents.insert_document(con, doc, n_words=len(doc.text.split()), minhash=None)
            analysis = DocAnalysis(
                doc_id=doc.id,
                blocks=(),
                sentences=sents,
                mentions=_mentions(doc, ments),
                dates=(),
                quantities=(),
                events=evs,
            )
            store_annotations.replace(con, [analysis])
            store_events.replace(con, [analysis])
    rebuild_model(store)
    return {"hostile": hostile.id, "calm": calm.id}


@pytest.fixture(scope="module")
def hand_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, str]]]:
    """One hand-built store per test module, for tests that only read."""
    store = open_store(tmp_path_factory.mktemp("web") / "web.duckdb")
    ids = build_store(store)
    yield store, ids
    store.close()


@pytest.fixture
def writable_store(tmp_path: Path) -> Iterator[Store]:
    """A fresh hand-built store for a test that writes (ingest)."""
    store = open_store(tmp_path / "web.duckdb")
    build_store(store)
    yield store
    store.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=tmp_path / "web.duckdb")


@pytest.fixture(scope="module")
def client(hand_store: tuple[Store, dict[str, str]]) -> Iterator[TestClient]:
    """A read-only app (no token) over the module's hand-built store."""
    store, _ = hand_store
    app = create_app(Settings(db=store.path or ":memory:"), store=store)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def token_client(writable_store: Store, settings: Settings) -> Iterator[TestClient]:
    app = create_app(settings, store=writable_store, token=TOKEN, max_body_bytes=200_000)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def ids(hand_store: tuple[Store, dict[str, str]]) -> dict[str, str]:
    return hand_store[1]


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """``app`` served by uvicorn in a thread on a free local port, for the browser tests: its URL."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    srv = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)
