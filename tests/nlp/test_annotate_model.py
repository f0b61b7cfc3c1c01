"""The annotator over the real model: document offsets, block-bounded sentences, batching."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geowire.lang import load_language
from geowire.nlp.annotate import BLOCKS_COMPONENT, Annotated, Annotator, VectorAttributeRuler
from geowire.settings import Settings
from geowire.types import DocContext

pytestmark = pytest.mark.model
SEEDS = Path(__file__).parents[2] / ".." / "shared" / "corpus" / "seeds"


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return Annotator(Settings(batch_size=2), load_language("en"))


def test_annotate_component_runs_before_parser(annotator: Annotator) -> None:
    names = annotator.nlp.pipe_names
    assert names.index(BLOCKS_COMPONENT) < names.index("parser")


def test_annotate_attribute_ruler_is_the_vector_one_in_its_place(annotator: Annotator) -> None:
    names = annotator.nlp.pipe_names
    assert isinstance(annotator.nlp.get_pipe("attribute_ruler"), VectorAttributeRuler)
    assert names.index("parser") < names.index("attribute_ruler") < names.index("lemmatizer")


def test_annotate_doc_text_is_document_text(annotator: Annotator) -> None:
    text = "Leaders meet in Rome\n\nApr 2, 2026\n\nThe prime minister arrived. She met the mayor.\n"
    result = annotator.annotate(text)
    assert result.doc.text == text
    assert all(text[t.idx : t.idx + len(t)] == t.text for t in result.doc)
    assert [(s.block, s.text) for s in result.sentences] == [
        ("headline", "Leaders meet in Rome"),
        ("dateline", "Apr 2, 2026"),
        ("body", "The prime minister arrived."),
        ("body", "She met the mayor."),
    ]


def test_annotate_sentences_never_cross_blocks(annotator: Annotator) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        result = annotator.annotate(path.read_text(encoding="utf-8"))
        for s in result.sentences:
            inside = [b for b in result.blocks if b.start <= s.start < b.end]
            assert len(inside) == 1 and s.end <= inside[0].end + 1, s.text
            assert inside[0].kind == s.block


def test_annotate_seed_credits_are_credit_sentences(annotator: Annotator) -> None:
    text = next(SEEDS.glob("002_*.txt")).read_text(encoding="utf-8")
    credits = [s.text for s in annotator.annotate(text).sentences if s.block == "credit"]
    assert any("Getty Images" in c for c in credits) and len(credits) >= 2


def test_annotate_pipe_keeps_order_and_contexts(annotator: Annotator) -> None:
    items = [(DocContext(f"d{i}", dt.date(2026, 1, i + 1)), f"Text number {i}. It ends.") for i in range(5)]
    out = list(annotator.pipe(items))
    assert [ctx.doc_id for ctx, _ in out] == [f"d{i}" for i in range(5)]
    assert all(
        isinstance(a, Annotated) and a.doc.text == text for (_, a), (_, text) in zip(out, items, strict=True)
    )
