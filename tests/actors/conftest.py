"""Shared fixtures for the actor tests: the shipped and the small hand-written knowledge bases, the
annotator, and the blank-Doc builder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from geowire.actors.kb import KnowledgeBase, load_kb
from geowire.lang import load_language
from geowire.nlp.annotate import Annotator
from geowire.settings import Settings

EN = load_language("en")

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = Path(__file__).parents[2] / ".." / "shared" / "corpus" / "seeds"


@pytest.fixture(scope="session")
def small_kb() -> KnowledgeBase:
    return KnowledgeBase.from_files([FIXTURES / "kb_small.yaml"], lang=EN, shipped=False)


@pytest.fixture(scope="session")
def annotator() -> Annotator:
    """The pinned spaCy model behind the annotator, loaded once for every actor test that parses."""
    return Annotator(Settings(), EN)


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The shipped knowledge base (a test file with a hand-written ``kb`` of its own overrides it)."""
    return load_kb(Settings(), EN)


@pytest.fixture(scope="session")
def blank_nlp() -> spacy.language.Language:
    return spacy.blank("en")


@pytest.fixture
def make_doc(blank_nlp: spacy.language.Language) -> Callable[..., Doc]:
    """A tokenised Doc without a model; ``ents`` = [(text, label)] marked at their first occurrence."""

    def build(text: str, ents: list[tuple[str, str]] = ()) -> Doc:  # type: ignore[assignment]
        doc = blank_nlp.make_doc(text)
        spans = []
        for ent_text, label in ents:
            start = text.index(ent_text)
            span = doc.char_span(start, start + len(ent_text), label=label)
            assert span is not None, ent_text
            spans.append(span)
        doc.ents = spans
        return doc

    return build


JAN_6 = dt.date(2026, 1, 6)
