"""A small store built by hand for the CLI tests: one wire item, its mentions and four events, two
of them learned-stage readings below the default view's confidence floor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geowire.ingest.dedup import content_hash, document_id
from geowire.model.build import rebuild_model
from geowire.store import annotations as store_annotations
from geowire.store import documents as store_documents
from geowire.store import events as store_events
from geowire.store.db import open_store
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
)

TEXT = (
    "Chile signed a fisheries accord with Peru on Tuesday.\n\n"
    "Peru thanked Chile for the talks, and Chile praised Peru."
)
LOW = 0.3  # under any floor the decider artefact chooses


def _actor(code: str, at: int) -> EventActor:
    name = {"CHL": "Chile", "PER": "Peru"}[code]
    start = TEXT.index(name, at)
    return EventActor(
        code=code, sector=None, entity_text=name, wikidata=None, start=start, end=start + len(name)
    )


def _event(n: int, sent: Sentence, category: str, trigger: str, a: str, b: str, confidence: float) -> Event:
    t0 = TEXT.index(trigger, sent.start)
    return Event(
        id=f"ev{n:016x}",
        doc_id=document_id(content_hash(TEXT)),
        sentence_index=sent.index,
        sentence=sent.text,
        sentence_start=sent.start,
        category=category,
        trigger=Span(t0, t0 + len(trigger), trigger),
        actors=(_actor(a, sent.start),),
        recipients=(_actor(b, sent.start),),
        date=dt.date(2025, 4, 1),
        date_precision="day",
        date_source="publication",
        quad_class=QUAD_CLASS[category],
        score=1.0,
        confidence=confidence,
        rule=f"test-{category.lower()}>{store_events.LEARNED_RULE_MARK}",  # type: ignore[arg-type]
    )


def build(path: Path) -> Path:
    """The store at ``path``: one document, two sentences, four events (two below the floor)."""
    digest = content_hash(TEXT)
    doc = Document(
        id=document_id(digest), content_hash=digest, url=None, title=None, outlet=None,
        published=dt.date(2025, 4, 1), published_source="metadata", language="en", text=TEXT,
        status=DocStatus.PROCESSED,
    )  # fmt: skip
    second = TEXT.index("Peru thanked")
    sents = (Sentence(0, 0, second - 2, TEXT[: second - 2]), Sentence(1, second, len(TEXT), TEXT[second:]))
    events = (
        _event(1, sents[0], "AGREE", "signed", "CHL", "PER", 0.9),
        _event(2, sents[1], "SUPPORT", "thanked", "PER", "CHL", 0.9),
        _event(3, sents[1], "SUPPORT", "praised", "CHL", "PER", LOW),
        _event(4, sents[0], "CONSULT", "accord", "CHL", "PER", LOW),
    )
    mentions = tuple(
        ActorMention(start=a.start, end=a.end, text=a.entity_text, kind="country", code=a.code, sector=None,
                     how="test")
        for e in events for a in (*e.actors, *e.recipients)
    )  # fmt: skip
    with open_store(path) as store:
        with store.transaction() as con:
            store_documents.insert_document(con, doc, n_words=len(TEXT.split()), minhash=None)
            analysis = DocAnalysis(doc_id=doc.id, blocks=(), sentences=sents, mentions=mentions, dates=(),
                                   quantities=(), events=events)  # fmt: skip
            store_annotations.replace(con, [analysis])
            store_events.replace(con, [analysis])
        rebuild_model(store)
    return path


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("cli") / "cli.duckdb")
